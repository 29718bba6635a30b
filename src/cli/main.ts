/**
 * One command from the command line (`npm run -s cli -- COMMAND [name:value ...] [--json]`), or,
 * for `ask --json` with no question, one JSON answer per line of standard input.
 */
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type App, createApp } from '../app.js';
import { UsageError } from '../errors.js';
import { timelinePng } from '../reply/image.js';
import { replyJson } from '../reply/json.js';
import { renderTerminal } from '../reply/terminal.js';
import { parseRequest } from '../request.js';
import { loadConfig } from '../config.js';
import { environment } from '../startup.js';
import { parseFlags } from '../flags.js';
import { explainFailure, OutputError } from '../errors.js';

/** Exit codes: 0 answered, 1 could not answer as asked or the stories are broken, 2 bad usage. */
export async function runCli(argv: readonly string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { flags, rest } = parseFlags(argv);
  const config = loadConfig(environment(), flags);
  const app = createApp(config.knowledgeDir);
  const request = parseRequest(rest, app.catalogue);
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
  out.write(flags.json ? `${JSON.stringify(replyJson(reply))}\n` : `${renderTerminal(reply, process.stdout.columns ?? 80, { bold: Boolean(process.stdout.isTTY) })}\n`);
  return reply.error ? 1 : 0;
}

const WRITE_FAILURES: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the disk',
};

/** Write the --image file; a path the user can fix is one line, not an internal error. */
function writeImage(path: string, png: Buffer): void {
  try {
    writeFileSync(path, png);
  } catch (err) {
    const reason = WRITE_FAILURES[(err as NodeJS.ErrnoException).code ?? ''];
    if (!reason) throw err;
    throw new OutputError(`cannot write ${path}: ${reason}`);
  }
}

/** The batch mode of `ask --json`: each stdin line is a question or {"question", "story"}. */
async function answerLines(app: App, story: string | undefined, out: NodeJS.WritableStream): Promise<void> {
  const batch: string[] = [];
  const flush = () => {
    if (batch.length) out.write(batch.join(''));
    batch.length = 0;
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    batch.push(`${JSON.stringify(answerLine(app, line, story))}\n`);
    if (batch.length >= 256) flush();
  }
  flush();
}

function answerLine(app: App, line: string, story: string | undefined): Record<string, unknown> {
  try {
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
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      const known = explainFailure(err);
      process.stderr.write(`storybot: ${known?.message ?? `internal error: ${String(err)}`}\n`);
      process.exitCode = known?.code ?? 70;
    },
  );
}
