/** A bot started in-process against the stand-in, with its logs captured. */
import { Writable } from 'node:stream';
import { type App, createApp } from '../../src/app.js';
import { type Env, loadConfig } from '../../src/config.js';
import { type BotHandle, startBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/log.js';
import { FakeDiscord, type FakeGuild, type FakeUser, user } from './fake-discord.js';

/** A token shaped like Discord's, whose first part is the bot's id. */
export function tokenFor(id: string): string {
  return `${Buffer.from(id).toString('base64url')}.ZmFrZQ.${'s3cr3t-'.repeat(5)}`;
}

export interface Harness {
  fake: FakeDiscord;
  bot: BotHandle;
  app: App;
  botUser: FakeUser;
  token: string;
  /** Every log line so far, as parsed JSON. */
  logs(): Record<string, unknown>[];
  rawLogs(): string;
  close(): Promise<void>;
}

export async function startHarness({
  knowledgeDir = 'knowledge',
  env = {},
  guilds = [],
  heartbeatInterval,
  wrapApp = (app: App) => app,
}: { knowledgeDir?: string; env?: Env; guilds?: FakeGuild[]; heartbeatInterval?: number; wrapApp?: (app: App) => App } = {}): Promise<Harness> {
  const botUser = user('storybot', true);
  const token = tokenFor(botUser.id);
  const fake = await FakeDiscord.start({ token, bot: botUser, guilds, heartbeatInterval });
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  try {
    const config = loadConfig({ DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, COOLDOWN_SECONDS: '0', ...env }, { knowledge: knowledgeDir });
    const app = wrapApp(createApp(config.knowledgeDir));
    const logger = createLogger({ level: 'trace', secrets: [token], destination });
    const bot = await startBot(config, app, { logger, handleProcess: false });
    return {
      fake,
      bot,
      app,
      botUser,
      token,
      logs: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
      rawLogs: () => lines.join('\n'),
      async close() {
        await bot.stop();
        await fake.close();
        // Whatever a test did, nothing the bot sent may be a body Discord refuses.
        if (fake.refused.length) throw new Error(`Discord would refuse what the bot sent: ${JSON.stringify(fake.refused.slice(0, 3))}`);
      },
    };
  } catch (err) {
    await fake.close();
    throw err;
  }
}
