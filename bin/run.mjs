#!/usr/bin/env node
/**
 * `node bin/run.mjs src/cli/main.ts [args]`: runs one of storybot's entry points (the npm scripts
 * start, cli, http, deploy-commands, add-story, start:sharded use it). Compiled JavaScript on
 * plain node when `npm run build` has made an up-to-date dist/; the TypeScript source through tsx
 * otherwise (development, a fresh clone, or dist/ left behind by an edit or a pull, which is said).
 */
import process from 'node:process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chooseEntry } from './entry.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node bin/run.mjs ENTRY.ts [args...]\n');
  process.exit(2);
}
const chosen = chooseEntry(resolve(dirname(fileURLToPath(import.meta.url)), '..'), entry);
if (!chosen.compiled) {
  if (chosen.stale) process.stderr.write('storybot: dist/ is older than the sources, so they run through tsx; `npm run build` compiles them again.\n');
  const { register } = await import('tsx/esm/api');
  register();
}
// The entry point sees itself as the script run, as when node runs it directly.
process.argv = [process.execPath, chosen.file, ...args];
await import(pathToFileURL(chosen.file).href);
