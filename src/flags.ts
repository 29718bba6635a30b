/**
 * Command-line flags, read once for every way in (the bot, the HTTP endpoint, the terminal) with
 * node:util parseArgs; they may stand before or after the command. FLAGS is also what --help lists.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { splitWords } from './request.js';

export interface Flags {
  knowledge?: string;
  story?: string;
  json: boolean;
  image?: string;
  help: boolean;
}

interface FlagDefinition {
  name: keyof Flags;
  /** What the value stands for in help (`DIR`); no value: a switch. */
  value?: string;
  short?: string;
  description: string;
}

export const FLAGS: readonly FlagDefinition[] = [
  { name: 'knowledge', value: 'DIR', description: 'the folder of stories (default ./knowledge, or KNOWLEDGE_DIR)' },
  { name: 'story', value: 'ID', description: 'answer from this story only (default: every story, or STORY)' },
  { name: 'json', description: 'print the answer as one JSON object (fields in docs/contracts.md)' },
  { name: 'image', value: 'FILE', description: 'timeline only: write the timeline picture to FILE as a PNG' },
  { name: 'help', short: 'h', description: 'show this help; COMMAND --help shows one command' },
];

/** `--story ID`, `-h, --help`: a flag as help shows it. */
export function flagUsage(flag: FlagDefinition): string {
  return `${flag.short ? `-${flag.short}, ` : ''}--${flag.name}${flag.value ? ` ${flag.value}` : ''}`;
}

const LIST = FLAGS.map(flagUsage).join(', ');

/** The same mistakes said the same way on the command line and on a console line. */
const givenTwice = (name: string) => new UsageError(`--${name} is given twice; give it once.`);
const needsValue = (flag: FlagDefinition) => new UsageError(`--${flag.name} needs a value, e.g. --${flag.name} ${flag.value}.`);

export function parseFlags(argv: readonly string[]): { flags: Flags; rest: string[] } {
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(FLAGS.map((f) => [f.name, { type: f.value ? 'string' : 'boolean', ...(f.short && { short: f.short }) }] as const)),
    // Checked here instead, so that each mistake gets its own one-line message.
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const flags: Flags = { json: false, help: false };
  const rest: string[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'positional') rest.push(token.value);
    if (token.kind !== 'option') continue;
    const flag = FLAGS.find((f) => f.name === token.name);
    if (!flag) throw new UsageError(`Unknown flag ${token.rawName}. Flags: ${LIST}.`);
    if (seen.has(flag.name)) throw givenTwice(flag.name);
    seen.add(flag.name);
    if (!flag.value) {
      if (token.value !== undefined) throw new UsageError(`--${flag.name} takes no value.`);
      flags[flag.name as 'json' | 'help'] = true;
    } else {
      // A separate word starting with "-" is the next flag, not this one's value.
      if (!token.value || (!token.inlineValue && token.value.startsWith('-'))) throw needsValue(flag);
      flags[flag.name as 'knowledge' | 'story' | 'image'] = token.value;
    }
  }
  return { flags, rest };
}

/** The flags a console line may carry: --story ID answers that line from one story, --help shows a command's options. */
export const LINE_FLAGS = ['--story', '--help'] as const;

/**
 * A console line without its flags, and what they asked: `quote speaker:NAME --story ID`. The rest
 * of the line is left as typed, so a question stays word for word.
 */
export function takeLineFlags(line: string): { text: string; story?: string; help: boolean } {
  const words = splitWords(line);
  const cut: [number, number][] = [];
  let story: string | undefined;
  let help = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const [name, inline] = word.text.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!/^--[a-z]/i.test(name)) continue;
    if (name === '--help' && inline === undefined) {
      help = true;
    } else if (name === '--story') {
      if (story !== undefined) throw givenTwice('story');
      const value = inline ?? words[i + 1]?.text;
      if (!value || (inline === undefined && value.startsWith('-'))) throw needsValue(FLAGS.find((f) => f.name === 'story')!);
      story = value;
      if (inline === undefined) i++;
    } else {
      throw new UsageError(`A console line takes ${LINE_FLAGS.join(' and ')}; ${name} is for the command line (npm run -s cli -- --help).`);
    }
    cut.push([word.start, words[i]!.end]);
  }
  let text = line;
  for (const [start, end] of cut.reverse()) text = `${text.slice(0, start)}${text.slice(end).replace(/^\s+/, '')}`;
  return { text: text.trim(), story, help };
}
