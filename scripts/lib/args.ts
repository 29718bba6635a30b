/** The measuring scripts' command lines (node:util parseArgs): a mistake is one line with the usage, and exit code 2. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The script's options, or a one-line usage error: `usage` is the whole command line, e.g. `npx tsx scripts/tune.ts [--misses]`. */
export function parseOptions<O extends Options>(usage: string, options: O) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    return usageError(usage, (err as Error).message);
  }
}

/** A whole number option of at least `least`, or a usage error naming it. */
export function wholeNumber(usage: string, name: string, value: string | undefined, fallback: number, least = 0): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < least) return usageError(usage, `--${name} must be a whole number of ${least} or more, not "${value}".`);
  return Number(value);
}

/** Ends the script with `message` and the usage line, exit code 2. */
export function usageError(usage: string, message: string): never {
  console.error(`${message.replace(/\.?$/, '.')} Usage: ${usage}`);
  process.exit(2);
}
