/**
 * What a word looks like it does, from its shape and the word lists alone (no tagger): a verb, a
 * word that may stand between a subject and its verb, a word of a role before a name.
 */
import type { Token } from './tokens.js';
import { FINITE_VERBS, ROLE_MODIFIERS, ROLE_TITLES, SPEECH_VERBS, VERB_GAP } from './vocabulary.js';

export const isLowerWord = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text);

/** A role title, dotted abbreviations included ("Gov."). */
export const isRoleWord = (lower: string): boolean => ROLE_TITLES.has(lower.replace(/\.$/, ''));

/** A word that may stand in a name's role: "Fire Chief", "council president", "Senate spokesman". */
export const isRoleContext = (word: string): boolean =>
  /^\p{Lu}/u.test(word) || isRoleWord(word.toLowerCase()) || ROLE_MODIFIERS.has(word.toLowerCase());

/** "now", "also", "directly": words between a subject and its verb. */
export const isGapWord = (t: Token): boolean => VERB_GAP.has(t.lower) || /^\p{Ll}+ly$/u.test(t.text);

/** A verb, as far as word shape tells: an auxiliary, a speech verb, a past tense. */
export function isVerbish(t: Token | undefined): boolean {
  return t !== undefined && isLowerWord(t) && (FINITE_VERBS.has(t.lower) || SPEECH_VERBS.has(t.lower) || /^\p{Ll}{3,}ed$/u.test(t.lower));
}

/** The word after token `i` that carries the verb, over gap words; undefined past punctuation. */
export function verbAfter(tokens: readonly Token[], i: number): Token | undefined {
  for (let j = i + 1; j <= i + 3; j++) {
    const t = tokens[j];
    if (!t || !t.joined || t.passage !== tokens[i]!.passage) return undefined;
    if (isVerbish(t) || !isGapWord(t)) return t;
  }
  return undefined;
}
