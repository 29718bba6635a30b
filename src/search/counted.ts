/**
 * What a number counts: the noun after it ("11 coal miners", "hundreds of workers"), read the same way by the ranking
 * (a passage that counts the noun a "how many" question asks about) and by the verdict (an answer that counts
 * something else answers nothing).
 */
import { singularOf } from './answer-kinds.js';
import { cosine, vectorOf } from './embeddings.js';
import { DETERMINERS, NUMBER_WORDS, SCALE_WORDS } from './english.js';
import { LIFE_EVENT_TERMS } from './life-events.js';
import { isStopword, termOf, type Token } from './terms.js';
import { IRREGULAR } from './word-families.js';
import { type Query, wordRead } from './question.js';
import { isPersonNoun } from '../knowledge/grammar.js';

/** Nouns that count one of anything: "how many units were sold" is answered by "5.82 million copies" (not by a measure, "$12 million"). */
export const ANY_THING: ReadonlySet<string> = new Set(['unit', 'item', 'piece', 'thing'].map(termOf));
/** Numbers of a scale that count with "of": "hundreds of workers", "dozens of homes". */
const SCALE_OF: ReadonlySet<string> = new Set([...[...SCALE_WORDS].filter((w) => w.endsWith('s')), 'dozens', 'scores', 'tens']);
/** Nouns for people in general: a count of them may name the people by any noun for people ("11,400 runners", "about 240 staff"). */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set(['people', 'ppl', 'person', 'persons', 'staff', 'children', 'folks', 'men', 'women', 'others', 'crew', 'troops']);
/** Words between a number and the noun it counts: "six other satellites", "the 50 most dangerous objects". */
const BETWEEN: ReadonlySet<string> = new Set(['other', 'more', 'most', 'least', 'further', 'additional']);
/** Most words of the noun phrase after a number: "domestic and international flights". */
export const COUNTED_WORDS = 4;

/** Whether a noun for people: "people", "runners", "the staff". */
export const ofPeople = (word: string): boolean => PEOPLE_WORDS.has(word) || isPersonNoun(singularOf(word));

/**
 * Whether the noun a passage counts (`counted`) may name what the question counts (`asked`). Only a count of people is
 * judged: news English names people by many nouns ("runners", "residents", "staff"), all nouns for people, while what
 * else it counts may be named in other words no list links ("20 musical selections" are tracks, "5.82 million copies" units).
 */
export function sameCounted(asked: string, counted: string): boolean {
  // ("the crash left 12 dead", "40 wounded", "12 fatalities": a count of a life event counts people.)
  return !ofPeople(asked) || ofPeople(counted) || LIFE_EVENT_TERMS.has(termOf(counted));
}

/** How near in meaning (word vectors' cosine) two nouns a number counts must stand to name the same things ("tourists", "visitors"). */
const SAME_COUNTED = 0.5;

/** Whether two nouns may name the things counted: the same noun, or one near in meaning. */
export function sameThings(a: string, b: string): boolean {
  if (termOf(singularOf(a)) === termOf(singularOf(b))) return true;
  const [x, y] = [vectorOf(a), vectorOf(b)];
  return x >= 0 && y >= 0 && cosine(x, y) >= SAME_COUNTED;
}

/** How near in meaning two nouns for people must stand for one to name the other's people ("kids", "students"). */
const SAME_PEOPLE = 0.6;

/**
 * Whether a noun a number counts names the people the question counts in other words: "kids" as "students", both nouns
 * for people, very near in meaning. (Not nouns for things: word vectors set "homes" as near "hospitals" as "households".)
 */
export function namesSamePeople(asked: string, counted: string): boolean {
  if (!ofPeople(asked) || !ofPeople(counted)) return false;
  const [x, y] = [vectorOf(asked), vectorOf(counted)];
  return x >= 0 && y >= 0 && cosine(x, y) >= SAME_PEOPLE;
}

