/**
 * Names and their other names, as the story gives them: each person or body the knowledge layer
 * found (its name, aliases and role: a title such as "the mayor" stands for them) and each story.json
 * alias list is one group. A passage that names a group's member by any of its names mentions the
 * group; so does a question.
 */
import type { Story } from '../knowledge/story.js';
import { isStopword, tokenize } from './terms.js';

export interface AliasGroup {
  /** Each name as a sequence of terms ("prime minister" → ["prime", "minist"]). */
  names: string[][];
  /** The names' words as written (lower case), for typo correction. */
  words: string[];
  /** Passages the knowledge layer says mention the group... */
  passages: number[];
  /** ...and where it says a pronoun stands for them (the one resolution of pronouns, the knowledge layer's). */
  pronouns: number[];
  /** A person: "he" or "she" in a later sentence may stand for them. */
  person: boolean;
  /** The knowledge layer's entity the group is, when it is one (not a story.json alias list). */
  entity?: string;
}

/**
 * Alias groups of a story. A name alone, with nothing else to call it, makes no group, except a
 * person's: pronouns may stand for them.
 */
export function aliasGroups(story: Story): AliasGroup[] {
  const groups: AliasGroup[] = [];
  const add = (names: string[], passages: number[], pronouns: number[], person: boolean, entity?: string) => {
    const tokens = names.map((n) => tokenize(n)).filter((t) => t.length > 0);
    const unique = [...new Map(tokens.map((t) => [t.map((x) => x.term).join(' '), t.map((x) => x.term)])).values()];
    const words = [...new Set(tokens.flat().filter((t) => !isStopword(t) && !t.numeric).map((t) => t.word))];
    if (unique.length > 1 || (person && unique.length > 0)) groups.push({ names: unique, words, passages, pronouns, person, ...(entity && { entity }) });
  };
  for (const entity of story.entities) {
    add([entity.name, ...entity.aliases, ...(entity.role ? [entity.role] : [])], entity.passages, entity.pronouns, entity.kind === 'person', entity.id);
  }
  for (const [name, others] of Object.entries(story.meta.aliases ?? {})) add([name, ...others], [], [], false);
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
