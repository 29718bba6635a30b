/**
 * The kind of answer a question wants (when → a date, who → a name, how many → a number, where → a
 * place, why → a reason, which outlet → a source) and the kinds a passage can give, each with the
 * words that give it, so that a passage only counts as giving a date when it holds one the
 * question does not already name.
 */
import type { Story } from '../knowledge/story.js';
import {
  type AnswerKind,
  ARTICLES,
  AUXILIARIES,
  DATE_WORDS,
  EMPHASIS_WORDS,
  FRAME_NOUNS,
  HOW_NUMBER,
  KIND_OF_NOUN,
  type Measure,
  AMOUNTS,
  scaledCurrency,
  speedUnit,
  MEASURE_OF_HOW,
  MEASURE_OF_NOUN,
  MEASURE_WORDS,
  MONEY_VERBS,
  SHARE_NOUNS,
  SIZE_WORDS,
  CHANGE_VERBS,
  CHANGE_WORDS,
  COPULAS,
  KIND_OF_QUESTION_WORD,
  QUESTION_WORDS as QUESTION_WORDS_SET,
  MONTHS,
  NUMBER_WORDS,
  PLACE_PREPOSITIONS,
  REASON_WORDS,
  WEEKDAYS,
} from './english.js';
import { beforeThe, isStopword, termOf, type Token, tokenize } from './terms.js';
import { IRREGULAR } from './word-families.js';
import { FUNCTION_WORDS, PREPOSITIONS, ROLE_TITLES, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from '../knowledge/vocabulary.js';
import { isPersonNoun } from '../knowledge/grammar.js';
import { isCommonWord } from '../knowledge/word-counts.js';
import { NAME_PARTICLES } from '../knowledge/name-kind.js';

/** The kinds of answer the contract names (docs/contracts.md: `answer.kind`). */
export type SpanKind = 'date' | 'person' | 'number' | 'place' | 'source' | 'phrase';

export type { AnswerKind } from './english.js';

export interface WantedKind {
  kind?: AnswerKind;
  /** What the number asked for measures, when the question says ("what percentage", "how far"). */
  measures?: readonly Measure[];
  /**
   * What a plain "how much" most likely asks ("how much did germany chip in"): an amount of some measure, not a count of
   * things. The ranking prefers passages that give one; the answer words may still be a bare number ("sold 5 million").
   */
  prefers?: readonly Measure[];
  /** Position of a noun that only frames the question ("year" in "what year", "kind" in "what kind of"). */
  noun?: number;
  /** Position of the noun a "what/which NOUN" question asks about when it fixes no kind ("base" in "what military base"). */
  head?: number;
  /** "which analyst": the question asks for someone by a noun for people. */
  human?: boolean;
}

/** Plural endings and their singulars: "counties" county, "churches" church, "players" player. */
const SINGULAR: readonly [RegExp, string][] = [
  [/ies$/, 'y'],
  [/(ch|sh|x|ss)es$/, '$1'],
  [/s$/, ''],
];

/** A plural's singular ("counties" county), or the word itself. */
export function singularOf(noun: string): string {
  const rule = SINGULAR.find(([plural]) => plural.test(noun));
  return rule ? noun.replace(rule[0], rule[1]) : noun;
}

/** Nouns for people that are not titles: "which player", "which defendant". */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `player defendant witness victim suspect survivor resident candidate member author artist singer actor athlete
  striker defender midfielder goalkeeper driver pilot doctor nurse teacher student worker farmer journalist reporter`.split(/\s+/),
);

/** The kind of answer a noun asks for, as written or in the singular ("which counties": a place). */
function kindOfNoun(noun: string): AnswerKind | undefined {
  return KIND_OF_NOUN[noun] ?? KIND_OF_NOUN[singularOf(noun)];
}

/** A role or a noun for people, in the singular ("which defendant", "the coaches"): a question about it asks for a person. */
function namesPerson(noun: string): boolean {
  const one = singularOf(noun);
  return ROLE_TITLES.has(one) || PERSON_NOUNS.has(one);
}

/** Endings of words that are no plural nor possessive of a shorter word: "boss", "bus", "crisis". */
const NOT_ADDED_S = /(?:ss|us|is)$/;

/**
 * Positions of the words a question writes as owners: "the governor's wife", "the authorities' plan"
 * or, the apostrophe dropped as readers type, "the water authoritys spokeswoman" (English writes no
 * plural of a consonant and "y" so), "maria lopezs age" (no word, though the word without its "s"
 * is), "the fire chiefs age" (a plural before a singular noun for a person or for the kind of
 * thing asked, that ends the phrase, owns it). `known`: whether the story or English uses a word.
 */
