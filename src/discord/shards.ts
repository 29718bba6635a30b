/**
 * `npm run start:sharded`: one process per shard under discord.js's ShardingManager, for bots in
 * many servers. SHARD_COUNT is "auto" (Discord's recommendation, asked of DISCORD_API_URL) or a
 * number. SIGTERM stops every shard cleanly before the manager exits.
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { REST, type RESTGetAPIGatewayBotResult, Routes, type Shard, ShardingManager } from 'discord.js';
import { required } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { failStartup, handleProcessEvents, processConfig } from '../startup.js';

/** Discord lets `max_concurrency` shards identify at once, then every 5 seconds. */
const IDENTIFY_WINDOW_MS = 5_500;

let logger: Logger | undefined;
try {
  const config = processConfig();
  const token = required(config, 'discordToken', 'DISCORD_TOKEN', 'npm run start:sharded');
  logger = createLogger({ level: config.logLevel, secrets: [token] });
  const log = logger;

  // discord.js's own "auto" asks discord.com directly; ask the configured API instead.
  const gateway = (await new REST({ api: config.apiUrl }).setToken(token).get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  const total = config.shardCount === 'auto' ? gateway.shards : config.shardCount;

  // Under tsx this file is TypeScript, and so is the shard file: children need tsx's loader too.
  const typescript = import.meta.url.endsWith('.ts');
  const manager = new ShardingManager(fileURLToPath(new URL(typescript ? './run.ts' : './run.js', import.meta.url)), {
    token,
    totalShards: total,
    // Each shard runs with the V8 settings the manager was started with (npm's scripts give --v8-pool-size, see the README).
    execArgv: [...process.execArgv.filter((a) => a.startsWith('--v8-pool-size')), ...(typescript ? ['--import', import.meta.resolve('tsx')] : [])],
    shardArgs: process.argv.slice(2),
  });
  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id, of: total }, 'shard started');
    shard.on('death', () => log.warn({ shard: shard.id }, 'shard process exited'));
  });
  handleProcessEvents(log, async () => {
    manager.respawn = false;
    await Promise.all(manager.shards.map(stopShard));
  });
  await manager.spawn({ amount: total, delay: total <= gateway.session_start_limit.max_concurrency ? 0 : IDENTIFY_WINDOW_MS });
  log.info({ shards: total }, 'all shards ready');
} catch (err) {
  failStartup(err, logger);
}

/** SIGTERM one shard (it closes its gateway connection) and wait until its process is gone. */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  shard.kill();
  await exited;
}
