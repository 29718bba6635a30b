/** The command-line contract of docs/contracts.md, run as a real process. */
/* eslint-disable no-control-regex -- the styling tests read the terminal's escape codes */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

const ENV = { ...process.env, KNOWLEDGE_DIR: '', STORY: '', NO_COLOR: undefined, FORCE_COLOR: undefined };

function cli(args: string[], input = '', env: Record<string, string> = {}) {
  const run = spawnSync(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...ENV, ...env }, timeout: 30_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/**
 * The command line at a real terminal (a pseudo-terminal from `script`): stdout and stderr both reach
 * it. As a person runs it, not in CI, where Node styles nothing and progress is quiet.
 */
function atTerminal(args: string[], env: Record<string, string> = {}) {
  const command = [TSX, 'src/cli/main.ts', ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...ENV, CI: undefined, TERM: 'xterm', ...env }, timeout: 60_000 });
  return { code: run.status, screen: run.stdout };
}

function json(args: string[]) {
  const run = cli(args);
  expect(run.err).toBe('');
  return JSON.parse(run.out) as Record<string, unknown>;
}

describe('npm run cli', () => {
  it('prints the timeline as JSON events in date order, with passage text from the article', () => {
    const { events } = json(['timeline', '--json']) as { events: { date: string; text: string }[] };
    expect(events.length).toBeGreaterThan(0);
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    for (const e of events) expect(e.date).toMatch(/^\d{4}(-\d\d){0,2}$/);
  });

  it('takes flags before or after the command', () => {
    const before = json(['--json', '--story', 'seed', 'ask', 'question:Who hosted the summit?']);
    const after = json(['ask', 'question:Who hosted the summit?', '--story=seed', '--json']);
    expect(after).toEqual(before);
    expect(before).toHaveProperty('answered');
    const passages = before.passages as { text: string; paragraph: number; score: number }[];
    expect(passages[0]).toEqual(expect.objectContaining({ paragraph: expect.any(Number), score: expect.any(Number) }));
  });

  it('prints readable text without --json', () => {
    const run = cli(['story']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Date: 2025-09-14 (inferred');
    expect(run.out).toContain('/timeline');
  });

  it.each([
    [['/nope'], /Unknown command "\/nope"/],
    [['quote', 'speaker:a', 'speaker:b'], /speaker: is given twice/],
    [['--story', 'seed', 'timeline', '--story=seed'], /--story is given twice/],
    [['timeline', '--story'], /--story needs a value/],
    [['timeline', '-x'], /Unknown flag -x/],
    [[], /Give a command or a question/],
    [['quote', 'colour:red'], /\/quote has no option "colour"/],
    [['--story', 'missing', 'timeline'], /Unknown story "missing"/],
    [['ask'], /ask needs a question/],
    [['ask', 'question:'], /ask needs a question/],
    [['timeline', '--frobnicate'], /Unknown flag --frobnicate/],
    [['--story', 'nope', 'ask', '--json'], /Unknown story "nope"/],
    [['ask', 'question:why', '--image', 'x.png'], /--image FILE works with the timeline/],
    [['ask', `question:${'why '.repeat(200)}`], /too long/],
  ])('answers bad input %j with one line and a non-zero exit', (args, message) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(message);
    expect(run.err.trim().split('\n')).toHaveLength(1);
  });

  it('names the file when a story is malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storybot-'));
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'article.txt'), 'Some text.');
    writeFileSync(join(dir, 'broken', 'story.json'), '{ "published": ');
    const run = cli(['--knowledge', dir, 'timeline']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/broken\/story\.json: is not valid JSON/);
    expect(run.err.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['the command line', ['src/cli/main.ts', 'timeline']],
    ['the console', ['src/main.ts']],
  ])('stops quietly when its reader closes the pipe (| head): %s', async (_, args) => {
    // Found by piping a long answer into head: the write that failed escaped as an 'EPIPE' stack trace, status 1.
    const child = spawn(TSX, args, { cwd: ROOT, env: { ...ENV, DISCORD_TOKEN: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.destroy();
    child.stdin.end('/timeline\n/timeline\n');
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number];
    expect(code).toBe(0);
    expect(err).not.toMatch(/EPIPE|Error/);
  });

  it('says in one line, with status 1, when a story file is a folder or not UTF-8', () => {
    // Found by making odd story folders: an article.txt that was a folder ended as an internal
    // error (status 70, "EISDIR"), and a windows-1252 one loaded with "�" for its accented letters.
    const dir = mkdtempSync(join(tmpdir(), 'storybot-'));
    mkdirSync(join(dir, 'folder', 'article.txt'), { recursive: true });
    const folder = cli(['--knowledge', dir, 'timeline']);
    expect({ code: folder.code, out: folder.out, err: folder.err }).toEqual({ code: 1, out: '', err: `storybot: Cannot load stories: ${join(dir, 'folder', 'article.txt')}: cannot be read: it is a folder\n` });
    const latin = mkdtempSync(join(tmpdir(), 'storybot-'));
    writeFileSync(join(latin, 'article.txt'), Buffer.from('Caf\xe9 owner Jos\xe9 Garc\xeda said the caf\xe9 would close.\n', 'latin1'));
    const run = cli(['--knowledge', latin, 'story']);
    expect({ code: run.code, out: run.out, err: run.err }).toEqual({ code: 1, out: '', err: `storybot: Cannot load stories: ${join(latin, 'article.txt')}: is not UTF-8 text (save it as UTF-8)\n` });
  });

  it.each([
    ['/nonexistent/dir/x.png', 'no such folder'],
    [tmpdir(), 'it is a folder'],
  ])('says in one line when it cannot write --image %s', (path, reason) => {
    const run = cli(['timeline', '--image', path]);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toBe(`storybot: cannot write ${path}: ${reason}\n`);
  });

  it('answers a question per stdin line with ask --json, in order', () => {
    const questions = ['Who hosted the summit?', '{"question": "Are the peace talks paused?", "story": "seed"}', '', '{"story": "seed"}', 'What tariffs?'];
    const run = cli(['ask', '--json'], questions.join('\n'));
    expect(run.code).toBe(0);
    const lines = run.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(questions.length);
    expect(lines[0]!.title).toBe('Who hosted the summit?');
    expect(lines[1]!.title).toBe('Are the peace talks paused?');
    expect(lines[2]).toEqual({ error: 'Empty question.' });
    expect(lines[3]!.error).toMatch(/"question"/);
    expect(lines[4]!.title).toBe('What tariffs?');
  });

  it('answers each stdin line of ask --json as it comes, not only when the input ends', { timeout: 60_000 }, async () => {
    // A tool that keeps storybot running writes a question, then waits for its answer.
    const child = spawn(TSX, ['src/cli/main.ts', 'ask', '--json'], { cwd: ROOT, env: ENV, stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      const answered = async (lines: number) => expect.poll(() => out.split('\n').length - 1, { timeout: 30_000, interval: 100 }).toBe(lines);
      child.stdin.write('Who hosted the summit?\n');
      await answered(1);
      child.stdin.write('What tariffs?\n');
      await answered(2);
      expect(out.trim().split('\n').map((l) => (JSON.parse(l) as { title: string }).title)).toEqual(['Who hosted the summit?', 'What tariffs?']);
      child.stdin.end();
      const [code] = (await once(child, 'exit')) as [number];
      expect(code).toBe(0);
    } finally {
      child.kill();
    }
  });

  it('gives the answer words with ask --json, and what the story never mentions when it does not answer', () => {
    const answered = json(['ask', 'question:what day did the drones go into poland', '--json']) as {
      answered: boolean;
      answer: { text: string; kind: string; paragraph: number; date: string };
      passages: { text: string; paragraph: number }[];
    };
    expect(answered.answered).toBe(true);
    expect(answered.answer).toEqual({ text: 'Wednesday', kind: 'date', paragraph: 6, date: '2025-09-10' });
    expect(answered.passages[0]!.text).toContain(answered.answer.text);
    expect(answered.passages[0]!.paragraph).toBe(answered.answer.paragraph);
    const unanswered = json(['ask', 'question:how many ppl died in the drone attack on poland', '--json']);
    expect(unanswered).toMatchObject({ answered: false, missing: ['died'] });
    expect(unanswered.answer).toBeUndefined();
  });

  it('gives the same answer fields in the stdin batch', () => {
    const run = cli(['ask', '--json'], 'what day did the drones go into poland\nhow many ppl died in the drone attack on poland\n');
    const [first, second] = run.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ answered: true, answer: { text: 'Wednesday', kind: 'date', paragraph: 6 } });
    expect(second).toMatchObject({ answered: false, missing: ['died'] });
  });

  it('refuses a line too long in one JSON error, answers the lines after it, and never holds the long line whole', { timeout: 60_000 }, async () => {
    // One process (bin/run.mjs, as npm run cli), so /proc/PID/status's peak memory (VmHWM) is storybot's own.
    const child = spawn(process.execPath, ['bin/run.mjs', 'src/cli/main.ts', 'ask', '--json'], { cwd: ROOT, env: ENV, stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      const answered = async (lines: number) => expect.poll(() => out.split('\n').length - 1, { timeout: 30_000, interval: 100 }).toBe(lines);
      const peakMb = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
      child.stdin.write('Who hosted the summit?\n');
      await answered(1);
      const before = peakMb();
      // 200 MB with no newline, then a question.
      const megabyte = Buffer.alloc(1024 * 1024, 'x');
      for (let i = 0; i < 200; i++) if (!child.stdin.write(megabyte)) await once(child.stdin, 'drain');
      child.stdin.write('\nWhat tariffs?\n');
      await answered(3);
      // Held whole, the line took 400 MB more (a string of it, and readline's copies).
      expect(peakMb() - before).toBeLessThan(64);
      const [first, refused, next] = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(first!.title).toBe('Who hosted the summit?');
      expect(refused).toEqual({ error: 'This line is too long (over 32000 bytes); a question is at most 500 characters. Please ask something shorter.' });
      expect(next!.title).toBe('What tariffs?');
      child.stdin.end();
      const [code] = (await once(child, 'exit')) as [number];
      expect(code).toBe(0);
    } finally {
      child.kill();
    }
  });

  it('answers a bad JSON line with an error that says what a line should be', () => {
    const run = cli(['ask', '--json'], '{"question": "hi", "story": 7}\n{bad json\nWho hosted the summit?\n');
    expect(run.code).toBe(0);
    const lines = run.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ error: expect.stringMatching(/"story" must be a string/) });
    expect(lines[1]).toEqual({ error: expect.stringMatching(/^Each line is a question, or JSON like .*not valid JSON/) });
    expect(lines[2]!.title).toBe('Who hosted the summit?');
  });

  it('prints help made from the command definitions, with flags, settings and exit status, and exits 0', async () => {
    const { commands } = await import('../commands/index.js');
    const { FLAGS, flagUsage } = await import('../src/flags.js');
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.err).toBe('');
    const flat = help.out.replace(/\s+/g, ' ');
    for (const { definition } of commands) {
      expect(flat).toContain(definition.description);
      for (const option of definition.options) expect(help.out).toContain(`${option.name}:`);
    }
    for (const flag of FLAGS) expect(help.out).toContain(flagUsage(flag));
    expect(help.out).toMatch(/^Exit status:\n {2}0 .*\n(.*\n)* {2}1 .*\n(.*\n)* {2}2 .*usage/m);
    expect(help.out).toMatch(/^Environment.*\n {2}KNOWLEDGE_DIR/m);
    // The same help in the other usual ways, fast: no story is loaded for it.
    expect(cli(['-h']).out).toBe(help.out);
    expect(cli(['help']).out).toBe(help.out);
    expect(cli(['--knowledge', '/nonexistent', '--help']).out).toBe(help.out);
    // npm start's help too, even with a setting that would stop it starting.
    const start = spawnSync(TSX, ['src/main.ts', '--help'], { cwd: ROOT, encoding: 'utf8', env: { ...ENV, DISCORD_TOKEN: 'not-a-token' }, timeout: 30_000 });
    expect({ code: start.status, out: start.stdout, err: start.stderr }).toEqual({ code: 0, out: help.out, err: '' });
    // (Five processes, each starting tsx: a busy machine takes longer than the usual limit.)
  }, 60_000);

  it('prints one command’s options with COMMAND --help and help COMMAND', () => {
    const quote = cli(['quote', '--help']);
    expect(quote.code).toBe(0);
    expect(quote.out).toMatch(/^Usage: npm run -s cli -- quote \[speaker:TEXT\] \[about:TEXT\] \[private:true\|false\]/);
    expect(quote.out).toMatch(/^ {2}speaker:TEXT +Who said it/m);
    expect(quote.out).toMatch(/^ {2}private:true\|false +Only you see the answer/m);
    expect(cli(['help', 'quote']).out).toBe(quote.out);
    expect(cli(['who', '--help']).out).toMatch(/name:TEXT +A name, e\.g\. a surname \(required\)/);
  });

  it('asks any text that is not a command, as the console does', () => {
    const run = cli(['where did the leaders meet?']);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out.split('\n')[0]).toBe('where did the leaders meet?');
    expect(run.out).toContain('Joint Base Elmendorf-Richardson');
    const words = json(['who', 'is', 'the', 'spokesman?', '--json']);
    expect(words).toMatchObject({ title: 'who is the spokesman?', answered: true });
  });

  it.each([
    [['quote', 'speaker:Macron'], /No one called "Macron" is quoted/],
    [['who', 'name:Macron'], /names no one like "Macron"/],
    [['sanctions', 'focus:Japan'], /says nothing about/],
    [['quote', 'about:xyzzy'], /./],
    [['how many ppl died in the drone attack on poland'], /The story doesn.t say/],
  ])('exits 0 when the answer is that there is nothing: %j', (args, message) => {
    const run = cli(args);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toMatch(message);
  });

  it('styles answers only at a terminal, never with NO_COLOR, and into a pipe only with FORCE_COLOR', () => {
    const question = ['what day did the drones go into poland'];
    const tty = atTerminal(question);
    expect(tty.code).toBe(0);
    expect(tty.screen).toContain('\u001b[1mWednesday\u001b[22m');
    expect(tty.screen).toMatch(/\u001b\[2m¶6/);
    const plain = atTerminal(question, { NO_COLOR: '1' });
    expect(plain.screen).toContain('Wednesday — 10 September 2025');
    expect(plain.screen).not.toContain('\u001b[');
    expect(cli(question).out).not.toContain('\u001b[');
    expect(cli(question, '', { FORCE_COLOR: '1' }).out).toContain('\u001b[1mWednesday\u001b[22m');
  }, 60_000);

  it('counts the stories it loads at a terminal when that takes a moment, and says nothing into a pipe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storybot-many-'));
    const article = readFileSync(join(ROOT, 'knowledge/seed/article.txt'), 'utf8');
    for (let i = 0; i < 300; i++) {
      mkdirSync(join(dir, `s${i}`));
      writeFileSync(join(dir, `s${i}`, 'article.txt'), article);
    }
    const tty = atTerminal(['--knowledge', dir, 'story', '--story', 's1']);
    expect(tty.code).toBe(0);
    expect(tty.screen).toMatch(/Loading stories .* \d+\/300/);
    expect(tty.screen).toContain('About the story');
    const piped = cli(['--knowledge', dir, 'story', '--story', 's1']);
    expect(piped.err).toBe('');
    expect(piped.out).not.toContain('Loading');
  }, 90_000);
});
