import { Writable } from 'node:stream';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, required } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { parseFlags } from '../src/flags.js';
import { createLogger } from '../src/log.js';

const ID = '123456789012345678';
const TOKEN = `${Buffer.from(ID).toString('base64url')}.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB`;

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({}, {});
    expect(config).toEqual({
      discordToken: undefined,
      applicationId: undefined,
      publicKey: undefined,
      guildId: undefined,
      apiUrl: 'https://discord.com/api',
      knowledgeDir: resolve('knowledge'),
      story: undefined,
      answerChannels: [],
      cooldownSeconds: 20,
      cooldownBurst: 5,
      shardCount: 'auto',
      port: 8080,
      logLevel: 'info',
    });
  });

  it('reads every setting, derives the application id from the token, and lets --knowledge win', () => {
    const config = loadConfig(
      {
        DISCORD_TOKEN: `Bot ${TOKEN}`,
        DISCORD_PUBLIC_KEY: 'AB'.repeat(32),
        DISCORD_GUILD_ID: '223456789012345678',
        DISCORD_API_URL: 'http://127.0.0.1:9999/api/v10/',
        KNOWLEDGE_DIR: '/nowhere',
        STORY: 'seed',
        ANSWER_CHANNELS: ' 323456789012345678, #story-talk ,',
        COOLDOWN_SECONDS: '1.5',
        COOLDOWN_BURST: '2',
        SHARD_COUNT: '4',
        PORT: '0',
        LOG_LEVEL: 'DEBUG',
      },
      parseFlags(['--knowledge', 'test/fixtures']).flags,
    );
    expect(config).toMatchObject({
      discordToken: TOKEN,
      applicationId: ID,
      publicKey: 'ab'.repeat(32),
      guildId: '223456789012345678',
      apiUrl: 'http://127.0.0.1:9999/api',
      knowledgeDir: resolve('test/fixtures'),
      story: 'seed',
      answerChannels: ['323456789012345678', 'story-talk'],
      cooldownSeconds: 1.5,
      cooldownBurst: 2,
      shardCount: 4,
      port: 0,
      logLevel: 'debug',
    });
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '999999999999999999' }, {}).applicationId).toBe('999999999999999999');
    expect(loadConfig({}, parseFlags(['--knowledge=elsewhere']).flags).knowledgeDir).toBe(resolve('elsewhere'));
    expect(loadConfig({ STORY: 'seed' }, parseFlags(['--story', 'other']).flags).story).toBe('other');
    expect(loadConfig({ SHARD_COUNT: '1000' }, {}).shardCount).toBe(1000);
  });

  it.each([
    [{ DISCORD_TOKEN: 'not-a-token' }, /^DISCORD_TOKEN does not look like a bot token/],
    [{ DISCORD_APPLICATION_ID: 'abc' }, /^DISCORD_APPLICATION_ID must be a Discord id/],
    [{ DISCORD_PUBLIC_KEY: 'xyz' }, /^DISCORD_PUBLIC_KEY must be 64 hexadecimal characters/],
    [{ DISCORD_GUILD_ID: '12' }, /^DISCORD_GUILD_ID must be a Discord id/],
    [{ DISCORD_API_URL: 'discord.com' }, /^DISCORD_API_URL must be a URL/],
    [{ DISCORD_API_URL: 'ftp://x' }, /^DISCORD_API_URL must start with https:\/\/ or http:\/\//],
    [{ COOLDOWN_SECONDS: '-1' }, /^COOLDOWN_SECONDS must be a number of seconds/],
    [{ SHARD_COUNT: '0' }, /^SHARD_COUNT must be "auto" or a whole number of shards from 1 to 1000, not "0"\.$/],
    // A typo would otherwise start ten million shard processes.
    [{ SHARD_COUNT: '10000000' }, /^SHARD_COUNT must be "auto" or a whole number of shards from 1 to 1000, not "10000000"\.$/],
    [{ SHARD_COUNT: '1001' }, /^SHARD_COUNT must be "auto" or a whole number of shards from 1 to 1000/],
    [{ PORT: '80.5' }, /^PORT must be a whole port number/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
  ])('rejects %o with one clear line', (env, message) => {
    expect(() => loadConfig(env, {})).toThrow(ConfigError);
    try {
      loadConfig(env, {});
    } catch (err) {
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('rejects --knowledge without a folder', () => {
    expect(() => parseFlags(['--knowledge'])).toThrow('--knowledge needs a value');
  });

  it('never echoes the token in an error', () => {
    const secret = 'x'.repeat(40);
    expect(() => loadConfig({ DISCORD_TOKEN: secret }, {})).toThrow(ConfigError);
    try {
      loadConfig({ DISCORD_TOKEN: secret }, {});
    } catch (err) {
      expect((err as Error).message).not.toContain(secret);
    }
  });

  it('names the missing variable when a way in needs it', () => {
    expect(() => required(loadConfig({}, {}), 'publicKey', 'DISCORD_PUBLIC_KEY', 'npm run http')).toThrow(
      'DISCORD_PUBLIC_KEY is not set; npm run http needs it (see the settings table in README.md).',
    );
  });
});

describe('createLogger', () => {
  it('never writes the token, nor interaction tokens in URLs', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger({ level: 'debug', secrets: [TOKEN], destination });
    const interactionToken = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZg';
    log.info({ token: 'abc', headers: { authorization: `Bot ${TOKEN}` } }, `logged in with ${TOKEN}`);
    log.error({ err: Object.assign(new Error(`request to /webhooks/${ID}/${interactionToken}/messages/@original failed (${TOKEN})`), { status: 404, code: 10015 }) }, 'failed');
    log.warn(new Error(`bare ${TOKEN}`));
    await new Promise((r) => setImmediate(r));
    const out = lines.join('');
    expect(lines).toHaveLength(3);
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(interactionToken);
    expect(out).toContain(`/webhooks/${ID}/[redacted]/messages`);
    const failed = JSON.parse(lines[1]!);
    expect(failed.err).toMatchObject({ status: 404, code: 10015 });
  });
});
