/**
 * Command-line flags, read once for every way in (the bot, the HTTP endpoint, the terminal); they
 * may stand before or after the command: --knowledge, --story, --json, --image.
 */
import { UsageError } from './errors.js';

export interface Flags {
  knowledge?: string;
  story?: string;
  json: boolean;
  image?: string;
}

const VALUED = ['knowledge', 'story', 'image'] as const;

export function parseFlags(argv: readonly string[]): { flags: Flags; rest: string[] } {
  const flags: Flags = { json: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === 'json') {
      flags.json = true;
    } else if ((VALUED as readonly string[]).includes(name)) {
      const value = inline ?? argv[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`--${name} needs a value, e.g. --${name} ${name === 'story' ? 'ID' : name === 'image' ? 'FILE' : 'DIR'}.`);
      flags[name as (typeof VALUED)[number]] = value;
    } else {
      throw new UsageError(`Unknown flag --${name}. Flags: --knowledge DIR, --story ID, --json, --image FILE.`);
    }
  }
  return { flags, rest };
}
