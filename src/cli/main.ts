/**
 * One command from the command line (`npm run -s cli -- COMMAND [name:value ...] [--json]`, or a
 * plain question), its help (`--help`, `COMMAND --help`), or, for `ask --json` with no question,
 * one JSON answer per line of standard input.
 */
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { commands } from '../../commands/index.js';
import { type App, createApp } from '../app.js';
import { type CommandDefinition, commandName } from '../command.js';
import { timelinePng } from '../reply/image.js';
import { replyJson } from '../reply/json.js';
import { renderTerminal, styleFor } from '../reply/terminal.js';
import { parseWords } from '../request.js';
import { loadConfig } from '../config.js';
import { environment, stopWhenReaderCloses } from '../startup.js';
import { type Flags, parseFlags } from '../flags.js';
import { explainFailure, UsageError, writeFault } from '../errors.js';
import { boundLines, checkLineLength } from './lines.js';
import { countingLoad } from './progress.js';
import { cliHelp, commandHelp } from './usage.js';

/**
 * Exit status (usage.ts's EXIT_CODES, README.md): 0 answered, whatever the answer; 2 bad usage;
 * 1 a story or file that cannot be used (thrown, and told by explainFailure).
 */
export async function runCli(argv: readonly string[], out: NodeJS.WriteStream = process.stdout): Promise<number> {
  const { flags, rest } = parseFlags(argv);
  const help = helpText(flags, rest, commands.map((c) => c.definition));
  if (help !== undefined) {
    out.write(`${help}\n`);
    return 0;
  }
  if (rest.length === 0) {
    throw new UsageError('Give a command or a question, e.g. npm run -s cli -- "where did they meet?"; --help lists the commands.');
  }
  const config = loadConfig(environment(), flags);
  const app = countingLoad((onLoaded) => createApp(config.knowledgeDir, onLoaded));
  const request = parseWords(rest, app.catalogue)!;
  const scope = { story: config.story };

  if (request.command === 'ask' && request.options.question === undefined && flags.json) {
    app.checkScope(scope);
    await answerLines(app, scope.story, out);
    return 0;
  }
  if (request.command === 'ask' && !request.options.question) {
    throw new UsageError('ask needs a question, e.g. ask question:"Where did the leaders meet?"');
  }
  if (flags.image && request.command !== 'timeline') throw new UsageError('--image FILE works with the timeline command.');
  const reply = app.run(request.command, request.options, scope);
  if (flags.image) {
    writeImage(flags.image, timelinePng(reply, app.stories));
    if (!flags.json) {
      out.write(`Wrote the timeline (${reply.items.length} events) to ${flags.image}\n`);
      return 0;
    }
  }
  out.write(flags.json ? `${JSON.stringify(replyJson(reply))}\n` : `${renderTerminal(reply, out.columns || 80, styleFor(out))}\n`);
  // "The story doesn't say" and "no one by that name" are answers too.
  return 0;
}

/**
 * The help asked for, if any: `--help` (with a command: that command's), `help`, `help COMMAND`.
 * `help --json` is the help command's own reply, and `help` with other words a question.
 */
function helpText(flags: Flags, rest: readonly string[], catalogue: readonly CommandDefinition[]): string | undefined {
  const named = (word: string | undefined) => word !== undefined ? catalogue.find((c) => c.name === commandName(word)) : undefined;
  const asksHelp = named(rest[0])?.name === 'help' && rest.length <= 2 && !flags.json;
  if (!flags.help && !(asksHelp && (rest.length === 1 || named(rest[1])))) return undefined;
  const command = asksHelp ? named(rest[1]) : named(rest[0]);
  return command && command.name !== 'help' ? commandHelp(command) : cliHelp(catalogue);
}

/** Write the --image file; a path the user can fix is one line, not an internal error. */
function writeImage(path: string, png: Buffer): void {
  try {
    writeFileSync(path, png);
  } catch (err) {
    throw writeFault(path, err) ?? err;
  }
}

/** The batch mode of `ask --json`: each stdin line is a question or {"question", "story"}. */
async function answerLines(app: App, story: string | undefined, out: NodeJS.WritableStream): Promise<void> {
  const batch: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (batch.length) out.write(batch.join(''));
    batch.length = 0;
  };
  for await (const line of createInterface({ input: process.stdin.pipe(boundLines()), crlfDelay: Infinity })) {
    batch.push(`${JSON.stringify(answerLine(app, line, story))}\n`);
    if (batch.length >= 256) flush();
    // Lines that came in together are written together; the last of them as soon as no more are
    // waiting, so a tool that writes a question and waits for its answer gets it.
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  }
  flush();
}

function answerLine(app: App, line: string, story: string | undefined): Record<string, unknown> {
  try {
    checkLineLength(line);
    let question = line.trim();
    let scope = story;
    if (question.startsWith('{')) {
      const parsed = parseJson(question);
      if (typeof parsed.question !== 'string') throw new UsageError('Each JSON line needs a "question" string.');
      if (parsed.story !== undefined && typeof parsed.story !== 'string') throw new UsageError('"story" must be a string: a story id.');
      question = parsed.question;
      scope = parsed.story ?? story;
    }
    if (!question.trim()) throw new UsageError('Empty question.');
    return replyJson(app.run('ask', { question }, { story: scope }));
  } catch (err) {
    if (err instanceof UsageError) return { error: err.message };
    throw err;
  }
}

function parseJson(line: string): { question?: unknown; story?: unknown } {
  try {
    return JSON.parse(line) as { question?: unknown; story?: unknown };
  } catch {
    throw new UsageError('Each line is a question, or JSON like {"question": "...", "story": "..."}; this line is not valid JSON.');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  stopWhenReaderCloses();
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      const known = explainFailure(err);
      process.stderr.write(`storybot: ${known?.message ?? `internal error: ${String(err)}`}\n`);
      process.exitCode = known?.code ?? 70;
    },
  );
}
