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

const FILE_FAULTS: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the disk',
};

/** A file that cannot be written for a reason the user can fix, as one line ("cannot write PATH: permission denied"); undefined for anything else. */
export function writeFault(path: string, err: unknown): OutputError | undefined {
  const reason = FILE_FAULTS[(err as NodeJS.ErrnoException).code ?? ''];
  return reason ? new OutputError(`cannot write ${path}: ${reason}`) : undefined;
}

/** A story file that is there but cannot be read (a folder, no permission), as a KnowledgeError naming it. */
export function readFault(file: string, err: unknown): KnowledgeError {
  const { code, message } = err as NodeJS.ErrnoException;
  return new KnowledgeError(file, `cannot be read: ${FILE_FAULTS[code ?? ''] ?? message}`);
}

export function explainFailure(err: unknown): { message: string; code: number } | undefined {
  if (err instanceof UsageError) return { message: err.message, code: 2 };
  if (err instanceof ConfigError || err instanceof OutputError) return { message: err.message, code: 1 };
  if (err instanceof KnowledgeError) return { message: `Cannot load stories: ${err.message}`, code: 1 };
  return undefined;
}
