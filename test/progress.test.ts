/** The progress bar of long work (eval, bench, loading stories), run at a real pseudo-terminal and into a pipe. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Three steps of work with a line printed between them, as the eval script prints its tables. */
const WORK = `
import { progress } from './src/cli/progress.ts';
const bar = progress('Working', 3);
const wait = () => { const until = Date.now() + 250; while (Date.now() < until); };
bar.next('first'); wait();
console.log('a table row');
bar.next('second'); wait();
bar.next('third'); wait();
bar.stop();
console.log('done');
`;

function run(atTerminal: boolean, env: Record<string, string | undefined> = {}) {
  const vars = { ...process.env, CI: undefined, TERM: 'xterm', ...env };
  const command = `${TSX} --eval "${WORK.replaceAll('"', '\\"')}"`;
  const child = atTerminal
    ? spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: vars, timeout: 30_000 })
    : spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', env: vars, timeout: 30_000 });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

/**
 * The lines a terminal shows at the end: text overwrites from the cursor; a carriage return or
 * ESC[1G goes to the line's start, ESC 7 and ESC 8 save and restore the column, ESC[2K clears
 * the line and ESC[0K the rest of it. Other sequences change nothing that is read here.
 */
function finalLines(screen: string): string[] {
  const lines: string[] = [];
  let line = '';
  let column = 0;
  let saved = 0;
  // eslint-disable-next-line no-control-regex
  for (const [token] of screen.matchAll(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[78]|[\r\n]|[^\u001b\r\n]+/g)) {
    if (token === '\n') {
      lines.push(line.trimEnd());
      line = '';
      column = 0;
    } else if (token === '\r' || token === '\u001b[1G') column = 0;
    else if (token === '\u001b7') saved = column;
    else if (token === '\u001b8') column = saved;
    else if (token === '\u001b[2K') line = '';
    else if (token === '\u001b[0K') line = line.slice(0, column);
    else if (!token.startsWith('\u001b')) {
      line = line.padEnd(column).slice(0, column) + token + line.slice(column + token.length);
      column += token.length;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.filter(Boolean);
}

describe('progress', () => {
  it('draws a bar at a terminal, prints lines above it, and clears it when done', () => {
    const { code, out } = run(true);
    expect(code).toBe(0);
    expect(out).toMatch(/Working \S+ 0\/3 first/);
    expect(out).toMatch(/Working \S+ 2\/3 third/);
    expect(finalLines(out)).toEqual(['a table row', 'done']);
  });

  it('is quiet into a pipe, and in CI even at a terminal', () => {
    const piped = run(false);
    expect(piped.out).toBe('a table row\ndone\n');
    expect(piped.err).toBe('');
    const ci = run(true, { CI: 'true' });
    expect(ci.out).not.toContain('Working');
    expect(finalLines(ci.out)).toEqual(['a table row', 'done']);
  });
});
