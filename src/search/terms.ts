/**
 * Words of a text as the index sees them: lower case, without accents or apostrophes, stemmed
 * (Porter2), with initials ("U.S.") and isolated capitals ("US", "UNESCO") kept apart from the
 * function words they spell.
 */
import stemmer from 'wink-porter2-stemmer';
import { scanWords } from '../knowledge/tokens.js';
import { FUNCTION_WORDS } from '../knowledge/vocabulary.js';
import { isCommonWord } from '../knowledge/word-counts.js';
import SYNONYMS from './synonyms.json' with { type: 'json' };
import { acronymTerm, countryTerm, derivedTerm, familyTerm, synonymTerm } from './term-kinds.js';
import { FAMILIES, IRREGULAR } from './word-families.js';
import { wordTable } from './word-table.js';
import { COUNTRY_CAPITALS, COUNTRY_NAMES } from '../knowledge/countries.js';

export interface Token {
  /** Lower case, no accents, no apostrophes, no possessive 's: the form typed and looked up. */
  word: string;
  /** What matching compares: the Porter2 stem of `word` (acronyms and numbers as they are). */
  term: string;
  /** Index in the text's token sequence. */
  pos: number;
  /** Written with a capital letter first. */
  capital: boolean;
  /** Initials or a short word in capitals among lower-case words: never a function word. */
  acronym: boolean;
  /** Written with digits. */
  numeric: boolean;
  /** Offsets of the word as written in the tokenized text. */
  start: number;
  end: number;
}

const SIGN_WORDS: Readonly<Record<string, string>> = wordTable({ '%': 'percent', $: 'dollar', '£': 'pound', '€': 'euro' });
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** The caches below forget everything past this many entries: questions bring new words forever. */
const MAX_REMEMBERED = 200_000;

const stems = new Map<string, string>();
/** Longer than the longest English words in use ("counterrevolutionaries", 22 letters), with room to spare. */
const LONGEST_WORD = 40;

/**
 * The Porter2 (Snowball English) stem of a lower-case word, remembered (the vocabulary of stories is small). Porter2, not
 * the first Porter algorithm, keeps apart words news English uses often: "news" and "new", "general" and "generate",
 * "community" and "communism", and reads "dying" as "die".
 */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // (A "word" longer than any English one is no word to stem, and the stemmer's time grows with the square of its length.)
    s = word.length <= LONGEST_WORD && /^\p{L}+$/u.test(word) ? stemmer(word) : word;
    if (stems.size >= MAX_REMEMBERED) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** What a lower-case word is matched by: the stem of its verb when irregular ("began" → "begin"). */
export function termOf(word: string): string {
  return stem(IRREGULAR[word] ?? word);
}

/** Whether a token is a word whose stem may differ from it (not a number, initials or an acronym). */
export function isStemmed(token: Token): boolean {
  return !token.numeric && !token.acronym && /^\p{L}+$/u.test(token.word);
}

const familiesByTerm = new Map<string, { term: string; weight: number }[]>();
FAMILIES.forEach((family, f) => {
  for (const term of new Set(family.words.map(termOf))) {
    const list = familiesByTerm.get(term) ?? [];
    list.push({ term: familyTerm(f), weight: family.weight });
    familiesByTerm.set(term, list);
  }
});

/**
 * Matches through WordNet (synonyms.json, built by scripts/build-synonyms.ts) are looser than the
 * hand-made families: a frequent sense of one word may be a rare one of the other. Weights
 * chosen on the development questions (scripts/tune.ts): results hold from 0.2 to 0.4 and 0.5 to 0.8.
 */
const WORDNET_SYNONYM_WEIGHT = 0.3;
const WORDNET_DERIVED_WEIGHT = 0.7;

function addGroups(groups: Readonly<Record<string, readonly number[]>>, termOfGroup: (group: number) => string, weight: number): void {
  for (const [term, ids] of Object.entries(groups)) {
    const list = familiesByTerm.get(term) ?? [];
    for (const g of ids) list.push({ term: termOfGroup(g), weight });
    familiesByTerm.set(term, list);
  }
}
addGroups(SYNONYMS.groups, synonymTerm, WORDNET_SYNONYM_WEIGHT);
addGroups(SYNONYMS.derived, derivedTerm, WORDNET_DERIVED_WEIGHT);

/** Abbreviations and what they stand for ("pm": "prime minister"), from WordNet. */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = wordTable(SYNONYMS.abbreviations);

const PHRASAL: Readonly<Record<string, readonly string[]>> = wordTable(SYNONYMS.phrasal);
const PHRASAL_TERMS: Readonly<Record<string, readonly string[]>> = wordTable(Object.fromEntries(Object.entries(SYNONYMS.phrasal).map(([key, words]) => [key, words.map(termOf)])));

/** The single words a phrasal verb means ("step down": "quit"; "call off": "cancel"), from WordNet; empty for no phrasal verb. */
export function phrasalWords(verbTerm: string, particle: string): readonly string[] {
  return PHRASAL[`${verbTerm} ${particle}`] ?? [];
}

/** The terms of the single words a phrasal verb means, from WordNet; empty for no phrasal verb. */
export function phrasalTerms(verbTerm: string, particle: string): readonly string[] {
  return PHRASAL_TERMS[`${verbTerm} ${particle}`] ?? [];
}

