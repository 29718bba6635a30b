/** The console that `npm start` opens without a Discord token, driven through stdin as a script would. */
/* eslint-disable no-control-regex -- the terminal tests read escape codes */
import { spawn, spawnSync } from 'node:child_process';
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

/**
 * The console at a real terminal: `script` runs it on a pseudo-terminal, keystrokes go in through
 * it, and `until` waits for what the screen shows. Not in CI, where Node styles nothing.
 */
function atTerminal(env: Record<string, string> = {}) {
  const vars: Record<string, string | undefined> = { ...process.env, KNOWLEDGE_DIR: '', STORY: '', NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, TERM: 'xterm', ...env };
  delete vars.DISCORD_TOKEN;
  const child = spawn('script', ['-qfec', `${join(ROOT, 'node_modules/.bin/tsx')} src/main.ts`, '/dev/null'], { cwd: ROOT, env: vars });
  let screen = '';
  child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    async until(pattern: RegExp, timeout = 20_000): Promise<string> {
      const started = Date.now();
      while (!pattern.test(screen)) {
        if (Date.now() - started > timeout) throw new Error(`never showed ${pattern}; the screen:\n${screen}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return screen;
    },
    keys: (keys: string) => child.stdin.write(keys),
    exited,
  };
}

describe('console at a terminal', () => {
  it('completes a name on Tab, answers with the answer in bold and places dimmed, and leaves at exit', async () => {
    const tty = atTerminal();
    await tty.until(/storybot> /);
    tty.keys('/who name:pes');
    await tty.until(/name:pes/);
    tty.keys('\t');
    await tty.until(/name:"Dmitry Peskov" /);
    tty.keys('\r');
    const screen = await tty.until(/spokesman[\s\S]*storybot> (\u001b\[\d+G)?$/);
    expect(screen).toMatch(/\u001b\[2m¶\d+/);
    tty.keys('what day did the drones go into poland\r');
    expect(await tty.until(/\u001b\[1mWednesday\u001b\[22m/)).toBeTruthy();
    tty.keys('exit\r');
    expect(await tty.exited).toBe(0);
  }, 40_000);

  it('styles nothing when NO_COLOR is set', async () => {
    const tty = atTerminal({ NO_COLOR: '1' });
    await tty.until(/storybot> /);
    tty.keys('what day did the drones go into poland\r');
    const screen = await tty.until(/10 September 2025[\s\S]*storybot> (\u001b\[\d+G)?$/);
    expect(screen).toContain('Wednesday — 10 September 2025');
    expect(screen).not.toMatch(/\u001b\[(1|2|22)m/);
    tty.keys('exit\r');
    expect(await tty.exited).toBe(0);
  }, 40_000);
});

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

  it('takes --story ID and COMMAND --help on a line, and refuses a repeated option', () => {
    const run = start('/story --story seed\nwho --help\nquote speaker:a speaker:b\n/story --story nope\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('About the story');
    expect(run.stdout).toMatch(/^Usage: who name:TEXT \[private:true\|false\] \[--story ID\]$/m);
    expect(run.stdout).toContain('Error: speaker: is given twice; /quote takes it once.');
    expect(run.stdout).toContain('Error: Unknown story "nope"');
  });

  it('says in one line on stderr how many stories it loaded, and how fast, when scripted', () => {
    const run = start('');
    expect(run.stderr).toMatch(/^storybot: 1 story loaded in \d+\.\d s \(seed\)\. Ask a question/);
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

  it('refuses a line too long in one line and answers the lines after it', () => {
    const run = start(`${'x'.repeat(8 * 1024 * 1024)}\nwhat day did the drones go into poland\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Error: This line is too long \(over 32000 bytes\); a question is at most 500 characters\. Please ask something shorter\.\n\n/);
    expect(run.stdout).toContain('Wednesday');
  });

  it('stops at "exit" and ignores what follows', () => {
    const run = start('exit\n/story\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });
});