export function possessives(text: string, tokens: readonly Token[], known: (word: string) => boolean): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (!next || isStopword(t) || t.numeric || QUESTION_WORDS_SET.has(t.word) || isStopword(next) || QUESTION_WORDS_SET.has(next.word) || next.numeric) return;
    if (/['’]s?$/.test(text.slice(t.start, t.end))) {
      out.add(i);
      return;
    }
    const word = t.word;
    if (word.length < 4 || !word.endsWith('s') || NOT_ADDED_S.test(word)) return;
    const stem = word.slice(0, -1);
    if (!known(stem)) return;
    const last = tokens[i + 2] === undefined || isStopword(tokens[i + 2]!);
    // ("faridas kids": nouns for people in the plural too.)
    const asked = (singularOf(next.word) === next.word && (isPersonNoun(next.word) || KIND_OF_NOUN[next.word] !== undefined || MEASURE_OF_NOUN[next.word] !== undefined)) || isPersonNoun(singularOf(next.word));
    if (/[^aeiou]ys$/.test(word) || !known(word) || (last && asked)) out.add(i);
  });
  return out;
}

const MONEY_TERMS: ReadonlySet<string> = new Set([...MONEY_VERBS].map(termOf));

/** Verbs of paying whose object is a sum: "what did it cost them", "what are they paying", "what does a nurse earn". */
const PAYING_VERBS: ReadonlySet<string> = new Set(
  `cost costs pay pays paid paying earn earns earned earning`.split(/\s+/),
);

/** Words that open a phrase or a clause of their own within a subject: "the connection used to pay", "the way of paying". */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['to', 'by', 'for', 'with', 'that', 'which', 'who', 'when', 'where']);
const MAKE = termOf('make');
/** Verbs of moving along, whose "how fast" is a speed: "how fast was the bus going" ("goin", as readers drop the "g"). */
const MOTION_TERMS: ReadonlySet<string> = new Set(`go travel move run fly drive sail ride swim race spin blow`.split(/\s+/).map(termOf));

/**
 * What the question asks for, from its first question word: "when", "who", "where", "how many",
 * "what year", "in which city". `words` are the question's words, typos already corrected;
 * `owners`, the positions of words it writes as owners ("the fire chiefs age": "chiefs").
 */
