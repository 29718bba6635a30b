/**
 * The interactive console: the bot's commands in a terminal. At a terminal it prompts and completes
 * with Tab; fed a script on stdin it answers each line and ends with the input.
 */
import { createInterface } from 'node:readline';
import type { App } from '../app.js';
import { commandName } from '../command.js';
import { UsageError } from '../errors.js';
import { takeLineFlags } from '../flags.js';
import { PLAIN, renderTerminal, styleFor, type TerminalStyle } from '../reply/terminal.js';
import { cachedTimelinePng } from '../reply/image.js';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMessage, splitArguments } from '../request.js';
import { complete } from './complete.js';
import { boundLines, checkLineLength } from './lines.js';
import { commandHelp } from './usage.js';

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WriteStream;
  /** Where the greeting goes; at a terminal, the output itself. */
  notices?: NodeJS.WritableStream;
  story?: string;
  /** How long loading the stories took, for the greeting. */
  loadedMs?: number;
}

const EXIT = new Set(['exit', 'quit', '/exit', '/quit']);

/** Story ids the greeting names; more are counted. */
const GREETING_IDS = 5;

/** One line of the console answered: a command or a question, with `--story ID` or `--help` if it has them. */
export function answer(app: App, line: string, story: string | undefined, width = 80, style: TerminalStyle = PLAIN): string {
  try {
    checkLineLength(line);
    const flags = takeLineFlags(line);
    // `COMMAND --help` is that command's usage; --help with anything else, /help.
    const named = flags.help ? app.commands.get(commandName(splitArguments(flags.text)[0] ?? '')) : undefined;
    if (named && named.definition.name !== 'help') return commandHelp(named.definition, 'console');
    const request = (flags.help ? undefined : parseMessage(flags.text, app.catalogue)) ?? { command: 'help', options: {} };
    const reply = app.run(request.command, request.options, { story: flags.story ?? story });
    const text = renderTerminal(reply, width, style);
    // The timeline's picture, as Discord shows it: written to a file whose path is printed.
    if (reply.command !== 'timeline' || reply.error !== undefined || reply.items.length === 0) return text;
    const png = cachedTimelinePng(reply, app.stories);
    const file = join(tmpdir(), `storybot-timeline-${createHash('sha256').update(png).digest('hex').slice(0, 12)}.png`);
    writeFileSync(file, png);
    return `${text}\n\nPicture: ${file}`;
  } catch (err) {
    if (err instanceof UsageError) return `Error: ${err.message}`;
    throw err;
  }
}

/** Runs until the input ends or the user types exit. */
export function startConsole(app: App, options: ConsoleOptions = {}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = Boolean(input.isTTY && output.isTTY);
  const notices = options.notices ?? (interactive ? output : process.stderr);
  app.checkScope({ story: options.story });
  const ids = app.stories.slice(0, GREETING_IDS).map((s) => s.id);
  if (app.stories.length > GREETING_IDS) ids.push(`and ${app.stories.length - GREETING_IDS} more`);
  const took = options.loadedMs === undefined ? '' : ` in ${(options.loadedMs / 1000).toFixed(1)} s`;
  notices.write(
    `storybot: ${app.stories.length} ${app.stories.length === 1 ? 'story' : 'stories'} loaded${took} (${ids.join(', ')}). ` +
      'Ask a question, or type /help; exit or Ctrl-D to leave.\n' +
      'This is the terminal console: set DISCORD_TOKEN in .env and run npm start again to connect to Discord (see README).\n',
  );
  const rl = createInterface({
    // A script's lines are bounded as they arrive; at a terminal a person types them.
    input: interactive ? input : input.pipe(boundLines()),
    output: interactive ? output : undefined,
    terminal: interactive,
    completer: interactive ? (line: string) => complete(app, line, options.story) : undefined,
    crlfDelay: Infinity,
  });
  if (interactive) rl.setPrompt('storybot> ');
  let closed = false;
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      // readline still delivers lines it had buffered after close(); they come after "exit".
      if (closed) return;
      const text = line.trim();
      if (EXIT.has(text.toLowerCase())) {
        closed = true;
        return rl.close();
      }
      if (text) output.write(`${answer(app, text, options.story, output.columns || 80, styleFor(output))}\n\n`);
      if (interactive) rl.prompt();
    });
    rl.on('close', resolve);
    if (interactive) rl.prompt();
  });
}
