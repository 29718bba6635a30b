/**
 * The production build: `npm run build` (bin/build.mjs) compiles the bot to JavaScript that plain
 * node runs, data files included; bin/run.mjs runs that while it is up to date, the sources otherwise.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseEntry, STAMP } from '../bin/entry.mjs';
import { createApp } from '../src/app.js';
import { replyJson } from '../src/reply/json.js';

const ROOT = new URL('..', import.meta.url).pathname;

describe('which file an entry point runs', () => {
  it('runs dist/ only while no source is newer than its build', () => {
    const root = mkdtempSync(join(tmpdir(), 'storybot-entry-'));
    try {
      const file = (path: string, when: number) => {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), '');
        utimesSync(join(root, path), when, when);
      };
      file('src/cli/main.ts', 1000);
      file('commands/ask.ts', 1000);
      expect(chooseEntry(root, 'src/cli/main.ts')).toEqual({ file: join(root, 'src/cli/main.ts'), compiled: false, stale: false });

      file('dist/src/cli/main.js', 2000);
      file(`dist/${STAMP}`, 2000);
      expect(chooseEntry(root, 'src/cli/main.ts')).toEqual({ file: join(root, 'dist/src/cli/main.js'), compiled: true, stale: false });
      // An entry point the build did not make runs from source.
      file('src/other.ts', 1000);
      expect(chooseEntry(root, 'src/other.ts').compiled).toBe(false);

      // A command edited after the build: the sources run, and the caller is told dist/ is stale.
      file('commands/ask.ts', 3000);
      expect(chooseEntry(root, 'src/cli/main.ts')).toEqual({ file: join(root, 'src/cli/main.ts'), compiled: false, stale: true });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('npm run build', () => {
  it('compiles the command line so that plain node answers as the sources do, word vectors included', () => {
    // Inside the repository, so that the compiled code finds node_modules as dist/ would.
    const out = join(ROOT, 'node_modules', '.cache', 'storybot-build-test');
    execFileSync(process.execPath, ['bin/build.mjs', '--out', out], { cwd: ROOT, stdio: 'pipe' });
    const question = 'Where did the leaders meet?';
    const printed = execFileSync(process.execPath, [join(out, 'src/cli/main.js'), 'ask', `question:${question}`, '--json'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DOTENV_PATH: '/nonexistent/storybot-test.env' },
      encoding: 'utf8',
    });
    expect(JSON.parse(printed)).toEqual(replyJson(createApp(join(ROOT, 'knowledge')).run('ask', { question })));
  }, 120_000);
});