export function wantedKind(words: readonly string[], owners: ReadonlySet<number> = new Set(), isName: (word: string) => boolean = () => false): WantedKind | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const direct = KIND_OF_QUESTION_WORD[word];
    if (direct) return { kind: direct };
    if (word === 'how') {
      const next = words[i + 1];
      if (next === undefined || !HOW_NUMBER.has(next)) return undefined;
      // "how much time did the climb cost runners": a length of time, whatever verb of paying it is told with.
      if (next === 'much' && words[i + 2] === 'time') return { kind: 'number', measures: ['time'] };
      // ("how much did the tour make in dollars": a currency named is money too.)
      // ("how much r they paying": any form of a verb of paying; "how much does a teacher make": making, after an auxiliary, is earning.)
      const earns = AUXILIARIES.has(words[i + 2] ?? '') && words.some((w) => termOf(w) === MAKE);
      // ("how much did the house go for", "how much is the painting insured for": what a thing goes for is a price; not "how much land
      // did they fight for", an amount of the noun after "much".)
      const priced = words.at(-1) === 'for' && (AUXILIARIES.has(words[i + 2] ?? '') || COPULAS.has(words[i + 2] ?? ''));
      // ("how much do shareholders get per share", "for each share": after an auxiliary, a sum for each of a thing that is no
      // time is a price; not "how much does each element weigh".)
      const perUnit = (AUXILIARIES.has(words[i + 2] ?? '') || COPULAS.has(words[i + 2] ?? '')) && words.some((w, k) => (w === 'per' || (w === 'each' && words[k - 1] === 'for')) && k > i + 2 && words[k + 1] !== undefined && !MEASURE_WORDS.time.has(words[k + 1]!));
      const money = next === 'much' && (earns || priced || perUnit || words.some((w) => MONEY_TERMS.has(termOf(w)) || w === 'money' || MEASURE_WORDS.money.has(w)));
      const share = next === 'much' && words.some((w) => SHARE_NOUNS.has(w) || CHANGE_WORDS.has(w));
      // "how long ago": a time before now, not a length; "how long will they stay", "how long did it take": an action's
      // length is a time ("how long is the bridge" may be either).
      const ago = next === 'long' && (words[i + 2] === 'ago' || AUXILIARIES.has(words[i + 2] ?? ''));
      // "how fast were they going", "how fast can the heron fly": a speed, not the time some leg took ("52 seconds ahead").
      const moving = next === 'fast' && words.slice(i + 2).some((w) => MOTION_TERMS.has(termOf(w)) || (/in$/.test(w) && MOTION_TERMS.has(termOf(`${w}g`))));
      const measures = money ? (share ? (['money', 'percent'] as const) : (['money'] as const)) : ago ? (['time'] as const) : moving ? (['speed'] as const) : MEASURE_OF_HOW[next];
      if (measures) return { kind: 'number', measures };
      // (Not a change or a comparison, "how much cheaper is it": "a third of the price" says how much.)
      // ("how big is the ship": a size, of any measure but time.)
      if (SIZE_WORDS.has(next)) return { kind: 'number', prefers: AMOUNTS.filter((m) => m !== 'time') };
      return next === 'much' && !share ? { kind: 'number', prefers: AMOUNTS } : { kind: 'number' };
    }
    if (word === 'what' || word === 'which' || word === 'whats') {
      // The noun the question asks about: "what year", "what is the name of", "which kind of".
      // ("what exactly did he hand her": an emphasis is no noun.)
      let j = EMPHASIS_WORDS.has(words[i + 1] ?? '') ? i + 2 : i + 1;
      while (j < words.length && FUNCTION_WORDS.has(words[j]!)) j++;
      let noun = words[j];
      if (noun === undefined) return undefined;
      // "whats the necklace worth", "what did the repairs cost": a sum of money.
      if (words.at(-1) === 'worth' || words.at(-1) === 'cost') return { kind: 'number', measures: ['money'] };
      // "wat did the blackouts cost the factories", "wat r they paying per share", "what do teachers earn now": a verb of
      // paying after the question's auxiliary and its subject asks for a sum of money, as "how much" would (not "what did
      // they pay for", which asks what was bought).
      // (An auxiliary or a copula, "r" as readers type "are"; the verb the question's own, after a plain subject: not "what was
      // the method used to pay", "what was the way of paying".)
      const paying = words.findIndex((w, k) => k > i + 2 && PAYING_VERBS.has(w));
      const auxiliary = AUXILIARIES.has(words[i + 1] ?? '') || COPULAS.has(words[i + 1] ?? '') || words[i + 1] === 'r';
      const plain = words.slice(i + 2, paying).every((w) => !CLAUSE_WORDS.has(w) && !/ed$/.test(w));
      if (auxiliary && paying > 0 && plain && !PREPOSITIONS.has(words.at(-1)!)) return { kind: 'number', measures: ['money'] };
      // "what did the mayor eat": a noun after an auxiliary is the verb's subject, not the kind asked for.
      if (words.slice(i + 1, j).some((w) => AUXILIARIES.has(w))) return undefined;
      // "what were analysts predicting", "what was the driver doing": so is one after a copula, before a verb in "-ing".
      // (Not an owner's noun in "-ing": "what was the album's ranking".)
      if (words.slice(i + 1, j).some((w) => COPULAS.has(w)) && !owners.has(j) && /ing$/.test(words[j + 1] ?? '') && (words[j + 1]?.length ?? 0) > 4) return undefined;
      // "whats the mayors salary": after "what ... the", a role's possessive (its apostrophe dropped) owns the noun
      // asked about; "which ministers voted" asks for ministers.
      const owned = words[j + 1];
      const possessive = word !== 'which' && words[j - 1] === 'the' && noun !== singularOf(noun) && ROLE_TITLES.has(singularOf(noun));
      if (possessive && owned !== undefined && !FUNCTION_WORDS.has(owned) && !QUESTION_WORDS_SET.has(owned)) noun = words[++j]!;
      else if (!kindOfNoun(noun)) {
        // "whats the fire chiefs age", "what is maria lopezs age": the noun an owner owns, ending the phrase, is the one asked about.
        let k = j;
        while (k + 1 < words.length && !owners.has(k) && !FUNCTION_WORDS.has(words[k + 1]!) && !QUESTION_WORDS_SET.has(words[k + 1]!)) k++;
        const ends = words[k + 2] === undefined || FUNCTION_WORDS.has(words[k + 2]!);
        if (owners.has(k) && words[k + 1] !== undefined && ends) noun = words[(j = k + 1)]!;
      }
      // "which castlegate player", "what kenyan county": a first word of no kind may qualify the noun after it.
      const kindOf = (w: string) => kindOfNoun(w) ?? (namesPerson(w) ? 'name' : undefined);
      const next = words[j + 1];
      if (!kindOf(noun) && !FRAME_NOUNS.has(noun) && next !== undefined && !FUNCTION_WORDS.has(next) && !QUESTION_WORDS_SET.has(next) && kindOf(next)) noun = words[++j]!;
      // "whats the share price", "what interest rate": of nouns of a kind written together the last is the one asked
      // about, which the others qualify (a share price is money, not a share), and keeps their measure where it names
      // none ("a price target" is money).
      let measures = MEASURE_OF_NOUN[noun];
      while (kindOfNoun(noun) && kindOfNoun(words[j + 1] ?? '')) {
        noun = words[++j]!;
        measures = MEASURE_OF_NOUN[noun] ?? measures;
      }
      // "which counties", "which defendant": the kind of a plural's singular; a role asks for a person.
      const kind = kindOfNoun(noun);
      // A role or a person is what the question is about, not a frame: it stays one of its words.
      // ("which analyst": someone by a noun for people, whom no body is; not "which rival company", whose noun comes after.)
      if (!kind && namesPerson(noun)) return kindOfNoun(words[j + 1] ?? '') === undefined ? { kind: 'name', human: true } : { kind: 'name' };
      if (kind) return measures ? { kind, noun: j, measures } : { kind, noun: j };
      if (FRAME_NOUNS.has(noun)) return { noun: j };
      // "whats the french pm's name": the name asked for comes last.
      const last = words.length - 1;
      if (words[last] === 'name' || words[last] === 'called') return { kind: 'name', noun: last };
      // "what military base did they use": the noun right after the question word (or "other"), before any function word.
      // ("which other club" still asks for one of a kind, named.)
      if (j !== i + 1 && !(j === i + 2 && words[i + 1] === 'other' && word !== 'which')) return undefined;
      let k = j;
      // ("wat village got hit": an irregular verb's past form ends the noun phrase too; "-ed" forms were tried, and cost dev-squad hit@1.
      // "which union represents the crew", "which family owns serra azul": so does a word in "-s" or "-ing" before an article
      // or a name the story gives, a verb with its object.)
      const presentVerb = (at: number) => /(?:[^s]s|ing)$/.test(words[at]!) && (ARTICLES.has(words[at + 1] ?? '') || isName(words[at + 1] ?? ''));
      while (k + 1 < words.length && !FUNCTION_WORDS.has(words[k + 1]!) && !QUESTION_WORDS_SET.has(words[k + 1]!) && IRREGULAR[words[k + 1]!] === undefined && !presentVerb(k + 1)) k++;
      return { head: k };
    }
  }
  return undefined;
}

