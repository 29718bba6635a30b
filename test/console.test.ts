/** The console that `npm start` opens without a Discord token, driven through stdin as a script would. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

function start(input: string, args: string[] = []) {
  const env: Record<string, string | undefined> = { ...process.env, KNOWLEDGE_DIR: '', STORY: '' };
  delete env.DISCORD_TOKEN;
  return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/main.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', env, timeout: 30_000 });
}

describe('console (npm start without DISCORD_TOKEN)', () => {
  it('answers each line, commands and plain questions alike, and exits at the end of input', () => {
    const run = start('/story\nWhat base hosted the summit?\n/nope\nquote speaker:"no such person"\n');
    expect(run.status).toBe(0);
    const answers = run.stdout.trim().split(/\n{2,}(?=\S)/);
    expect(run.stdout).toContain('Commands: /ask /timeline');
    expect(run.stdout).toContain('Joint Base Elmendorf-Richardson');
    expect(run.stdout).toContain('Error: Unknown command "/nope"');
    expect(run.stdout).toContain('No one called "no such person" is quoted');
    expect(answers.length).toBeGreaterThan(3);
  });

  it('reads lines as Discord messages are read: one that merely starts with a command name is a question', () => {
    const run = start('who is Tusk?\ntimeline of the talks?\n');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('Error:');
    expect(run.stdout).toContain('who is Tusk?');
    expect(run.stdout).toContain('timeline of the talks?');
  });

  it('writes the timeline’s picture to a file and prints its path', () => {
    const run = start('timeline\n');
    expect(run.status).toBe(0);
    const file = /Picture: (\S+\.png)/.exec(run.stdout)![1]!;
    expect(PNG.sync.read(readFileSync(file)).width).toBe(1100);
  });

  it('refuses an unknown story at start, in one line', () => {
    const run = start('/story\n', ['--story', 'nope']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^storybot: Unknown story "nope"/)]);
  });

  it('says in one line how to connect to Discord, on stderr when scripted', () => {
    const run = start('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter((l) => l.includes('DISCORD_TOKEN'))).toHaveLength(1);
  });

  it('stops at "exit" and ignores what follows', () => {
    const run = start('exit\n/story\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });
});
