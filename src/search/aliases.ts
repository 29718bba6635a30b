/**
 * Names and their other names, as the story gives them: each person or body the knowledge layer
 * found (its name, aliases and role: a title such as "the mayor" stands for them) and each story.json
 * alias list is one group. A passage that names a group's member by any of its names mentions the
 * group; so does a question.
 */
import type { Story } from '../knowledge/story.js';
import { PERSON_PRONOUNS } from './english.js';
import { isStopword, type Token, tokenize } from './terms.js';

export interface AliasGroup {
  /** Each name as a sequence of terms ("prime minister" → ["prime", "minist"]). */
  names: string[][];
  /** The names' words as written (lower case), for typo correction. */
  words: string[];
  /** Passages the knowledge layer says mention the group. */
  passages: number[];
  /** A person: "he" or "she" in a later sentence may stand for them. */
  person: boolean;
}


/**
 * Alias groups of a story. A name alone, with nothing else to call it, makes no group, except a
 * person's: pronouns may stand for them.
 */
export function aliasGroups(story: Story): AliasGroup[] {
  const groups: AliasGroup[] = [];
  const add = (names: string[], passages: number[], person: boolean) => {
    const tokens = names.map((n) => tokenize(n)).filter((t) => t.length > 0);
    const unique = [...new Map(tokens.map((t) => [t.map((x) => x.term).join(' '), t.map((x) => x.term)])).values()];
    const words = [...new Set(tokens.flat().filter((t) => !isStopword(t) && !t.numeric).map((t) => t.word))];
    if (unique.length > 1 || (person && unique.length > 0)) groups.push({ names: unique, words, passages, person });
  };
  for (const entity of story.entities) {
    add([entity.name, ...entity.aliases, ...(entity.role ? [entity.role] : [])], entity.passages, entity.kind === 'person');
  }
  for (const [name, others] of Object.entries(story.meta.aliases ?? {})) add([name, ...others], [], false);
  return groups;
}

/** Start positions in `terms` where `name` occurs as consecutive terms. */
export function findName<T>(terms: ArrayLike<T>, name: ArrayLike<T>): number[] {
  const found: number[] = [];
  for (let i = 0; i + name.length <= terms.length; i++) {
    let j = 0;
    while (j < name.length && terms[i + j] === name[j]) j++;
    if (j === name.length) found.push(i);
  }
  return found;
}

/** A pronoun stands for the last person named at most this many sentences before. */
const PRONOUN_REACH = 3;

/**
 * Who "he" or "she" stands for, by passage: in a sentence where the pronoun comes before any person
 * is named, the person named last before it (of several named in one sentence, the first, most
 * often its subject). `named[g]` maps each passage naming group g to the position of the name.
 */
export function pronounReferents(
  tokenized: readonly (readonly Token[])[],
  groups: readonly AliasGroup[],
  named: readonly ReadonlyMap<number, number>[],
): Map<number, number> {
  const referents = new Map<number, number>();
  const people = groups.flatMap((group, g) => (group.person ? [g] : []));
  tokenized.forEach((tokens, i) => {
    const pronoun = tokens.findIndex((t) => PERSON_PRONOUNS.has(t.word));
    if (pronoun < 0 || people.some((g) => (named[g]!.get(i) ?? Infinity) < pronoun)) return;
    for (let back = i - 1; back >= Math.max(0, i - PRONOUN_REACH); back--) {
      const candidates = people.filter((g) => named[g]!.has(back) && !named[g]!.has(i));
      if (candidates.length === 0) continue;
      referents.set(i, candidates.reduce((a, b) => (named[b]!.get(back)! < named[a]!.get(back)! ? b : a)));
      return;
    }
  });
  return referents;
}