/**
 * Each kind of answer a passage offers, and what its numbers measure: the answers, each as the ids of
 * the terms that spell it; `placed`, the places that stand after "in", "at", "near" there ("at
 * Riverside Park"), not only before a noun ("the Montana summit"); `clock`, the times of day ("at 4:10 p.m.", "before dawn").
 */
export type Offers = Partial<Record<Offered, number[][]>>;
type Offered = AnswerKind | Measure | 'placed' | 'clock' | 'change';

/** Times of day by name: "before dawn", "at midnight". */
export const TIMES_OF_DAY: ReadonlySet<string> = new Set(['dawn', 'dusk', 'midnight', 'noon', 'midday', 'sunrise', 'sunset', 'nightfall', 'daybreak']);

const MEASURES = Object.entries(MEASURE_WORDS) as [Measure, ReadonlySet<string>][];

/** What a number measures, from the words after it ("40 percent", "40 per cent", "3 km", "five years") or, for money, before it ("$5"). */
function measuresOf(tokens: readonly Token[], i: number): Measure[] {
  const after = [tokens[i + 1], tokens[i + 2]].filter((t): t is Token => t !== undefined).map((t) => t.word);
  const before = tokens[i - 1]?.word;
  const perCent = after[0] === 'per' && after[1] === 'cent';
  const measures = MEASURES.filter(
    ([m, words]) =>
      after.some((w) => words.has(w)) ||
      (m === 'money' && ((before !== undefined && words.has(before)) || scaledCurrency(after[1], after[0]))) ||
      (m === 'percent' && perCent),
  ).map(([m]) => m);
  const unit = tokens.slice(i + 1, i + 4).map((t) => t.word);
  return speedUnit(unit, 0) ? [...measures, 'speed'] : measures;
}

export const YEAR = /^(?:1\d{3}|20\d{2})s?$/;
/** Words that name a day without a date. */
export const DAY_WORDS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);

