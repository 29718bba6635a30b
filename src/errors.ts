/** Failures that are the user's to fix, each as one line and an exit status; anything else is a bug. */
import { UsageError } from './app.js';
import { ConfigError } from './config.js';
import { KnowledgeError } from './knowledge/load.js';

/** A file the user named cannot be written (`--image FILE`). */
export class OutputError extends Error {
  override name = 'OutputError';
}

export function explainFailure(err: unknown): { message: string; code: number } | undefined {
  if (err instanceof UsageError) return { message: err.message, code: 2 };
  if (err instanceof ConfigError || err instanceof OutputError) return { message: err.message, code: 1 };
  if (err instanceof KnowledgeError) return { message: `Cannot load stories: ${err.message}`, code: 1 };
  return undefined;
}
