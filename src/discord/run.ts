/**
 * One bot process. src/main.ts starts the bot this way when DISCORD_TOKEN is set; the
 * ShardingManager (src/discord/shards.ts) runs this file once per shard.
 */
import { createLiveApp } from '../live.js';
import { required } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { startBot } from './bot.js';
import { failStartup, processConfig } from '../startup.js';

let logger: Logger | undefined;
try {
  const config = processConfig();
  const token = required(config, 'discordToken', 'DISCORD_TOKEN', 'the bot');
  logger = createLogger({ level: config.logLevel, secrets: [token] });
  const app = createLiveApp(config.knowledgeDir);
  const log = logger;
  app.watch((note) => log[note.level]({ knowledge: config.knowledgeDir }, note.message));
  await startBot(config, app, { logger });
} catch (err) {
  failStartup(err, logger);
}
