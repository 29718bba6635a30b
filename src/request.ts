/**
 * The text form of a command, shared by the terminal and by Discord messages:
 * `quote speaker:Lopez about:"the levee"`, `/timeline`, or a plain question (→ ask).
 */
import type { RawOptions } from './app.js';
import { UsageError } from './errors.js';
import { type CommandDefinition, commandName, PRIVATE_OPTION } from './command.js';

export interface Request {
  command: string;
  options: RawOptions;
}

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };

/** A word of a line, where it starts and ends in the line; `open` is the quotation mark still open at the end of the line. */
export interface Word {
  text: string;
  start: number;
  end: number;
  open?: string;
}

/** Split a line into words, keeping quoted stretches ("…", '…', “…”) together; an unclosed one runs to the end. */
export function splitWords(line: string): Word[] {
  const words: Word[] = [];
  let word: Word | undefined;
  let open: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (open) {
      if (ch === QUOTES[open]) open = undefined;
      else word!.text += ch;
    } else if (QUOTES[ch] && (!word || word.text.endsWith(':'))) {
      open = ch;
      word ??= { text: '', start: i, end: i };
    } else if (/\s/.test(ch)) {
      if (word) words.push(word);
      word = undefined;
    } else {
      word ??= { text: '', start: i, end: i };
      word.text += ch;
    }
    if (word) word.end = i + 1;
  }
  if (word) words.push(open ? { ...word, open } : word);
  return words;
}

export function splitArguments(line: string): string[] {
  return splitWords(line).map((w) => w.text);
}

/**
 * A line of text as a request: "timeline", "quote speaker:Lopez", "/who Lopez", "ask where did they
 * meet". Anything else is a question for /ask, word for word: a line that merely starts with a
 * command's name ("who is Lopez?", "timeline of the talks?") is a question too, unless it has a slash
 * or `name:value` options. Undefined when the line holds no text; throws UsageError for a bad command line.
 */
export function parseMessage(text: string, catalogue: readonly CommandDefinition[]): Request | undefined {
  return parseWords(splitArguments(text), catalogue, text.trim());
}

/** The same reading of words already split (the command line's arguments); `text` is the question they make. */
export function parseWords(tokens: readonly string[], catalogue: readonly CommandDefinition[], text = tokens.join(' ')): Request | undefined {
  const [first, ...rest] = tokens;
  if (first === undefined) return undefined;
  // A command's name alone, punctuated as a phone does ("help?", "Timeline."), runs it when it needs nothing more.
  const bare = rest.length === 0 && catalogue.find((c) => c.name === commandName(first.replace(/[?!.]+$/, '')) && !c.options.some((o) => o.required));
  if (bare) return { command: bare.name, options: {} };
  const name = commandName(first);
  const known = catalogue.some((c) => c.name === name);
  const commandLine = first.startsWith('/') || (known && (rest.length === 0 || name === 'ask' || rest.some((t) => /^[\w-]+:./.test(t))));
  if (commandLine) return parseRequest(tokens, catalogue);
  return { command: 'ask', options: { question: text } };
}

/**
 * Read a command and its options from words. `name:value` sets an option; other words fill the
 * command's first text option (`who Lopez` is `who name:Lopez`).
 */
export function parseRequest(tokens: readonly string[], catalogue: readonly CommandDefinition[]): Request {
  const [first, ...rest] = tokens;
  if (first === undefined) throw new UsageError('Type a command or a question, e.g. /help.');
  const named = catalogue.find((c) => c.name === commandName(first));
  if (!named) throw new UsageError(`Unknown command "${first}". Try: ${catalogue.map((c) => c.name).join(', ')}.`);
  const optionNames = [...named.options, PRIVATE_OPTION].map((o) => o.name);
  const optionName = (token: string) => token.slice(0, Math.max(token.indexOf(':'), 0)).toLowerCase();
  const options: RawOptions = {};
  const words: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    const colon = token.indexOf(':');
    const name = optionName(token);
    if (optionNames.includes(name)) {
      let value = token.slice(colon + 1);
      // A lone `name:` takes the next word, unless that is an option itself; with no value, the option is missing.
      if (value === '' && i + 1 < rest.length && !optionNames.includes(optionName(rest[i + 1]!))) value = rest[++i]!;
      if (value === '') continue;
      if (options[name] !== undefined) {
        throw new UsageError(`${name}: is given twice; /${named.name} takes it once.`);
      }
      options[name] = value;
    } else if (/^[a-z_]+$/.test(name) && colon < token.length - 1) {
      throw new UsageError(`/${named.name} has no option "${name}". Options: ${optionNames.join(', ')}.`);
    } else {
      words.push(token);
    }
  }
  if (words.length) {
    const free = named.options.find((o) => o.type === 'string' && options[o.name] === undefined);
    if (!free) {
      throw new UsageError(`/${named.name} does not take "${words.join(' ')}". Options: ${optionNames.join(', ')}.`);
    }
    options[free.name] = words.join(' ');
  }
  return { command: named.name, options };
}
