/**
 * Structured logs (pino, one JSON object per line). Secrets never reach the output: fields that
 * hold tokens are redacted by name, and any known secret (the bot token) is scrubbed from every
 * string that is logged, including error messages and stacks.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

export interface LogOptions {
  level?: LogLevel;
  /** Values that must never appear in a log line, e.g. the bot token. */
  secrets?: readonly (string | undefined)[];
  /** Where lines go (default stdout); tests pass a stream to read them back. */
  destination?: DestinationStream;
}

const REDACTED = '[redacted]';
/** Field names that carry credentials: bot tokens, interaction tokens, auth headers. */
const SECRET_FIELDS = ['token', 'discordToken', 'authorization', 'Authorization'];
const SECRET_PATHS = SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);
/** Interaction tokens travel in URL paths: /interactions/{id}/{token}/…, /webhooks/{app}/{token}/…. */
const TOKEN_IN_PATH = /\/(interactions|webhooks)\/(\d+)\/[\w.-]{20,}/g;

export function createLogger({ level = 'info', secrets = [], destination }: LogOptions = {}): Logger {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const scrub = (text: string) =>
    known.reduce((out, secret) => out.replaceAll(secret, REDACTED), text).replace(TOKEN_IN_PATH, `/$1/$2/${REDACTED}`);
  const scrubValue = (value: unknown, depth = 0): unknown => {
    if (typeof value === 'string') return scrub(value);
    if (value instanceof Error) {
      // Keep what helps diagnose (name, message, stack, HTTP status, Discord's error code), nothing else.
      const { code, status, method } = value as Error & Record<string, unknown>;
      const copy = Object.assign(new Error(scrub(value.message)), { code, status, method });
      copy.name = value.name;
      copy.stack = value.stack === undefined ? undefined : scrub(value.stack);
      return copy;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && depth < 3) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, depth + 1)]));
    }
    return value;
  };
  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: SECRET_PATHS, censor: REDACTED },
      hooks: {
        logMethod(args, method) {
          method.apply(this, (args as unknown[]).map((a) => scrubValue(a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
