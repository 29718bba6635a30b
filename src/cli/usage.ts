/**
 * `--help` for the command line, made from the command definitions and the flag table, so it always
 * lists what the command line takes.
 */
import { type CommandDefinition, type OptionDefinition, optionUsage, PRIVATE_OPTION, synopsis } from '../command.js';
import { FLAGS, flagUsage } from '../flags.js';
import { wrap } from '../reply/terminal.js';

const CLI = 'npm run -s cli --';

/** The settings the command line reads; the rest (Discord's) are in the README's settings table. */
const ENVIRONMENT: readonly [string, string][] = [
  ['KNOWLEDGE_DIR', 'the folder of stories, as --knowledge DIR (default ./knowledge)'],
  ['STORY', 'the one story to answer from, as --story ID'],
  ['NO_COLOR', 'set to anything: no bold or dim text, even at a terminal'],
  ['FORCE_COLOR', 'set (1, 2 or 3): styled text even into a pipe; 0: never styled'],
];

/** The exit status convention, the same for every command (README.md, docs/contracts.md). */
const EXIT_CODES: readonly [number, string][] = [
  [0, 'storybot answered, also when the answer is that the story does not say or names no one by that name'],
  [1, 'a story, file or setting cannot be used (the message names it): a story folder that does not load, an --image file that cannot be written'],
  [2, 'usage error: an unknown command, option, flag or story; a missing or repeated option; an empty or over-long question'],
  [70, 'an internal error (a bug: please report it)'],
];

/** Help is laid out for this many columns, wherever it is printed. */
const WIDTH = 80;

/** Two columns: each term padded to the longest, its description wrapped beside it. */
function table(rows: readonly (readonly [string, string])[], indent = 2): string[] {
  const column = indent + Math.max(...rows.map(([term]) => term.length)) + 2;
  return rows.map(([term, text]) => {
    const lines = wrap(text, WIDTH, ' '.repeat(column));
    return `${' '.repeat(indent)}${term.padEnd(column - indent)}${lines.slice(column)}`;
  });
}

/** The whole command line: usage, commands, flags, environment, exit status, examples. */
export function cliHelp(catalogue: readonly CommandDefinition[]): string {
  // Each command with its options, then what it answers and what each option takes.
  const commands = catalogue.flatMap((c) => [
    `  ${synopsis(c)}`,
    wrap(c.description, WIDTH, '      '),
    ...(c.options.length ? table(c.options.map((o) => [`${o.name}:`, o.description]), 6) : []),
  ]);
  return [
    'storybot answers questions about a news story by quoting it.',
    '',
    'Usage:',
    `  ${CLI} [FLAGS] COMMAND [name:value ...]`,
    `  ${CLI} [FLAGS] QUESTION`,
    `  ${CLI} [FLAGS] ask --json < QUESTIONS`,
    `  ${CLI} COMMAND --help`,
    '',
    ...wrap(
      'Any text that is not a command is a question (ask). ask --json with no question answers each line of ' +
        'standard input (a question, or {"question": …, "story": …}) with one JSON line.',
      WIDTH,
      '  ',
    ).split('\n'),
    '',
    'Commands:',
    ...commands,
    '',
    ...wrap(
      `Every command also takes ${optionUsage(PRIVATE_OPTION)} (on Discord: ${PRIVATE_OPTION.description.toLowerCase()}). ` +
        'An option is given once; a value with spaces goes in quotes: about:"two words".',
      WIDTH,
      '  ',
    ).split('\n'),
    '',
    'Flags (before or after the command):',
    ...table(FLAGS.map((f) => [flagUsage(f), f.description])),
    '',
    'Environment (also read from .env; the Discord settings are in README.md):',
    ...table(ENVIRONMENT),
    '',
    'Exit status:',
    ...table(EXIT_CODES.map(([code, text]) => [String(code), text])),
    '',
    'Examples:',
    `  ${CLI} "where did the leaders meet?"`,
    `  ${CLI} timeline --json`,
    `  ${CLI} quote speaker:NAME about:"a topic"`,
    `  printf 'who hosted the summit?\\n' | ${CLI} ask --json`,
    '',
    'npm start opens the console without DISCORD_TOKEN: the same commands, Tab completes them.',
  ].join('\n');
}

/** One command, on the command line or in the console: its usage, what it answers, and each option with what it takes. */
export function commandHelp(command: CommandDefinition, way: 'cli' | 'console' = 'cli'): string {
  const free = command.options.find((o) => o.type === 'string');
  const usage = `${synopsis(command)} [${optionUsage(PRIVATE_OPTION)}]`;
  return [
    way === 'cli' ? `Usage: ${CLI} ${usage} [FLAGS]` : `Usage: ${usage} [--story ID]`,
    '',
    `${command.description}.`,
    '',
    ...(command.options.length
      ? ['Options:', ...table([...command.options, PRIVATE_OPTION].map((o: OptionDefinition) => [optionUsage(o), `${o.description}${o.required ? ' (required)' : ''}`]))]
      : ['Options: none but private:true|false.']),
    ...(free ? ['', `Words without a name are the ${free.name}: /${command.name} WORDS is ${command.name} ${free.name}:"WORDS".`] : []),
    '',
    way === 'cli' ? `Flags and exit status: ${CLI} --help` : 'Every command: /help',
  ].join('\n');
}