/** A country and its demonym ("France", "French") name one thing: nearly as good as the word itself. */
const COUNTRY_WEIGHT = 0.8;
const countryWords = COUNTRY_NAMES.map((names) => names.map(normalizeWord));

/** Every country name and demonym of one word, as a word ("france", "french"). */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(countryWords.flat());

const countryGroups: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
countryWords.forEach((words, i) => {
  const terms = new Set(words.map(termOf));
  if (terms.size > 1) for (const t of terms) (countryGroups[t] ??= []).push(i);
});
addGroups(countryGroups, countryTerm, COUNTRY_WEIGHT);

/**
 * A story's capital stands for its country, less surely than the country's own names: "the Lusaka-based company" is a
 * Zambian one, but a capital is also where talks are held ("talks in Minsk"). One way only: "zambian" finds "Lusaka",
 * but "Windhoek" in a question asks for the city, which "Namibian" does not name. (Not a capital that is an everyday
 * word: "Malé" is "male".)
 */
const CAPITAL_WEIGHT = 0.5;
const capitalGroups: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
const capitals = new Map<string, string>();
COUNTRY_CAPITALS.forEach((capital, i) => {
  const word = capital === undefined ? undefined : normalizeWord(capital);
  if (word === undefined || isCommonWord(word)) return;
  const group = countryWords.length + i;
  const terms = new Set(countryWords[i]!.map(termOf));
  if (terms.size === 0 || terms.has(termOf(word))) return;
  capitals.set(termOf(word), countryTerm(group));
  for (const t of terms) (capitalGroups[t] ??= []).push(group);
});
addGroups(capitalGroups, countryTerm, CAPITAL_WEIGHT);

/** The term a story's capital ("lusaka") is indexed under besides its own, which its country's names find ("zambian"); none for another word. */
export function capitalOf(term: string): string | undefined {
  return capitals.get(term);
}

/** The word families a term belongs to, each as its own term with the family's weight. */
export function familiesOf(term: string): readonly { term: string; weight: number }[] {
  return familiesByTerm.get(term) ?? [];
}

/** Lower case, accents and apostrophes off, a possessive 's dropped. */
export function normalizeWord(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’.]/g, '');
}

/** What a written form says, whatever its neighbours: remembered, as stories repeat their words. */
interface Form {
  word: string;
  term: string;
  capital: boolean;
  numeric: boolean;
  dotted: boolean;
  caps: boolean;
}

const forms = new Map<string, Form>();

function form(raw: string): Form {
  let f = forms.get(raw);
  if (!f) {
    const numeric = /^\p{N}/u.test(raw);
    const dotted = /^(?:\p{Lu}\.){2,}$/u.test(raw);
    const word = SIGN_WORDS[raw] ?? (numeric ? raw.replace(/,/g, '').toLowerCase() : normalizeWord(raw));
    f = { word, term: numeric || dotted ? word : termOf(word), capital: /^\p{Lu}/u.test(raw), numeric, dotted, caps: ALL_CAPS.test(raw) };
    if (forms.size >= MAX_REMEMBERED) forms.clear();
    forms.set(raw, f);
  }
  return f;
}

/**
 * Texts read lately and their words: the answer step reads the same few passages and names for every
 * question. Bounded, so that a thousand stories asked about cannot keep every passage's words.
 */
const TOKENIZED_KEPT = 2048;
const tokenized = new Map<string, readonly Token[]>();

/**
 * The words of a text as the index sees them: the scanner's words, a hyphenated one as its parts ("Saint", "Étienne").
 * `keep`: false for a text read once (a question), which would only push the passages out of those kept.
 */
export function tokenize(text: string, keep = true): readonly Token[] {
  let tokens = tokenized.get(text);
  if (!tokens) {
    tokens = scan(text);
    if (!keep) return tokens;
    if (tokenized.size >= TOKENIZED_KEPT) tokenized.clear();
    tokenized.set(text, tokens);
  }
  return tokens;
}

function scan(text: string): Token[] {
  const matches: { text: string; start: number }[] = [];
  for (const m of scanWords(text)) {
    if (!m[0].includes('-')) matches.push({ text: m[0], start: m.index });
    else for (const part of m[0].matchAll(/[^-]+/g)) matches.push({ text: part[0], start: m.index + part.index });
  }
  const found = matches.map((m) => form(m.text));
  return found.map((f, pos) => {
    // A run of capitals is shouting, not a name: "DO NOT ENTER".
    const acronym = f.dotted || (f.caps && !found[pos - 1]?.caps && !found[pos + 1]?.caps);
    const { start, text: written } = matches[pos]!;
    return { word: f.word, term: acronym ? acronymTerm(f.word) : f.term, pos, capital: f.capital, acronym, numeric: f.numeric, start, end: start + written.length };
  });
}

/** A function word: it tells nothing about which passage answers. */
export function isStopword(token: Token): boolean {
  return !token.acronym && FUNCTION_WORDS.has(token.word);
}

/** Where the word before position `at` stands, passing over a "the" there: "for the pensioners", "according to the agency". */
export function beforeThe(words: readonly (Token | string)[], at: number): number {
  const word = words[at - 1];
  return (typeof word === 'string' ? word : word?.word) === 'the' ? at - 2 : at - 1;
}
