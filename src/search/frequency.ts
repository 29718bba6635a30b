/**
 * How much a word says in a question: everyday words ("get", "big", "thing") little, rare ones
 * ("casualties", "realistic") much, by their counts in everyday English (knowledge/word-counts.ts);
 * and the everyday word a mistyped one stands for.
 */
import { isCommonWord, isEnglishWord, TOTAL_COUNT, WORD_COUNTS as counts } from '../knowledge/word-counts.js';
import { Speller } from './typos.js';

const total = TOTAL_COUNT;

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
let everyday: Speller | undefined;

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
  // (Words written in lower case: a typo is of a word, not of a name, "donatd" is not "donald".)
  everyday ??= new Speller([...counts.keys()].filter((w) => isEnglishWord(w) && isCommonWord(w)));
  const found = everyday.correct(word)[0]?.word;
  if (corrected.size >= MAX_REMEMBERED) corrected.clear();
  corrected.set(word, found);
  return found;
}

/** Typos read before, remembered up to a bound: readers make the same ones. */
const corrected = new Map<string, string | undefined>();
const MAX_REMEMBERED = 50_000;

