/**
 * Which file runs an entry point: the compiled JavaScript in dist/ (`npm run build`) when it is
 * there and no source is newer than the build, else the TypeScript source itself through tsx.
 * Plain JavaScript, so that plain node can run it before anything is compiled.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build compiles: a change to any of these makes dist/ stale. */
const SOURCES = ['src', 'commands', 'tsconfig.json', 'tsconfig.build.json'];

/** The file `npm run build` writes last, dated when the build began. */
export const STAMP = '.built';

/**
 * The newest modification time (ms) among the files under `path`.
 * @param {string} path
 */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let most = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) most = Math.max(most, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return most;
}

/**
 * The file to run for `entry` (a source path such as `src/main.ts`, relative to `root`), and
 * whether it is compiled; `stale` when dist/ exists but a source changed after it was built.
 * @param {string} root
 * @param {string} entry
 * @param {string} [out]
 * @returns {{ file: string; compiled: boolean; stale: boolean }}
 */
export function chooseEntry(root, entry, out = 'dist') {
  const source = { file: join(root, entry), compiled: false, stale: false };
  const stamp = join(root, out, STAMP);
  const compiled = join(root, out, entry.replace(/\.ts$/, '.js'));
  if (!existsSync(stamp) || !existsSync(compiled)) return source;
  const built = statSync(stamp).mtimeMs;
  if (SOURCES.some((s) => newest(join(root, s)) > built)) return { ...source, stale: true };
  return { file: compiled, compiled: true, stale: false };
}