function offer(offers: Offers, kind: Offered, terms: number[]): void {
  if (terms.length > 0) (offers[kind] ??= []).push(terms);
}

/** A word with a capital that may be (part of) a name: not a function word ("Despite"), a month or a weekday. */
function capitalised(t: Token): boolean {
  return t.capital && !t.numeric && !SENTENCE_OPENERS.has(t.word) && !MONTHS.has(t.word) && !WEEKDAYS.has(t.word);
}

/**
 * Small words that may stand inside a name, in lower case between its capitalised words: "University of Copenhagen",
 * "Dar es Salaam", "Ortega y Gasset", and the surname particles the knowledge layer knows ("Charles de Gaulle").
 */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'la', 'le', 'el', 'es', 'des', 'y', ...NAME_PARTICLES]);

/**
 * Runs of capitalised words (joined by "of", "de"...) in a passage's tokens, as [start, end) positions;
 * `answer`: the answer's words, where "&" joins them too and an initial of any letter is a name's word (ranking reads
 * the parts as names of their own).
 */
export function capitalRuns(tokens: readonly Token[], text: string, answer = false): readonly [number, number][] {
  // Kept for the tokens (a passage's, as tokenize keeps them): the answer step reads the same passages for every question.
  const kept = RUNS_KEPT[answer ? 1 : 0];
  let runs = kept.get(tokens);
  if (!runs) kept.set(tokens, (runs = findRuns(tokens, text, answer)));
  return runs;
}

const RUNS_KEPT = [new WeakMap<readonly Token[], readonly [number, number][]>(), new WeakMap<readonly Token[], readonly [number, number][]>()] as const;

/**
 * Whether the full stop between tokens `k - 1` and `k` is an initial's or an abbreviated title's, which ends no name nor
 * sentence: "John C. Messenger", "M. Theo Kearney", "Rev. John Jenkins".
 */
export function abbreviationStop(tokens: readonly Token[], text: string, k: number): boolean {
  const before = tokens[k - 1]!;
  return /^\.\s+$/.test(text.slice(before.end, tokens[k]!.start)) && (/^\p{Lu}$/u.test(text.slice(before.start, before.end)) || TITLE_ABBREVIATIONS.has(before.word));
}

