/**
 * Settings from the environment (and .env), validated once at start-up. Every problem is one line
 * that names the variable and says what it should be; nothing here ever echoes a secret's value.
 */
import { resolve } from 'node:path';
import { ConfigError } from './errors.js';
import type { Flags } from './flags.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** Bot token; without it `npm start` runs the console. */
  discordToken?: string;
  /** From DISCORD_APPLICATION_ID, or derived from the token's first segment. */
  applicationId?: string;
  /** Hex Ed25519 public key of the application (the HTTP endpoint verifies with it). */
  publicKey?: string;
  /** Register commands in this guild only (development); otherwise globally. */
  guildId?: string;
  /** Base URL of Discord's REST API, without the version (`https://discord.com/api`). */
  apiUrl: string;
  knowledgeDir: string;
  /** Default story id for every request (STORY, or --story ID). */
  story?: string;
  /** Channel ids or names where every message is answered (needs the Message Content intent). */
  answerChannels: string[];
  cooldownSeconds: number;
  /** How many requests a user may make at once; they come back evenly over cooldownSeconds. */
  cooldownBurst: number;
  shardCount: 'auto' | number;
  port: number;
  logLevel: LogLevel;
}

export type Env = Record<string, string | undefined>;

const SNOWFLAKE = /^\d{17,20}$/;
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const DEFAULT_API_URL = 'https://discord.com/api';

/**
 * Read and check every setting, from the environment given (src/startup.ts gives the process's,
 * with .env; tests their own) and the flags given: `--knowledge DIR` overrides KNOWLEDGE_DIR and
 * `--story ID` overrides STORY.
 */
export function loadConfig(env: Env, flags: Pick<Flags, 'knowledge' | 'story'>): Config {
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };

  const discordToken = token(get('DISCORD_TOKEN'));
  const applicationId = snowflake('DISCORD_APPLICATION_ID', get('DISCORD_APPLICATION_ID')) ?? idFromToken(discordToken);
  return {
    discordToken,
    applicationId,
    publicKey: publicKey(get('DISCORD_PUBLIC_KEY')),
    guildId: snowflake('DISCORD_GUILD_ID', get('DISCORD_GUILD_ID')),
    apiUrl: apiUrl(get('DISCORD_API_URL') ?? DEFAULT_API_URL),
    knowledgeDir: resolve(flags.knowledge ?? get('KNOWLEDGE_DIR') ?? 'knowledge'),
    story: flags.story ?? get('STORY'),
    answerChannels: (get('ANSWER_CHANNELS') ?? '')
      .split(',')
      .map((c) => c.trim().replace(/^#/, ''))
      .filter(Boolean),
    cooldownSeconds: number('COOLDOWN_SECONDS', get('COOLDOWN_SECONDS') ?? '20', 3600, 'a number of seconds from 0 to 3600'),
    cooldownBurst: number('COOLDOWN_BURST', get('COOLDOWN_BURST') ?? '5', 100, 'a whole number of requests from 0 to 100', true),
    shardCount: shards(get('SHARD_COUNT') ?? 'auto'),
    port: number('PORT', get('PORT') ?? '8080', 65535, 'a whole port number from 0 to 65535', true),
    logLevel: logLevel(get('LOG_LEVEL') ?? 'info'),
  };
}

/** A setting one way in cannot do without, e.g. `required(config, 'publicKey', 'DISCORD_PUBLIC_KEY', 'npm run http')`. */
export function required<K extends keyof Config>(config: Config, key: K, variable: string, purpose: string): NonNullable<Config[K]> {
  const value = config[key];
  if (value === undefined) throw new ConfigError(`${variable} is not set; ${purpose} needs it (see the settings table in README.md).`);
  return value as NonNullable<Config[K]>;
}

function token(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const bare = value.replace(/^Bot\s+/i, '');
  // Bot tokens are three base64url segments: the bot's id, a timestamp and an HMAC.
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(bare)) {
    throw new ConfigError('DISCORD_TOKEN does not look like a bot token (three dot-separated parts); copy it again from the Bot page of your application.');
  }
  return bare;
}

/** The application id is the bot user's id, which a bot token carries base64-encoded in its first part. */
function idFromToken(discordToken: string | undefined): string | undefined {
  if (discordToken === undefined) return undefined;
  const id = Buffer.from(discordToken.split('.')[0]!, 'base64url').toString('utf8');
  return SNOWFLAKE.test(id) ? id : undefined;
}

function snowflake(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !SNOWFLAKE.test(value)) {
    throw new ConfigError(`${name} must be a Discord id (17 to 20 digits), not "${value.slice(0, 40)}".`);
  }
  return value;
}

function publicKey(value: string | undefined): string | undefined {
  if (value !== undefined && !/^[0-9a-f]{64}$/i.test(value)) {
    throw new ConfigError('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters (General Information page of your application).');
  }
  return value?.toLowerCase();
}

function apiUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`DISCORD_API_URL must be a URL such as ${DEFAULT_API_URL}, not "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`DISCORD_API_URL must start with https:// or http://, not "${value}".`);
  }
  // discord.js appends /v10/...: drop a trailing slash or version the user may have copied.
  return value.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}

function number(name: string, value: string, max: number, what: string, integer = false): number {
  const shape = integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!shape.test(value) || Number(value) > max) throw new ConfigError(`${name} must be ${what}, not "${value}".`);
  return Number(value);
}

/**
 * The most shards SHARD_COUNT may name: the 1,000 sessions a day Discord lets most bots start (the
 * session_start_limit of GET /gateway/bot), enough for a million servers at Discord's recommended
 * 1,000 a shard. More is a typo, not a plan (each is a process under start:sharded, started one per
 * 5 s); a bot so large that Discord raised its limits gets its count with "auto", which is not bounded.
 */
const MAX_SHARDS = 1000;

function shards(value: string): 'auto' | number {
  if (value.toLowerCase() === 'auto') return 'auto';
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_SHARDS) {
    throw new ConfigError(`SHARD_COUNT must be "auto" or a whole number of shards from 1 to ${MAX_SHARDS}, not "${value}".`);
  }
  return Number(value);
}

function logLevel(value: string): LogLevel {
  const level = value.toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${value}".`);
  return level;
}