/**
 * The words of the noun a number counts, read from token `first` (the first after the number; `last`, the number's
 * own last token): up to a verb, a name, another number or a function word. Empty when no noun follows.
 */
export function readCounted(tokens: readonly Token[], text: string, first: number, last: number): string[] {
  let i = first;
  // "hundreds of workers", "dozens of the houses".
  if (SCALE_OF.has(tokens[last]?.word ?? '') && tokens[i]?.word === 'of') while (i < tokens.length && (tokens[i]!.word === 'of' || DETERMINERS.has(tokens[i]!.word))) i++;
  const noun: string[] = [];
  const joined = (k: number) => /^[\s-]*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  for (; i < tokens.length && noun.length < COUNTED_WORDS && joined(i); i++) {
    const t = tokens[i]!;
    // ("domestic and international flights", not "40 homes and a primary school".)
    const bridge = (t.word === 'and' || t.word === 'or') && noun.length > 0 && tokens[i + 1] !== undefined && !isStopword(tokens[i + 1]!);
    if (bridge) continue;
    // A verb ends it: "63 objects taken from", "a crowd of 41,250 watched", "two built by students"; not a word in -ed right
    // after the number, before another word of the noun, which describes it ("900 planned operations").
    // ("six other satellites", "two more ships": the number counts the noun after them.)
    if (noun.length === 0 && BETWEEN.has(t.word)) continue;
    const next = tokens[i + 1];
    const describing = noun.length === 0 && /ed$/.test(t.word) && next !== undefined && !isStopword(next) && !next.capital && !next.numeric && joined(i + 1);
    if (isStopword(t) || t.numeric || t.capital || (/ed$/.test(t.word) && !describing) || IRREGULAR[t.word] !== undefined) break;
    noun.push(t.word);
  }
  return noun;
}

/** Whether a token is a number that counts: written in digits, or a number word ("eleven"), not a scale alone. */
const isCount = (t: Token) => t.numeric || (NUMBER_WORDS.has(t.word) && !SCALE_WORDS.has(t.word));

/** The nouns the numbers of a text count: "Rescuers pulled 11 coal miners alive" → [["coal", "miners"]]. */
export function countedNouns(tokens: readonly Token[], text: string): string[][] {
  const nouns: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCount(tokens[i]!)) continue;
    // The number runs over its scale words and its digits: "1.1 million", "2,000".
    let last = i;
    while (last + 1 < tokens.length && (tokens[last + 1]!.numeric || SCALE_WORDS.has(tokens[last + 1]!.word) || NUMBER_WORDS.has(tokens[last + 1]!.word))) last++;
    const noun = readCounted(tokens, text, last + 1, last);
    if (noun.length > 0) nouns.push(noun);
    i = last;
  }
  return nouns;
}

/**
 * The noun a "how many" question counts, as written: every word of it, typed and read (`askedNouns`: "how many school
 * kids"), and its noun phrase up to a verb (`nounRun`: "how many classical games", not "how many houses got swept"),
 * whose last word is the noun counted ("how many dead satellites": satellites).
 */
export function nounAsked(query: Query): { askedNouns: string[]; nounRun: string[] } {
  const { slots } = query;
  const { counted } = query.asked;
  const countedAt = counted === undefined ? -1 : slots.findIndex((slot) => termOf(query.typed[slot.pos]!) === counted || termOf(wordRead(query, slot)) === counted);
  const askedNouns: string[] = [];
  const nounRun: string[] = [];
  let verbSeen = false;
  for (let s = countedAt; s >= 0 && s < slots.length && (s === countedAt || slots[s]!.pos === slots[s - 1]!.pos + 1); s++) {
    const word = wordRead(query, slots[s]!);
    askedNouns.push(query.typed[slots[s]!.pos]!, word);
    verbSeen ||= /(?:ed|ing)$/.test(word) || IRREGULAR[word] !== undefined;
    if (!verbSeen) nounRun.push(word);
  }
  return { askedNouns, nounRun };
}