function findRuns(tokens: readonly Token[], text: string, answer: boolean): [number, number][] {
  const runs: [number, number][] = [];
  const gap = (k: number) => text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  const joins = (k: number) => /^[\s\-‑]*$/.test(gap(k)) || abbreviationStop(tokens, text, k);
  // "Square d'Orléans", "L'Aquila": a name's word after an elided article is a name's word too; "Tsepon W. D. Shakabpa": and,
  // in the answer's words, an initial, whatever word its letter spells.
  const named = (k: number) =>
    capitalised(tokens[k]!) || /^\p{Ll}{1,3}['’]\p{Lu}/u.test(text.slice(tokens[k]!.start, tokens[k]!.end)) || (answer && k + 1 < tokens.length && tokens[k]!.capital && abbreviationStop(tokens, text, k + 1));
  for (let i = 0; i < tokens.length; i++) {
    if (!named(i)) continue;
    let j = i + 1;
    for (;;) {
      if (j < tokens.length && named(j) && joins(j)) j++;
      // "C&A", "Procter & Gamble": an ampersand joins the parts of one name, where the answer step asks.
      else if (answer && j < tokens.length && tokens[j]!.capital && /^\s*&\s*$/.test(gap(j))) j++;
      // "Kang Min-jae": a part in lower case hyphened onto a name is the name's, unless it is an English word ("Tarvan-ruled").
      else if (j < tokens.length && hyphenedAt(tokens, text, j) && /^\p{Ll}+$/u.test(tokens[j]!.word) && !isCommonWord(tokens[j]!.word)) j++;
      else if (j + 1 < tokens.length && NAME_JOINERS.has(tokens[j]!.word) && capitalised(tokens[j + 1]!) && /^\s+$/.test(gap(j))) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j - 1;
  }
  return runs;
}

/**
 * Words that belong to a name of two words or more somewhere in the story ("Jonah Reyes"): such a
 * word alone elsewhere ("Reyes scored") still names someone, even first in a sentence.
 */
export function nameWords(passages: readonly { text: string; tokens: readonly Token[] }[]): Set<string> {
  const words = new Set<string>();
  for (const { text, tokens } of passages) {
    for (const [start, end] of capitalRuns(tokens, text)) {
      if (end - start > 1) for (let i = start; i < end; i++) words.add(tokens[i]!.word);
    }
  }
  return words;
}

function contentTerms(text: string, id: (term: string) => number): number[] {
  return tokenize(text)
    .filter((t) => !isStopword(t))
    .map((t) => id(t.term));
}

/** Words that place a period relative to the time of writing ("last week", "in the coming days"), and the periods. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'coming', 'past', 'recent']);
const RELATIVE_PERIODS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'days', 'weeks', 'months', 'years']);
/** Words before such a period that are part of it: "earlier this month", "the coming days", "late last year". */
const RELATIVE_LEADERS: ReadonlySet<string> = new Set(['the', 'earlier', 'later', 'early', 'late']);

/**
 * "last week", "earlier this month", "in the coming days": a period told from the time of writing, which the story's
 * dates (knowledge/dates.ts) resolve only at month or year precision. Its first token and the token after it, or
 * undefined when no such period opens at `i`.
 */
export function relativePeriodAt(tokens: readonly Token[], i: number): [number, number] | undefined {
  if (!RELATIVE_OPENERS.has(tokens[i]?.word ?? '') || !RELATIVE_PERIODS.has(tokens[i + 1]?.word ?? '')) return undefined;
  // ("the past week", "in recent weeks", "the coming days": those openers only with a plural or after "the".)
  const loose = tokens[i]!.word === 'coming' || tokens[i]!.word === 'past' || tokens[i]!.word === 'recent';
  if (loose && tokens[i - 1]?.word !== 'the' && !tokens[i + 1]!.word.endsWith('s')) return undefined;
  let from = i;
  while (from > 0 && from > i - 2 && RELATIVE_LEADERS.has(tokens[from - 1]!.word)) from--;
  return [from, i + 2];
}

/**
 * "7 a.m.", "9pm", "10:30 p.m.", "six o'clock", "at 5:40 local time", "until 19:25": a time of day, which counts and
 * measures nothing. The index of the token after it, or 0 when the token at `i` is no number or the number is none.
 */
export function timeOfDayEnd(tokens: readonly Token[], i: number, text: string): number {
  const t = tokens[i];
  if (!t || !(t.numeric || NUMBER_WORDS.has(t.word))) return 0;
  let k = i + 1;
  while (tokens[k]?.numeric && tokens[k]!.start - tokens[k - 1]!.end === 1) k++;
  const next = tokens[k]?.word;
  if (/^\d+(?:am|pm)$/.test(tokens[k - 1]!.word)) return k;
  if (next === 'oclock' || next === 'am' || next === 'pm') return k + 1;
  if ((next === 'a' || next === 'p') && tokens[k + 1]?.word === 'm' && tokens[k + 1]!.start - tokens[k]!.end === 1) return k + 2;
  // Hours and minutes joined by a colon, the 24-hour clock news English writes ("5:40", "19:25"); not a time of
  // hours, minutes and seconds ("2:03:59"), nor a ratio ("1:50,000").
  const minutes = tokens[i + 1];
  const colon = k === i + 2 && text.slice(t.end, minutes!.start) === ':';
  return colon && /^\d{1,2}$/.test(t.word) && Number(t.word) <= 24 && /^[0-5]\d$/.test(minutes!.word) ? k : 0;
}

/** "at the age of 84", "by the age of seven", "at age eight": an age that belongs to whoever the sentence is about, not to a name beside it. */
export const ageOf = (tokens: readonly Token[], from: number): boolean => tokens[from - 1]?.word === 'age' || (tokens[from - 1]?.word === 'of' && tokens[from - 2]?.word === 'age');

/**
 * An age: "61-year-old", "aged 61", "61 years old", "the age of 61", "at age 61", a number set off by commas after a name
 * ("Rui Fontes, 61,"), or a small number after "at" that ends its clause ("became a grandmaster at 14, according to").
 */
export function isAge(tokens: readonly Token[], from: number, to: number, text: string): boolean {
  const after = text.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 12);
  const before = text.slice(Math.max(0, tokens[from]!.start - 2), tokens[from]!.start);
  // ("a 51-year-old lecturer": the span may hold its unit of years already, with "old" after it.)
  const years = /^years?$/.test(tokens[to - 1]!.word) && /^[-\s]old\b/.test(after);
  if (years || /^[-\s]years?[-\s]old/.test(after) || tokens[from - 1]?.word === 'aged' || ageOf(tokens, from)) return true;
  if (tokens[from - 1]?.word === 'at' && to - from === 1 && /^\d{1,2}$/.test(tokens[from]!.word) && /^[,.;]/.test(after)) return true;
  return before === ', ' && /^,/.test(after) && tokens[from - 1] !== undefined && tokens[from - 1]!.capital;
}

/** Verbs a body gives a figure with: "the National Statistics Bureau said", "the agency estimated". */
const CREDITING = new Set(['said', 'says', 'estimated', 'estimates', 'reported', 'reports']);

/** Nouns that make a run of capitals a body rather than a person: "Statistics Norway", "the Central Bureau". */
const BODIES = new Set(['office', 'board', 'bureau', 'agency', 'institute', 'ministry', 'department', 'statistics', 'service', 'authority', 'commission', 'council', 'centre', 'center', 'survey', 'administration', 'organization', 'organisation', 'association', 'federation', 'union']);

/**
 * A run of capitals (tokens start to end) for a body that gives a figure of its sentence: it says it
 * ("Exports rose 4% in May, the National Statistics Bureau said") after a number, and is a body ("the ...", a noun of one, or
 * initials: "..., OKB said"), not a person.
 */
export function creditsFigure(tokens: readonly Token[], start: number, end: number): boolean {
  if (!CREDITING.has(tokens[end]?.word ?? '')) return false;
  const body = tokens[start - 1]?.word === 'the' || tokens.slice(start, end).some((t) => BODIES.has(t.word)) || (end - start === 1 && tokens[start]!.acronym);
  if (!body) return false;
  return tokens.slice(0, start).some((t) => t.numeric);
}

/** Verbs that with "up" or "down" tell a change: "go up", "came down". */
const GOING: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'gone', 'going', 'come', 'comes', 'came', 'coming']);

