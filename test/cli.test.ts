/** The command-line contract of docs/contracts.md, run as a real process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function cli(args: string[], input = '', env: Record<string, string> = {}) {
  const run = spawnSync(TSX, ['src/cli/main.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, KNOWLEDGE_DIR: '', STORY: '', ...env },
    timeout: 30_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
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
    [['nope'], /Unknown command "nope"/],
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
    expect(unanswered).toMatchObject({ answered: false, missing: ['ppl', 'died'] });
    expect(unanswered.answer).toBeUndefined();
  });

  it('gives the same answer fields in the stdin batch', () => {
    const run = cli(['ask', '--json'], 'what day did the drones go into poland\nhow many ppl died in the drone attack on poland\n');
    const [first, second] = run.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ answered: true, answer: { text: 'Wednesday', kind: 'date', paragraph: 6 } });
    expect(second).toMatchObject({ answered: false, missing: ['ppl', 'died'] });
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
});
