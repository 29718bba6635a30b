/**
 * Typo tolerance: a vocabulary (the words of a story, its names, or of all stories) and the words
 * of it that a mistyped word most likely stands for. A letter-pair index shortlists candidates,
 * fuse.js scores how alike they are, and an edit distance bound (a swap counts as one edit) keeps
 * apart words that are merely similar: "harbur" finds "harbour", "hours" does not find "house".
 */
import Fuse from 'fuse.js';
import { lowerBound } from './sorted.js';

export interface Correction {
  /** The vocabulary word. */
  word: string;
  /** Letters inserted, dropped, changed or swapped to get from the typed word to this one. */
  edits: number;
  /** How alike, from fuse.js: 1 is the same word. */
  similarity: number;
}

/** Edits allowed for a typed word of this length: none for two letters, two for long words. */
export function maxEdits(length: number): number {
  if (length < 3) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Shortest word corrected to a story word. Shorter words have too many neighbours ("last" is one
 * letter from "east" and "lost"); they are only corrected to function words ("wat" → "what").
 */
export const MIN_CORRECTED = 5;

/** At most this many corrections for one typed word (ties beyond it are noise). */
const MAX_CORRECTIONS = 3;

const FUSE_OPTIONS = { ignoreLocation: true, threshold: 0.6, includeScore: true, isCaseSensitive: true };

/** Letter pairs of a word, padded so that first and last letters count: ^s su um mi it t$. */
function letterPairs(word: string): string[] {
  const padded = `^${word}$`;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < padded.length; i++) pairs.add(padded.slice(i, i + 2));
  return [...pairs];
}

/** Whether two words differ only by two neighbouring letters swapped; letters are code points (an emoji is one). */
export function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const [x, y] = [[...a], [...b]];
  const diff = x.flatMap((c, i) => (c === y[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!];
}

/**
 * Optimal string alignment distance (insert, delete, substitute, swap neighbours), or `limit + 1`
 * as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Words of one story among a shared vocabulary's, as sorted word ids. */
export class WordSet {
  private readonly ids: Int32Array;

  constructor(ids: Iterable<number>) {
    this.ids = Int32Array.from(new Set(ids)).sort();
  }

  has(id: number): boolean {
    return this.ids[lowerBound(this.ids, id)] === id;
  }

  [Symbol.iterator](): Iterator<number> {
    return this.ids[Symbol.iterator]();
  }
}

/** Some of a vocabulary's words, by id: one story's (a WordSet) or those some story holds now. */
export interface Words {
  has(id: number): boolean;
}

/** The words typos are corrected against (of a story, its names, or all stories), indexed by their letter pairs. */
export class Speller {
  private readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly byPair = new Map<string, number[]>();
  /** Word ids by first letter, for clipped forms. */
  private readonly byFirst = new Map<string, number[]>();
  /** Letter pairs shared with the word being corrected, per word id; zeroed after each use. */
  private shared = new Uint8Array(0);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  get size(): number {
    return this.words.length;
  }

  /** The word's id, adding it when new. */
  add(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.words.push(word) - 1;
    this.ids.set(word, id);
    const first = word[0] ?? '';
    (this.byFirst.get(first) ?? this.byFirst.set(first, []).get(first)!).push(id);
    for (const pair of letterPairs(word)) {
      const list = this.byPair.get(pair);
      if (list) list.push(id);
      else this.byPair.set(pair, [id]);
    }
    return id;
  }

  /**
   * The words `typed` most likely stands for, most alike first; none when it is a word here.
   * `only` narrows the vocabulary to one story's words.
   */
  correct(typed: string, only?: Words): Correction[] {
    const limit = maxEdits(typed.length);
    const self = this.ids.get(typed);
    if (limit === 0 || (self !== undefined && (!only || only.has(self)))) return [];
    if (this.shared.length < this.words.length) this.shared = new Uint8Array(this.words.length * 2);
    const { shared } = this;
    const pairs = letterPairs(typed);
    // Each edit spoils at most three letter pairs (a swap), so a near word shares the rest.
    const needed = Math.max(1, pairs.length - 3 * limit);
    const near: number[] = [];
    for (const pair of pairs) {
      for (const id of this.byPair.get(pair) ?? []) {
        if (++shared[id]! === needed) near.push(id);
      }
    }
    let best = limit;
    let found: { word: string; edits: number }[] = [];
    for (const id of near) {
      const word = this.words[id]!;
      if (Math.abs(word.length - typed.length) > best || (only && !only.has(id))) continue;
      const edits = editDistance(typed, word, best);
      if (edits > best) continue;
      if (edits < best) found = [];
      best = edits;
      found.push({ word, edits });
    }
    for (const pair of pairs) for (const id of this.byPair.get(pair) ?? []) shared[id] = 0;
    return found
      .map(({ word, edits }) => ({ word, edits, similarity: 1 - (Fuse.match(typed, word, FUSE_OPTIONS).score ?? 1) }))
      // Two letters swapped is the likeliest slip of the fingers ("teh": "the", not "tbh"), even where another word is as alike by fuse.js's measure.
      .sort((a, b) => Number(swapped(typed, b.word)) - Number(swapped(typed, a.word)) || b.similarity - a.similarity || a.word.localeCompare(b.word))
      .slice(0, MAX_CORRECTIONS);
  }

  /**
   * The word a clipped form stands for ("govt" government, "ppl" people, "pres" president): a word
   * of this vocabulary (of `only`) that starts with the same two letters and holds every typed
   * letter in order or, for a form without vowels, whose consonants start with it; of several, one that
   * `fits` (the words around it: "ag minister" is the agriculture minister, not an agency's), then the one
   * sharing the longest beginning with it, then the shortest.
   */
  unclip(typed: string, only?: Words, fits: (word: string) => boolean = () => false): string | undefined {
    let best: { word: string; prefix: number; fit: boolean } | undefined;
    const vowels = VOWELS.test(typed);
    for (const id of this.byFirst.get(typed[0] ?? '') ?? []) {
      const word = this.words[id]!;
      if (word.length < typed.length + 2 || (only && !only.has(id))) continue;
      // "govt" keeps the word's first two letters; "ppl", all consonants, its first consonants.
      const clipped = vowels ? word[1] === typed[1] && subsequence(typed, word) : word.replace(VOWELS_ALL, '').startsWith(typed);
      if (!clipped) continue;
      let prefix = 0;
      while (prefix < typed.length && typed[prefix] === word[prefix]) prefix++;
      const fit = fits(word);
      if (!best || (fit && !best.fit) || (fit === best.fit && (prefix > best.prefix || (prefix === best.prefix && word.length < best.word.length)))) best = { word, prefix, fit };
    }
    return best?.word;
  }
}

const VOWELS = /[aeiou]/;
const VOWELS_ALL = /[aeiou]/g;

/** Whether every letter of `short` stands in `long`, in order. */
function subsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}