/** Most words between a verb of change and the "by" of its figure: "raised the price it pays farmers by 45%". */
const CHANGED_REACH = 6;

/**
 * Whether the figure at token `from` is told as a change: "fell 3.8%", "fell sharply 3%", "rose by 5%", "an increase of
 * 20%", "grew to 5 million", and over the thing changed, "raised the price it pays farmers by 45%". (A word of change
 * after a figure may be another's: "the 2.5 million cut".)
 */
export function toldAsChange(tokens: readonly Token[], text: string, from: number): boolean {
  const moved = (k: number) => CHANGE_VERBS.has(tokens[k]?.word ?? '');
  if (moved(from - 1) || (/ly$/.test(tokens[from - 1]?.word ?? '') && moved(from - 2))) return true;
  if (!['by', 'of', 'to'].includes(tokens[from - 1]?.word ?? '')) return false;
  for (let k = from - 2; k >= 0 && k >= from - 1 - CHANGED_REACH && !tokens[k]!.numeric && !/[.;:,]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)); k--) {
    if (moved(k)) return true;
  }
  return false;
}

/** The term of "tell": "who did X tell". */
export const TELL = termOf('tell');
/** Terms of verbs of talking to someone, whom news English writes as told: "talk to", "speak with". */
export const TALKING: ReadonlySet<string> = new Set(['talk', 'speak', 'chat'].map(termOf));

/** Whether a question asks how much something moved: "how much did the shares drop", "how much did prices go up". */
export function asksMove(typed: readonly string[]): boolean {
  return typed.some((w, i) => CHANGE_VERBS.has(w) || ((w === 'up' || w === 'down') && GOING.has(typed[i - 1] ?? '')));
}

/**
 * Kinds of answer in a passage's tokens. Dates and numbers come from the words. A run of
 * capitalised words is a name when a word of it is part of a longer name in the story (a lone
 * capital may only start a sentence), and a place when it follows "in", "at", "near"... The
 * story's own analysis (dated events; people, bodies and places; the outlets it credits) adds
 * what it knows.
 */
