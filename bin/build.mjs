#!/usr/bin/env node
/**
 * `npm run build [-- --out DIR]`: compiles src/ and commands/ (tsconfig.build.json) to dist/ for
 * plain node, copies the data files the code reads at run time that the compiler does not emit,
 * and stamps the build with the time it began (bin/entry.mjs runs dist/ only while no source is newer).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { STAMP } from './entry.mjs';

/** Read beside the module that reads them (readFileSync, require); JSON that is imported tsc emits itself. */
const DATA_FILES = ['src/search/embeddings.bin', 'src/knowledge/person-nouns.json', 'src/search/noun-kinds.json'];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let out;
try {
  out = resolve(root, parseArgs({ options: { out: { type: 'string', default: 'dist' } } }).values.out);
} catch (err) {
  process.stderr.write(`build: ${/** @type {Error} */ (err).message} Usage: npm run build [-- --out DIR]\n`);
  process.exit(2);
}
const began = new Date();
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', out, '--tsBuildInfoFile', join(out, '.tsbuildinfo')], {
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
for (const file of DATA_FILES) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  copyFileSync(join(root, file), join(out, file));
}
writeFileSync(join(out, STAMP), `${began.toISOString()}\n`);
utimesSync(join(out, STAMP), began, began);
