/**
 * The interactive console: the bot's commands in a terminal. At a terminal it prompts and completes
 * with Tab; fed a script on stdin it answers each line and ends with the input.
 */
import { createInterface, type Completer } from 'node:readline';
import type { App } from '../app.js';
import { UsageError } from '../errors.js';
import { renderTerminal } from '../reply/terminal.js';
import { cachedTimelinePng } from '../reply/image.js';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMessage } from '../request.js';

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Where the greeting goes; at a terminal, the output itself. */
  notices?: NodeJS.WritableStream;
  story?: string;
}

const EXIT = new Set(['exit', 'quit', '/exit', '/quit']);

/** Tab completion: command names, then option names, then autocomplete values. */
function completer(app: App, story: string | undefined): Completer {
  const names = [...app.commands.keys()];
  return (line: string): [string[], string] => {
    const words = line.split(/\s+/);
    const last = words.at(-1) ?? '';
    if (words.length === 1) {
      const slash = last.startsWith('/') ? '/' : '';
      return [names.map((n) => `${slash}${n} `).filter((n) => n.startsWith(last)), last];
    }
    const command = app.commands.get(words[0]!.replace(/^\//, '').toLowerCase());
    if (!command) return [[], last];
    const colon = last.indexOf(':');
    if (colon < 0) {
      return [command.definition.options.map((o) => `${o.name}:`).filter((o) => o.startsWith(last)), last];
    }
    const option = last.slice(0, colon);
    const typed = last.slice(colon + 1).replace(/^["“]/, '');
    const values = app.complete(command.definition.name, option, typed, { story });
    return [values.map((c) => `${option}:${c.value.includes(' ') ? `"${c.value}"` : c.value} `), last];
  };
}

export function answer(app: App, line: string, story: string | undefined, width = 80, bold = false): string {
  try {
    const request = parseMessage(line, app.catalogue) ?? { command: 'help', options: {} };
    const reply = app.run(request.command, request.options, { story });
    const text = renderTerminal(reply, width, { bold });
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
  const ids = app.stories.map((s) => s.id).join(', ');
  notices.write(
    `storybot: ${app.stories.length} ${app.stories.length === 1 ? 'story' : 'stories'} loaded (${ids}). ` +
      'Ask a question, or type /help; exit or Ctrl-D to leave.\n' +
      'This is the terminal console: set DISCORD_TOKEN in .env and run npm start again to connect to Discord (see README).\n',
  );
  const rl = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    completer: interactive ? completer(app, options.story) : undefined,
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
      if (text) output.write(`${answer(app, text, options.story, output.columns ?? 80, Boolean(output.isTTY))}\n\n`);
      if (interactive) rl.prompt();
    });
    rl.on('close', resolve);
    if (interactive) rl.prompt();
  });
}
