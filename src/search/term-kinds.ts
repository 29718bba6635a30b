/**
 * The kinds of term the index numbers (src/search/dictionary.ts). A word's term is its stem
 * (numbers as they are); every other kind is made up, marked by a sign no stem starts with, so
 * that no kind clashes with another. Terms are made here and read back here, nowhere else.
 */

export type TermKind =
  /** A word's stem, or a number: what most matching compares. */
  | 'stem'
  /** A word exactly as written, lower case: closer evidence than its stem ("organism", "organization": "organ"). */
  | 'exact'
  /** Initials or an acronym ("U.S.", "UNESCO"): apart from any word's stem ("us" of "use"). */
  | 'acronym'
  /** A hand-made word family (src/search/word-families.ts). */
  | 'family'
  /** A WordNet synonym group, and a WordNet derivation group (src/search/synonyms.json). */
  | 'synonym'
  | 'derived'
  /** A country with its demonyms ("France", "French"). */
  | 'country'
  /** The names of one of a story's people or bodies (its alias group). */
  | 'alias'
  /** A pronoun that stands for a person of an alias group ("she" after "Ida Sorensen"). */
  | 'pronoun';

export function exactTerm(word: string): string {
  return `=${word}`;
}

export function acronymTerm(word: string): string {
  return `^${word}`;
}

export function familyTerm(family: number): string {
  return `~${family}`;
}

export function synonymTerm(group: number): string {
  return `~w${group}`;
}

export function derivedTerm(group: number): string {
  return `~d${group}`;
}

export function countryTerm(group: number): string {
  return `~c${group}`;
}

/** The term that stands for alias group `g` of a story. */
export function groupTerm(g: number): string {
  return `@${g}`;
}

export function pronounTerm(g: number): string {
  return `@${g}'`;
}

/** The kind of a term made by the functions above (a stem otherwise). */
export function termKind(term: string): TermKind {
  switch (term[0]) {
    case '=':
      return 'exact';
    case '^':
      return 'acronym';
    case '@':
      return term.endsWith("'") ? 'pronoun' : 'alias';
    case '~':
      return term[1] === 'w' ? 'synonym' : term[1] === 'd' ? 'derived' : term[1] === 'c' ? 'country' : 'family';
    default:
      return 'stem';
  }
}

/** A term of a word as written (its stem, a number, the word itself, an acronym), as opposed to a group's. */
export function isWord(term: string): boolean {
  const kind = termKind(term);
  return kind === 'stem' || kind === 'exact' || kind === 'acronym';
}