export function offeredKinds(tokens: readonly Token[], names: ReadonlySet<string>, story: Story, passage: number, id: (term: string) => number): Offers {
  const text = story.passages[passage]!.text;
  const offers: Offers = {};
  for (const [start, end] of capitalRuns(tokens, text)) {
    const run = tokens.slice(start, end).filter((t) => !NAME_JOINERS.has(t.word));
    const terms = run.map((t) => id(t.term));
    if (run.some((t) => names.has(t.word))) offer(offers, 'name', terms);
    if (prepositionBefore(tokens, start) >= 0) offer(offers, 'place', terms);
    // "the Tarvik-based carrier": where a body is based, as surely as "in Tarvik".
    if (basedAt(tokens, text, end)) {
      offer(offers, 'place', terms);
      offer(offers, 'placed', terms);
    }
    // "according to the Kenya Meteorological Department": whoever a figure is credited to is its source.
    const to = beforeThe(tokens, start);
    if (tokens[to]?.word === 'to' && tokens[to - 1]?.word === 'according') offer(offers, 'source', terms);
    // "Exports rose 4% in May, the National Statistics Bureau said": a body that says a figure is its source too.
    if (creditsFigure(tokens, start, end)) offer(offers, 'source', terms);
  }
  tokens.forEach((t, i) => {
    // A time of day counts nothing.
    const clock = timeOfDayEnd(tokens, i, text) > 0;
    if (clock || TIMES_OF_DAY.has(t.word)) offer(offers, 'clock', [id(t.term)]);
    if (t.numeric && !clock) {
      // "1854" alone is a year, not a count; "1854 people" is a count.
      const next = tokens[i + 1];
      const year = YEAR.test(t.word);
      if (!year || (next !== undefined && !next.numeric && !next.capital && !isStopword(next))) offer(offers, 'number', [id(t.term)]);
      if (year) {
        offer(offers, 'date', [id(t.term)]);
        offer(offers, 'year', [id(t.term)]);
      }
      for (const m of measuresOf(tokens, i)) offer(offers, m, [id(t.term)]);
      // "fell 38%", "rose by about 5%", "jumped $2 billion": a figure told as a change (the word before it may be its hedge or currency).
      if (toldAsChange(tokens, text, i) || (i > 0 && !tokens[i - 1]!.numeric && toldAsChange(tokens, text, i - 1))) offer(offers, 'change', [id(t.term)]);
      if (isAge(tokens, i, i + 1, text)) offer(offers, 'age', [id(t.term)]);
    } else if (NUMBER_WORDS.has(t.word) && !clock) {
      offer(offers, 'number', [id(t.term)]);
      for (const m of measuresOf(tokens, i)) offer(offers, m, [id(t.term)]);
    }
    if ((t.capital && (MONTHS.has(t.word) || WEEKDAYS.has(t.word))) || DATE_WORDS.has(t.word)) offer(offers, 'date', [id(t.term)]);
    // A day: "on Tuesday", "March 3", "yesterday".
    if ((t.capital && WEEKDAYS.has(t.word)) || (t.capital && MONTHS.has(t.word) && tokens[i + 1]?.numeric) || DAY_WORDS.has(t.word)) {
      offer(offers, 'day', [id(t.term)]);
    }
    if (REASON_WORDS.has(t.word)) offer(offers, 'reason', [id(t.term)]);
  });
  for (const event of story.events) {
    if (event.passage === passage) offer(offers, 'date', contentTerms(event.phrase, id));
  }
  for (const entity of story.entities) {
    if (entity.passages.includes(passage)) offer(offers, entity.kind === 'place' ? 'place' : 'name', contentTerms(entity.name, id));
  }
  for (const source of story.sources) {
    if (!source.passages.includes(passage)) continue;
    offer(offers, 'name', contentTerms(source.name, id));
    offer(offers, 'source', contentTerms(source.name, id));
  }
  for (const place of offers.place ?? []) {
    if (tokens.some((t, i) => i > 0 && id(t.term) === place[0] && prepositionBefore(tokens, i) >= 0)) offer(offers, 'placed', place);
  }
  return offers;
}

/** Whether a hyphen alone joins the word at `at` to the word before it: "Tarvik-based", "6-metre". */
export function hyphenedAt(tokens: readonly Token[], text: string, at: number): boolean {
  return at > 0 && tokens[at] !== undefined && /^[-‑]$/.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start));
}

/** Whether the word at `at` is "based" hyphened onto the name before it: "Tarvik-based". */
export function basedAt(tokens: readonly Token[], text: string, at: number): boolean {
  return tokens[at]?.word === 'based' && hyphenedAt(tokens, text, at);
}

/** Where the "in", "at", "near"... before the word at `at` stands ("the" may come between: "in the Alps"), or -1. */
export function prepositionBefore(tokens: readonly Token[], at: number): number {
  const before = beforeThe(tokens, at);
  return tokens[before] !== undefined && PLACE_PREPOSITIONS.has(tokens[before].word) ? before : -1;
}

/**
 * Whether the passage gives the wanted kind with an answer the question does not already name
 * whole: "University of Copenhagen" answers "which university?", "Ana Lisboa" not "who is Ana Lisboa?".
 */
export function givesKind(offers: Offers, kind: Offered, questionTerms: ReadonlySet<number>): boolean {
  return (offers[kind] ?? []).some((answer) => answer.some((term) => !questionTerms.has(term)));
}
