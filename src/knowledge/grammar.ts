/**
 * What a word looks like it does, from its shape and the word lists alone (no tagger): a verb, a
 * word that may stand between a subject and its verb, a word of a role before a name.
 */
import { createRequire } from 'node:module';
import type { ArticleWord } from './tokens.js';
import {
  BODY_WORDS,
  FINITE_VERBS,
  MEDIA_WORDS,
  MONTHS,
  ORGANISATION_NOUNS,
  PLACE_WORDS,
  PREPOSITIONS,
  ROLE_MODIFIERS,
  ROLE_TITLES,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  VERB_GAP,
} from './vocabulary.js';

export const isLowerWord = (t: ArticleWord | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text);

/** A role title, dotted abbreviations included ("Gov."). */
export const isRoleWord = (lower: string): boolean => ROLE_TITLES.has(lower.replace(/\.$/, ''));

/** Everyday nouns for a person, from WordNet ("critic", "substitute", "conductor"): scripts/build-person-nouns.ts. */
const PERSON_NOUNS: ReadonlySet<string> = new Set((createRequire(import.meta.url)('./person-nouns.json') as { nouns: string[] }).nouns);

/** A noun WordNet files among people, or a role title: "refugee", "aide", "daughter", "minister". */
export const isPersonNoun = (lower: string): boolean => PERSON_NOUNS.has(lower) || isRoleWord(lower);

/** The shape of a noun for someone who does something: "survivor", "geologist", "novelist", "resident", "historian". */
const AGENT_NOUN = /^\p{Ll}[\p{Ll}-]{2,}(?:or|er|ist|ant|ent|ian)$/u;

/**
 * A noun for what someone is or does, standing as a role before or beside a name: a role title, or a
 * noun WordNet files among people ("critic") or a word of an agent noun's shape ("striker",
 * "glaciologist", "voter"), that is not a function word, a preposition, a month, a word for an
 * organisation or a place, or an abstract noun in -ment.
 */
export function isRoleNoun(lower: string): boolean {
  if (isRoleWord(lower)) return true;
  return (
    (PERSON_NOUNS.has(lower) || AGENT_NOUN.test(lower)) &&
    !/ment$/.test(lower) &&
    !SENTENCE_OPENERS.has(lower) &&
    !PREPOSITIONS.has(lower) &&
    !MONTHS.has(lower) &&
    !ORGANISATION_NOUNS.has(lower) &&
    // "newspaper" has an agent noun's shape but names an outlet.
    !(MEDIA_WORDS.has(lower) && !PERSON_NOUNS.has(lower)) &&
    !BODY_WORDS.has(lower) &&
    !PLACE_WORDS.has(lower)
  );
}

/** A word that may stand in a name's role: "Fire Chief", "council president", "Senate spokesman", "voter". */
export const isRoleContext = (word: string): boolean =>
  /^\p{Lu}/u.test(word) || isRoleNoun(word.toLowerCase()) || ROLE_MODIFIERS.has(word.toLowerCase());

/** "now", "also", "directly": words between a subject and its verb. */
export const isGapWord = (t: ArticleWord): boolean => VERB_GAP.has(t.lower) || /^\p{Ll}+ly$/u.test(t.text);

/** A verb, as far as word shape tells: an auxiliary, a speech verb, a past tense. */
export function isVerbish(t: ArticleWord | undefined): boolean {
  return t !== undefined && isLowerWord(t) && isVerbWord(t.lower);
}

/** A lower-case word that is likely a verb: a finite verb, one of speech, or a past form in -ed. */
export const isVerbWord = (lower: string): boolean => FINITE_VERBS.has(lower) || SPEECH_VERBS.has(lower) || /^\p{Ll}{3,}ed$/u.test(lower);

/** The word after token `i` that carries the verb, over gap words; undefined past punctuation. */
export function verbAfter(tokens: readonly ArticleWord[], i: number): ArticleWord | undefined {
  for (let j = i + 1; j <= i + 3; j++) {
    const t = tokens[j];
    if (!t || !t.joined || t.passage !== tokens[i]!.passage) return undefined;
    if (isVerbish(t) || !isGapWord(t)) return t;
  }
  return undefined;
}
