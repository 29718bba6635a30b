/**
 * What every way in (the console and the command line, the bot, the shard manager, the HTTP
 * endpoint, deploy-commands) does with its process: reads its settings from the environment, .env
 * and the command line; ends a failed start-up with one line; and, when long-running, stops
 * cleanly on SIGTERM and SIGINT and logs stray failures rather than losing them.
 */
import { config as readDotenv } from 'dotenv';
import { type Config, type Env, loadConfig } from './config.js';
import { explainFailure } from './errors.js';
import { parseFlags } from './flags.js';
import type { Logger } from './log.js';

let dotenvRead = false;

/** The process's environment, with `.env` read into it first (once; what is already set wins). */
export function environment(): Env {
  if (!dotenvRead) readDotenv({ quiet: true });
  dotenvRead = true;
  return process.env;
}

/** The settings of this process: its environment and .env, and --knowledge and --story from its command line. */
export function processConfig(): Config {
  return loadConfig(environment(), parseFlags(process.argv.slice(2)).flags);
}

/**
 * Answers on standard output (the command line, the console): a reader that has read enough
 * (`| head`) closes the pipe, and storybot stops there, quietly, where the failed write escaped as
 * a stack trace.
 */
export function stopWhenReaderCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
}

/** How long a clean stop may take before the process exits anyway. */
const STOP_GRACE_MS = 5_000;

export function handleProcessEvents(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.warn('clean shutdown took too long; exiting');
      process.exit(1);
    }, STOP_GRACE_MS).unref();
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (err) => {
    // State may be broken after an uncaught exception: log it and let the supervisor restart us.
    logger.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
}

/**
 * End a start-up that failed: a user's error (settings, stories, usage) is one line that says what to fix;
 * anything else is logged in full (through the logger when there is one, so no secret is printed).
 */
export function failStartup(err: unknown, logger?: Logger): never {
  const known = explainFailure(err);
  if (known) {
    console.error(`storybot: ${known.message}`);
    process.exit(known.code);
  } else if (logger) {
    logger.fatal({ err }, 'failed to start');
  } else {
    console.error('storybot: failed to start:', err);
  }
  process.exit(1);
}
