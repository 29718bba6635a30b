/**
 * The one home for errors: failures that are the user's to fix, each as one line and an exit
 * status. Anything else is a bug.
 */

/** Bad input from a user: the message is one line that says what to do. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A setting that is missing or wrong: the message names the variable and what it should be. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A story that cannot be loaded: the message names the file and the fault. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'KnowledgeError';
  }
}

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
