/**
 * The answer itself: the words of a passage that answer a question asking for something specific
 * (a date, a person or body, a number, a place, an outlet, or the thing a "what/which NOUN" names),
 * and whether the story answers at all.
 *
 * Candidates are the phrases of the wanted kind in the best passages (the knowledge layer's dated
 * events, people, bodies, places and sources; numbers with their units; runs of capitalised words).
 * One the question already names is not the answer. A candidate scores by its passage's rank and by
 * how close it stands to the question's words in that passage (classic pre-neural QA: TREC,
 * AskMSR). The story answers when a passage holds what the question is about (its focus: the words
 * other than names, which only give the topic) and, for a specific question, a candidate.
 */
import type { Entity, Story } from '../knowledge/story.js';
import { isCommonWord } from '../knowledge/word-counts.js';
import { ARTICLES, AUXILIARIES, BE_FORMS, CHANGE_WORDS, COUNTRY_NOUNS, SIZE_WORDS, COPULAS, DATE_WORDS, DETERMINERS, EVENT_NOUNS, KIND_OF_NOUN, answersSense, MEASURE_WORDS, type Measure, MONEY_SENSES, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, PASSIVE_MARKERS, PER_TIME, PLACES_WITHIN, POSSESSIVE_PRONOUNS, QUESTION_WORDS, SCALE_WORDS, scaledCurrency, speedUnit, SUBJECT_PRONOUNS, TIME_UNITS, UNIT_QUALIFIERS, UNIT_WORDS, WEEKDAYS } from './english.js';
import { abbreviationStop, ageOf, asksMove, basedAt, capitalRuns, creditsFigure, hyphenedAt, isAge, NAME_JOINERS, prepositionBefore, relativePeriodAt, singularOf, type SpanKind, TALKING, TELL, timeOfDayEnd, toldAsChange, TIMES_OF_DAY, YEAR } from './answer-kinds.js';
import { isPersonNoun } from '../knowledge/grammar.js';
import { BODY_WORDS, FUNCTION_WORDS, HONORIFICS, KIN_WORDS, LOCATIVES, MEDIA_WORDS, ORGANISATION_NOUNS, PLACE_WORDS, PREPOSITIONS, ROLE_MODIFIERS, ROLE_TITLES, SPEECH_VERBS, SUBORDINATORS, TITLES_OF_ADDRESS } from '../knowledge/vocabulary.js';
import { endsInRegion, isCapital, isCountryName, isDemonym, isWorldRegion } from '../knowledge/countries.js';
import { type Asked, type Query, readAt, type Slot, wordRead } from './question.js';
import type { Ranked } from './rank.js';
import type { StoryIndex } from './story-index.js';
import { acronymTerm, exactTerm } from './term-kinds.js';
import { beforeThe, COUNTRY_WORDS, familiesOf, isStopword, termOf, type Token, tokenize } from './terms.js';
import { ANY_THING, namesSamePeople, readCounted, sameCounted } from './counted.js';
import { findName } from './aliases.js';
import { IRREGULAR, isPastVerb } from './word-families.js';
import { datelineOf } from '../knowledge/dateline.js';
import { isAfterPublication } from '../knowledge/dates.js';
import { eventsAsked, eventTold } from './life-events.js';
import { isCompound, isWideKind, kindsOf } from './kinds-of.js';

export interface AnswerSpan {
  /** The exact words of the passage. */
  text: string;
  kind: SpanKind;
  /** The passage (id in its story) and the offsets of `text` in the passage's text. */
  passage: number;
  start: number;
  end: number;
  /** storybot's reading of a date answer (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), when the story resolves it. */
  date?: string;
  score: number;
}

const HALF_DISTANCE = 4;
/** A person the article gives another role is no answer to "who is the ROLE". */
const OTHER_ROLE = 0;
const ROLE_TITLE_TERMS: ReadonlySet<string> = new Set([...ROLE_TITLES].map(termOf));
/** Words that make a pronoun of "one" after them: "every one", "no one", "each one", "any one". */
const PICKING: ReadonlySet<string> = new Set(['every', 'each', 'no', 'any']);
/** How much likelier a name is the answer when it stands where the question's verb wants it. */
const SLOT_BONUS = 2.5;
/** Titles news English gives one office under: a government's "Energy Secretary" is its energy minister. */
const SAME_TITLE: ReadonlyMap<string, string> = new Map([[termOf('secretary'), termOf('minister')]]);
/** A title without its sex: "spokeswoman", "spokesman" and "spokesperson" are one role ("spokes"); nor its other name ("secretary" for "minister"). */
function neutralRole(term: string): string {
  return SAME_TITLE.get(term) ?? term.replace(/^(\p{L}{4,}?)(?:wom[ae]n|m[ae]n|persons?|people)$/u, '$1');
}
/** How many words from the noun a question's owner owns ("spokeswoman", "wife") the person it calls so may stand. */
const OWNED_REACH = 3;
/** How many words from the role's own word a name the story gives no role may stand to hold it ("aide Ana Ruiz", "Ana Ruiz, an aide"). */
const ROLE_REACH = 3;
/** And further, in the phrase set off after the name ("Ana Ruiz, professor of law and dean of the faculty"). */
const APPOSED_ROLE_REACH = 8;
/** How much likelier a person is the answer to "who is the ROLE" when the article gives them that role. */
const ROLE_BONUS = 1.5;

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** How likely a number is the answer when it is what a sum was before a change, or a sum converted. */
const SECOND = 0.5;
/** Words that make a number a rate over a unit of time: "7% a year", "60 km per hour". */
const RATE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'per']);
/** Words before a unit of time that make it the time a rate is counted over: "every week", "each year". */
const EVERY_WORDS: ReadonlySet<string> = new Set(['every', 'each', 'per']);
/** Words after "how" that ask for a rate: "how fast", "how quickly". */
const SPEED_WORDS: ReadonlySet<string> = new Set(['fast', 'quickly', 'rapidly']);
/** Words that hedge a number, and stay with it. */
const NUMBER_HEDGES = new Set(['about', 'around', 'nearly', 'almost', 'over', 'roughly', 'approximately', 'some', 'more than', 'less than', 'fewer than', 'at least', 'up to']);
const POSSESSIVE = /\S['’]s$/;

/** Where a hedge of one or two words (`hedges`) before the words at `at` starts ("about 1,900", "more than 70,000"), or `at`. */
function hedgeStart(tokens: readonly Token[], at: number, hedges: ReadonlySet<string>): number {
  if (hedges.has(tokens[at - 1]?.word ?? '')) return at - 1;
  return hedges.has(`${tokens[at - 2]?.word} ${tokens[at - 1]?.word}`) ? at - 2 : at;
}
/** Hedges that may stand before a time of day: "around 3:15 a.m.", "at about 11:40 p.m.". */
const CLOCK_HEDGES: ReadonlySet<string> = new Set(
  ['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'shortly after', 'shortly before', 'just after', 'just before', 'soon after'],
);
/** Words for a part of a place by its direction: "southern Sichuan", "western Montana". */
const COMPASS: ReadonlySet<string> = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/** A word in lower case for a part of a place by its direction, before the place's name. */
function isCompass(t: Token | undefined): boolean {
  return t !== undefined && !t.capital && COMPASS.has(t.word);
}

/** How much less likely a place is the answer to "where" when the text gives something it owns ("Sand's estate"). */
const OWNER = 0.4;

/** A year is written in four digits, without a separator ("1,900" is a number). */
function isYear(t: Token, text: string): boolean {
  return t.numeric && YEAR.test(text.slice(t.start, t.end));
}
const LEADING = new Set(['on', 'in', 'at', 'by', 'since', 'from', 'during', 'until', 'before', 'after', 'of', 'the', 'last', 'this', 'as', 'early', 'late']);

interface Candidate {
  start: number;
  end: number;
  /** Token positions [from, to) the candidate covers. */
  from: number;
  to: number;
  kind: SpanKind;
  /** How sure the candidate is of its kind (a known person 1, a run of capitals less). */
  quality: number;
  date?: string;
  /**
   * "90 helicopters, of which 60 were provided by X", "118 million records ..., and a further 60 million with Y": a number with
   * no noun of its own, marked as a part of or an addition to one that counts the noun asked, counts it as near.
   */
  elliptical?: boolean;
  /** "nominated for six awards, winning three": a number with no noun of its own, after one that counts the noun asked. */
  listed?: boolean;
  /** "what town": the place named as one of the kind asked ("the town of Yenikoy"), answered without the place it is in. */
  alone?: boolean;
}

/** Token range of a character range of the passage. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  let from = tokens.findIndex((t) => t.end > start);
  if (from < 0) from = tokens.length;
  let to = from;
  while (to < tokens.length && tokens[to]!.start < end) to++;
  return [from, to];
}

function span(tokens: readonly Token[], from: number, to: number, kind: SpanKind, quality: number, date?: string): Candidate {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end, from, to, kind, quality, ...(date && { date }) };
}

/** Words that narrow a date before it: "late 1980s", "summer of 1521", "mid-18th century", "last September". */
const DATE_QUALIFIERS = new Set(['early', 'mid', 'late', 'spring', 'summer', 'autumn', 'fall', 'winter', 'last', 'next']);
/** Parts of a period before "of": "the second half of 2026", "the end of March". */
const DATE_PARTS = new Set(['half', 'quarter', 'end', 'start', 'beginning', 'middle', 'hours']);
/** Words that place something at or about a time of day, kept with it. */
const CLOCK_LEADERS: ReadonlySet<string> = new Set(['before', 'after', 'around', 'about', 'shortly', 'just', 'until', 'at']);
/** Parts of a day after it: "Tuesday afternoon". */
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Words for the start and the end of a period, which a question asks together for a range: "when did it start and end". */
const START_WORDS: ReadonlySet<string> = new Set(['start', 'begin', 'started', 'began', 'begun']);
const END_WORDS: ReadonlySet<string> = new Set(['end', 'ended', 'finish', 'finished', 'stop', 'stopped']);
/** Words a passage tells a start by ("the tour opens on June 12"), and words that tell an end or a span ("closes", "runs until"). */
const OPENING_VERBS: ReadonlySet<string> = new Set([...START_WORDS, 'starts', 'begins', 'open', 'opens', 'opened', 'kicks', 'launches', 'launched']);
const CLOSING_VERBS: ReadonlySet<string> = new Set([...END_WORDS, 'ends', 'finishes', 'stops', 'closes', 'closed', 'until', 'through', 'runs', 'run']);
/** Words that ask for a whole span of years, as a range in brackets after a name gives one: "when did he rule". */
const SPAN_WORDS: ReadonlySet<string> = new Set(['rule', 'ruled', 'reign', 'reigned', 'live', 'lived', 'life', 'lifetime', 'exist', 'existed', 'last', 'lasted']);

/** Most words of an event's name after its year: "the 2008 World Music Awards". */
const EVENT_NAME_WORDS = 4;

/** A number in figures or in words ("40", "forty"). */
function isCount(t: Token | undefined): boolean {
  return t !== undefined && (t.numeric || NUMBER_WORDS.has(t.word));
}

/** Words that say a date is not exact: "around 1908", "circa 1500". */
const DATE_HEDGES: ReadonlySet<string> = new Set(['around', 'about', 'circa', 'approximately', 'roughly']);

/** A date widened to what qualifies it: "late 1980s", "around 1908", "summer of 1521", "1321 to 1323", "between 2005 and 2010", "66 million years ago". */
function widenDate(tokens: readonly Token[], from: number, to: number, text: string): [number, number] {
  // ("declared shortly after 1 a.m. on Tuesday": a time of day keeps its hedge, as where the question asks the time.)
  if (timeOfDayEnd(tokens, from, text) > 0) from = hedgeStart(tokens, from, CLOCK_HEDGES);
  else if (DATE_QUALIFIERS.has(tokens[from - 1]?.word ?? '')) from--;
  // "late on May 13", "early in 2015": a qualifier before the preposition of the date narrows it too.
  else if ((tokens[from - 1]?.word === 'on' || tokens[from - 1]?.word === 'in') && (tokens[from - 2]?.word === 'early' || tokens[from - 2]?.word === 'late')) from -= 2;
  else if (tokens[from - 1]?.word === 'of' && DATE_QUALIFIERS.has(tokens[from - 2]?.word ?? '')) from -= 2;
  // ("the early hours of Tuesday", not "within 48 hours of Tuesday": hours are a part of a day only so qualified.)
  else if (tokens[from - 1]?.word === 'of' && DATE_PARTS.has(tokens[from - 2]?.word ?? '') && (tokens[from - 2]!.word !== 'hours' || DATE_QUALIFIERS.has(tokens[from - 3]?.word ?? ''))) {
    from -= 2;
    // "the second half of 2026", "the early hours of Tuesday".
    if (ORDINAL_WORDS.has(tokens[from - 1]?.word ?? '') || DATE_QUALIFIERS.has(tokens[from - 1]?.word ?? '')) from--;
  }
  // ("painted around 1908", "around late 2019": the hedge is part of what the story says, as a number's is.)
  if (DATE_HEDGES.has(tokens[from - 1]?.word ?? '')) from--;
  // ("closed until at least Friday": a bound on the date is part of what is said; "Monday at the earliest" was tried, and
  // cost reader dev 2 its "Monday".)
  else if (tokens[from - 1]?.word === 'least' && tokens[from - 2]?.word === 'at') from -= 2;
  if (PARTS_OF_DAY.has(tokens[to]?.word ?? '')) to++;
  // "at the 2006 BET Awards": a year in the name of an event dates it, and the event says when.
  // (Not "the 2008 Sichuan earthquake", "the 1992 Maastricht Treaty": the year of a name for no event answers.)
  const year = to - from === 1 && /^\d{4}$/.test(tokens[from]!.word);
  const named = (t: Token | undefined) => t !== undefined && t.capital && !t.numeric && !isStopword(t) && !MONTHS.has(t.word) && !WEEKDAYS.has(t.word);
  if (year && tokens[from - 1]?.word === 'the') {
    let end = to;
    while (end < to + EVENT_NAME_WORDS && named(tokens[end])) end++;
    if (end > to && EVENT_NOUNS.has(tokens[end - 1]!.word)) to = end;
  }
  const link = tokens[to]?.word;
  if ((link === 'to' || (link === 'and' && tokens[from - 1]?.word === 'between')) && tokens[to + 1]?.numeric) {
    to += 2;
    if (link === 'and') from--;
  }
  if (tokens[to]?.word === 'ago') to++;
  // "from 1842 onwards": a time with no end, the words that open it kept.
  else if (tokens[to]?.word === 'onwards' || tokens[to]?.word === 'onward') {
    to++;
    if (tokens[from - 1]?.word === 'from') from--;
  }
  return [from, to];
}

/**
 * "the Five Dynasties period (907–960)": years before 1000 are no years by their digits alone, but a rising range of them
 * alone in brackets is one; the end of such a range.
 */
function earlyRangeEnd(tokens: readonly Token[], text: string, i: number): boolean {
  const first = tokens[i - 1];
  const last = tokens[i]!;
  return first !== undefined && /^\d{3}$/.test(first.word) && /^\d{3,4}$/.test(last.word) && Number(first.word) < Number(last.word)
    && /\(\s*$/.test(text.slice(0, first.start)) && /^[-–]$/.test(text.slice(first.end, last.start)) && /^\s*\)/.test(text.slice(last.end));
}

/** Dates: the story's resolved events, then years, months and weekdays the text gives. */
function dates(story: Story, passage: number, text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const event of story.events) {
    if (event.passage !== passage) continue;
    const at = text.indexOf(event.phrase);
    if (at < 0) continue;
    const [start, end] = tokenRange(tokens, at, at + event.phrase.length);
    let first = start;
    while (first < end - 1 && LEADING.has(tokens[first]!.word)) first++;
    if (first >= end) continue;
    const [from, to] = widenDate(tokens, first, end, text);
    found.push(span(tokens, from, to, 'date', 1, event.date));
  }
  tokens.forEach((t, i) => {
    const date = isYear(t, text) || earlyRangeEnd(tokens, text, i) || (t.capital && (MONTHS.has(t.word) || WEEKDAYS.has(t.word))) || DATE_WORDS.has(t.word);
    if (!date || found.some((c) => c.from <= i && i < c.to)) return;
    let end = i + 1;
    // "August 15", "August 15, 2025", "March 2019".
    while (end < tokens.length && tokens[end]!.numeric && end - i < 3) end++;
    // "66 million years ago": the number before the date word; "the 18th century": its ordinal.
    let first = i;
    // "the Song dynasty (960–1279)": a range written with a dash, of an earlier year before it.
    const dashed = tokens[i - 1]?.numeric && /^[-–]$/.test(text.slice(tokens[i - 1]!.end, t.start)) && /^\d{3,4}$/.test(tokens[i - 1]!.word) && Number(tokens[i - 1]!.word) < Number(t.word);
    if ((isYear(t, text) || earlyRangeEnd(tokens, text, i)) && dashed && !found.some((c) => c.from <= i - 1 && i - 1 < c.to)) first--;
    // "7 July", "17 October 1849": the day before its month.
    if (t.capital && MONTHS.has(t.word) && /^\d{1,2}$/.test(tokens[i - 1]?.word ?? '') && spaced(tokens, text, i)) first--;
    if (t.word === 'ago') {
      while (first > 0 && (isCount(tokens[first - 1]) || SCALE_WORDS.has(tokens[first - 1]!.word) || UNIT_WORDS.has(tokens[first - 1]!.word))) first--;
      // ("about 92 million years ago": the hedge stays with the number, as it does in a count.)
      if (first < i && NUMBER_HEDGES.has(tokens[first - 1]?.word ?? '')) first--;
    }
    if ((t.word === 'century' || t.word === 'centuries') && first > 0 && (ORDINAL.test(tokens[first - 1]!.word) || ORDINAL_WORDS.has(tokens[first - 1]!.word))) first--;
    const [from, to] = widenDate(tokens, first, end, text);
    found.push(span(tokens, from, to, 'date', 0.8));
  });
  // "published last week", "in the coming days": a period told from the time of writing, in the story's words.
  tokens.forEach((_, i) => {
    const period = relativePeriodAt(tokens, i);
    if (!period || found.some((c) => c.from < period[1] && period[0] < c.to)) return;
    found.push(span(tokens, period[0], period[1], 'date', 0.8));
  });
  // "will take effect eight days later", "a week later": a time after another the sentence tells of, a count of a unit of time
  // before "later" (with its hedge: "about two weeks later").
  tokens.forEach((t, i) => {
    if (t.word !== 'later' || !TIME_UNITS.has(singularOf(tokens[i - 1]?.word ?? ''))) return;
    let first = i - 1;
    if (isCount(tokens[first - 1]) || tokens[first - 1]?.word === 'a') first--;
    else return;
    if (NUMBER_HEDGES.has(tokens[first - 1]?.word ?? '')) first--;
    if (found.some((c) => c.from <= i && first < c.to)) return;
    found.push(span(tokens, first, i + 1, 'date', 0.8));
  });
  // "REYKJAVIK, Nov 17 - Iceland said on Monday...": the dateline dates the report; the sentence's own date, what it tells of.
  const line = datelineOf(text);
  const dateline = line && found.find((c) => c.end <= line.dash);
  if (dateline && found.length > 1) dateline.quality *= DATELINE_DATE;
  return longest(found);
}

/** How much less likely a dateline's date answers "when" than another date the passage gives. */
const DATELINE_DATE = 0.5;

/**
 * The verbs news English attributes its facts with ("said on Wednesday", "told reporters on Friday"); not the other verbs
 * of speech, which also tell of deeds ("a fish ladder added in 2004", "women were first admitted in 1883", "described").
 */
const ATTRIBUTING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells']);
/** Most words between an attributing verb and the date that dates it: "said in parliament on Wednesday". */
const SPEECH_DATE_REACH = 4;

/**
 * "Desmet said in parliament on Wednesday", "told reporters on Friday": a date just after an attributing verb, in its clause,
 * says when the words were spoken, not when what they tell of happened; it answers only a question about the speaking.
 */
function datesSpeech(c: Candidate, tokens: readonly Token[], text: string, asked: Asked): boolean {
  for (let k = c.from - 1; k >= Math.max(0, c.from - 1 - SPEECH_DATE_REACH); k--) {
    if (/[,.;:!?“”"]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    if (ATTRIBUTING.has(tokens[k]!.word)) return true;
    // "Police said the blast happened on Wednesday": a clause of its own, with its own verb, dates what it tells; so does
    // one whose verb after an auxiliary is the question's ("said it would reopen on June 6", for "when will it reopen"; not
    // "said they would decide on Tuesday whether to start", for "when will work start").
    if (SUBORDINATORS.has(tokens[k]!.word) || /ed$/.test(tokens[k]!.word)) return false;
    if (AUXILIARIES.has(tokens[k]!.word) && asked.focus?.includes(tokens[k + 1]!.term) === true) return false;
  }
  return false;
}

/** How much less likely such a date answers "when" about anything but its noun. */
const ATTRIBUTIVE = 0.5;

/** "states in a 2008 article that...": after a determiner, the date says when the article was, not what it tells of. */
function attributive(c: Candidate, tokens: readonly Token[], asked: Asked): boolean {
  const noun = tokens[c.to];
  return DETERMINERS.has(tokens[c.from - 1]?.word ?? '') && noun !== undefined && !noun.capital && !noun.numeric && !isStopword(noun) && !asked.focus?.includes(noun.term);
}

/** Most words of the name a date in brackets dates: "the Indian Appropriations Act (1851)". */
const BRACKETED_NAME_WORDS = 3;

/**
 * "the Dawes Act (1887)", "the Qianlong Emperor (r. 1735–1796)", "the Espionage Act of 1917": a date in brackets, or after
 * "of", right after a name dates that name (its passing, a reign, a life), not what the sentence tells of; it answers "when"
 * about anything else only where nothing else does. Whether the question names it: every capitalised word of the name (or,
 * with none, any of its words) is one of the question's.
 */
function datesAnotherName(c: Candidate, tokens: readonly Token[], text: string, asked: Asked): boolean {
  const bracket = /\(\s*(?:\p{L}{1,2}\.\s*)?$/u.exec(text.slice(Math.max(0, c.start - 8), c.start));
  let last: number;
  if (bracket && /^\s*\)/.test(text.slice(c.end))) {
    last = c.from - 1;
    while (last >= 0 && tokens[last]!.end > c.start - bracket[0].length) last--;
  } else if (tokens[c.from - 1]?.word === 'of' && c.to - c.from === 1 && tokens[c.from - 2]?.capital && !MONTHS.has(tokens[c.from - 2]!.word)) last = c.from - 2;
  else return false;
  const name: Token[] = [];
  for (let k = last; k >= 0 && k > last - BRACKETED_NAME_WORDS && !isStopword(tokens[k]!) && !tokens[k]!.numeric; k--) {
    name.push(tokens[k]!);
    if (k > 0 && !spaced(tokens, text, k)) break;
  }
  if (name.length === 0) return false;
  const focus = asked.focus ?? [];
  const capitals = name.filter((t) => t.capital);
  return capitals.length > 0 ? !capitals.every((t) => focus.includes(t.term)) : !name.some((t) => focus.includes(t.term));
}

/**
 * "In 1642, the abbot (1617–1682) took power": a range of years alone in brackets after a name is its life or its reign, even
 * when the question names it; it answers a question about a deed only where nothing else does.
 */
function spanOfName(c: Candidate, tokens: readonly Token[], text: string): boolean {
  return /\(\s*$/.test(text.slice(0, c.start)) && /^\s*\)/.test(text.slice(c.end)) && /^\d{3,4}\s*[-–]\s*\d{3,4}$/.test(text.slice(c.start, c.end)) && tokens[c.from - 1]?.capital === true;
}

/**
 * "surveys in 1871, 1872 and 1873", "in 2019 and 2020": years listed with commas and a last "and" share the preposition
 * before them, and answer together.
 */
function yearLists(found: readonly Candidate[], tokens: readonly Token[], text: string): Candidate[] {
  const year = (c: Candidate) => c.to - c.from === 1 && isYear(tokens[c.from]!, text);
  const sorted = [...found].sort((a, b) => a.from - b.from);
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let k = i;
    while (k + 1 < sorted.length && year(sorted[k]!) && year(sorted[k + 1]!) && /^,\s+$/.test(text.slice(sorted[k]!.end, sorted[k + 1]!.start))) k++;
    const last = sorted[k + 1];
    if (year(sorted[i]!) && last && year(last) && /^,?\s+and\s+$/.test(text.slice(sorted[k]!.end, last.start))) {
      out.push(span(tokens, sorted[i]!.from, last.to, 'date', Math.max(...sorted.slice(i, k + 2).map((c) => c.quality))));
      i = k + 1;
    } else out.push(sorted[i]!);
  }
  return out;
}

/**
 * "what year": the year of each date that gives one ("June 28, 2011" 2011, "mid-2015" 2015), or the
 * years of a range ("1823 to 1826", "between 2005 and 2010"); a date without a year gives none.
 */
function yearsOf(found: readonly Candidate[], tokens: readonly Token[], text: string): Candidate[] {
  return found.flatMap((c) => {
    const years: number[] = [];
    for (let k = c.from; k < c.to; k++) if (isYear(tokens[k]!, text)) years.push(k);
    if (years.length === 0) return [];
    const first = years[0]!;
    const last = years.at(-1)!;
    const from = tokens[first - 1]?.word === 'between' && first - 1 >= c.from ? first - 1 : first;
    return [{ ...span(tokens, from, last + 1, 'date', c.quality, c.date?.slice(0, 4)) }];
  });
}

/** What a number measures, from the words after it ("40 percent", "3 km") or a sign before it ("$5"). */
function measureOf(tokens: readonly Token[], from: number, to: number, text: string): Measure[] {
  const words = tokens.slice(from, to).map((t) => t.word);
  const raw = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const out: Measure[] = [];
  for (const [m, set] of Object.entries(MEASURE_WORDS) as [Measure, ReadonlySet<string>][]) {
    if (words.some((w, k) => set.has(w) || (m === 'money' && scaledCurrency(w, words[k - 1]))) || (m === 'money' && /^[$£€¥]/.test(raw)) || (m === 'percent' && /%|per cent/.test(raw))) out.push(m);
  }
  if (words.some((_, k) => speedUnit(words, k))) out.push('speed');
  // ("500 million square feet", "3 cubic metres": a length squared is an area, cubed a volume.)
  const squared = words.includes('square') ? 'area' : words.includes('cubic') ? 'volume' : undefined;
  return squared ? out.map((m) => (m === 'length' ? squared : m)) : out;
}

/**
 * "where is imamura from": the country whose possessive, or the demonym, stands right before a person's name ("Japan's
 * Sota Imamura", "American Carter Blaine").
 */
function origins(story: Story, passage: number, text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const person of story.entities) {
    if (person.kind !== 'person' || !person.passages.includes(passage)) continue;
    for (const at of occurrences(text, person.name)) {
      const [from] = tokenRange(tokens, at, at + person.name.length);
      const before = tokens[from - 1];
      if (!before || !/^\s+$/.test(text.slice(before.end, tokens[from]!.start))) continue;
      const word = text.slice(before.start, before.end);
      if (POSSESSIVE.test(word) && isCountryName(word.slice(0, -2))) found.push({ ...span(tokens, from - 1, from, 'place', 1), end: before.end - 2 });
      else if (isDemonym(word)) found.push(span(tokens, from - 1, from, 'place', 1));
    }
  }
  return found;
}

/** A time zone's letters: "GMT", "EST", "AEDT", "UTC". */
const ZONE = /^(?:[A-Z]{1,3}T|UTC)$/;

/** The end of a time of day with its zone, when the passage gives one by its letters: "03:41 GMT". */
function zoneEnd(tokens: readonly Token[], text: string, end: number): number {
  const next = tokens[end];
  return next && spaced(tokens, text, end) && ZONE.test(text.slice(next.start, next.end)) ? end + 1 : end;
}

/** Most words that name a currency after its sum: "Norwegian crowns". */
const CURRENCY_WORDS = 2;
/** Most words between the bracket and the sign of a sum converted: "(about US $146.5 billion)". */
const CONVERSION_WORDS = 2;

/** Words that make a number with no noun of its own a part of, or an addition to, the count just before it: "of which 60", "a further 60 million", "only six". */
const PART_MARKERS: ReadonlySet<string> = new Set(['which', 'whom', 'further', 'another', 'only', 'additional']);

/** Short words written with a full stop before a number that labels a work or an item: "Op. 12", "No. 5", "Vol. 3". */
const LABEL_WORDS: ReadonlySet<string> = new Set(['op', 'opp', 'no', 'nos', 'vol']);

/** Words that make a unit of length one of area or volume: "square miles", "cubic metres". */
const SQUARED: ReadonlySet<string> = new Set(['square', 'cubic']);

/** Words that count times, answering "how many times". */
const HOW_OFTEN: ReadonlySet<string> = new Set(['once', 'twice', 'thrice']);
const TIMES = termOf('times');

/** How much less likely a number is the answer to "how much did it drop" when the passage does not tell it as a change. */
const UNCHANGED = 0.4;


/**
 * "the Varn population had fallen to 200": a number, the first of its clause, counts the noun asked that the clause
 * names before it. (Not "27 people were killed and dozens more were missing": a number before it counts the noun.)
 * The caller asks this only of a bare number, with no noun, unit nor "of" after it ("one of four halls").
 */
function countedBefore(tokens: readonly Token[], text: string, from: number, counted: string): boolean {
  let named = false;
  for (let k = from - 1; k >= 0 && !/[.;:,!?]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)); k--) {
    if (isCount(tokens[k])) return false;
    named ||= tokens[k]!.term === counted;
  }
  return named;
}

/** Verbs that tell a change as a multiple: "doubled", "halved". */
const MULTIPLIED: ReadonlySet<string> = new Set(['doubled', 'tripled', 'trebled', 'quadrupled', 'halved']);

/** Most words between a sum and the word before it that tells its sense: "cost about 4.5 million pesos", "valued at roughly $2 billion". */
const SENSE_BEFORE = 6;

/** Most words after "in" the noun that tells a sum's sense may stand at: "300 million crowns in public funding". */
const SENSE_AFTER_IN = 3;

/** Whether a sentence or a clause of its own ends between tokens k - 1 and k. */
function sentenceBreak(tokens: readonly Token[], text: string, k: number): boolean {
  return /[.;:!?]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
}

/**
 * The sense of the sum at tokens [from, to) (MONEY_SENSES), by the word that tells it: the nearest before it in its
 * sentence ("a net loss of 40 million pounds", "the expedition cost about 4.5 million pesos ($250,000)"), else the noun right
 * after it ("a 140 million euro debt") or after "in" ("300 million crowns in public funding").
 */
function moneySenseOf(tokens: readonly Token[], text: string, from: number, to: number): { sense: string; at: number } | undefined {
  // (Over the words of a sum the one asked converts, which are no words between: "an estimated 12 million crowns ($1.7 million)".)
  const ofFigure = (t: Token) => t.numeric || SCALE_WORDS.has(t.word) || UNIT_WORDS.has(t.word);
  for (let k = from - 1, words = 0; k >= 0 && words < SENSE_BEFORE; k--) {
    if (sentenceBreak(tokens, text, k + 1)) break;
    const sense = MONEY_SENSES[tokens[k]!.word];
    if (sense !== undefined) return { sense, at: k };
    if (!ofFigure(tokens[k]!)) words++;
  }
  // (A noun, not a verb of what the sum went on: "spend about 40 million pounds widening its harbour". Or the noun of
  // what it is "in", past a word or two that qualify it, where a word in -ing is a noun too: "in public funding".)
  const noun = (k: number, afterIn = false) => {
    const word = tokens[k]?.word ?? '';
    return /(?:ing|ed)$/.test(word) && !afterIn ? undefined : MONEY_SENSES[word];
  };
  const sense = noun(to);
  if (sense !== undefined) return { sense, at: to };
  if (tokens[to]?.word !== 'in' || sentenceBreak(tokens, text, to)) return undefined;
  for (let k = to + 1; k <= to + SENSE_AFTER_IN && tokens[k] !== undefined && !sentenceBreak(tokens, text, k); k++) {
    const told = noun(k, true);
    if (told !== undefined) return { sense: told, at: k };
    if (isStopword(tokens[k]!)) return undefined;
  }
  return undefined;
}

/** The verb whose subject is the thing costed: "the expedition cost about 4.5 million pesos". */
const COST_VERBS: ReadonlySet<string> = new Set(['cost', 'costs']);

/**
 * Whether the sum whose verb of costing stands at `at` is of another thing than the one the question asks the cost of: the
 * noun right before the verb is no word of the question's subject, nor is any word before it in the sentence ("how much
 * did the renovation cost": not "the expedition cost about 4.5 million pesos", "the deal would cost", "the enclosure, which
 * cost"; "it cost" may be anything).
 */
function otherCosted(tokens: readonly Token[], text: string, at: number, costed: ReadonlySet<string>): boolean {
  // (Past an auxiliary and a relative pronoun to the noun: "the enclosure, which cost", "the deal would cost".)
  let before = at - 1;
  while (before > 0 && (AUXILIARIES.has(tokens[before]!.word) || tokens[before]!.word === 'may')) before--;
  if (before > 0 && (tokens[before]!.word === 'which' || tokens[before]!.word === 'that')) before--;
  const subject = tokens[before];
  if (!COST_VERBS.has(tokens[at]?.word ?? '') || !subject || isStopword(subject) || SUBJECT_PRONOUNS.has(subject.word) || subject.numeric) return false;
  // (A verb, not the noun: "the total cost was 3.9 billion euros", "the cost of".)
  if (BE_FORMS.has(tokens[at + 1]?.word ?? '') || tokens[at + 1]?.word === 'of') return false;
  // (Its own word or one of the same family, anywhere in the sentence: "the flights" for "the flight", "a single fare costs 2.40
  // euros, the same as a bus ticket".)
  const asked = (t: Token) => costed.has(t.term) || familiesOf(t.term).some((f) => costed.has(f.term));
  for (let k = at - 1; k >= 0; k--) {
    if (asked(tokens[k]!)) return false;
    if (k > 0 && sentenceBreak(tokens, text, k)) break;
  }
  for (let k = at + 1; k < tokens.length && !sentenceBreak(tokens, text, k); k++) if (asked(tokens[k]!)) return false;
  return true;
}

/** Numbers with their sign, scale and unit: "$4.2 billion", "38%", "14 kilometres", "two million". */
function numbers(text: string, tokens: readonly Token[], asked: Asked, how: HowAsked): Candidate[] {
  // ("how many square meters": "46.5 million m2", the unit asked in another way of writing it.)
  const countedUnit = asked.counted === undefined ? undefined : UNIT_TERMS.get(asked.counted);
  const found: Candidate[] = [];
  // Of those, the figures told as a change: "fell 3.8%" (HowAsked.moved).
  const changes = new Set<Candidate>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "a month", "an hour": one of a unit of time, when the question asks how long.
    const one = (t.word === 'a' || t.word === 'an') && asked.measures?.includes('time') && MEASURE_WORDS.time.has(tokens[i + 1]?.word ?? '');
    // "how many times did they warn": news English counts times with "once", "twice" ("reported the cracks at least twice").
    const often = asked.counted === TIMES && HOW_OFTEN.has(t.word);
    // "half a million", "half a dozen": half of a scale is a number.
    const half = t.word === 'half' && RATE_WORDS.has(tokens[i + 1]?.word ?? '') && tokens[i + 1]!.word !== 'per' && (SCALE_WORDS.has(tokens[i + 2]?.word ?? '') || tokens[i + 2]?.word === 'dozen');
    const isNumber = half || one || often || t.numeric || (NUMBER_WORDS.has(t.word) && !['half', 'quarter', 'percent', 'double', 'twice', 'triple'].includes(t.word));
    // "how much have prices gone up": "prices have more than doubled", a change told by a verb of multiplying.
    if (how.change && MULTIPLIED.has(t.word)) {
      const c = span(tokens, hedgeStart(tokens, i, NUMBER_HEDGES), i + 1, 'number', 1);
      found.push(c);
      changes.add(c);
      continue;
    }
    if (!isNumber) continue;
    if (asked.amount && ORDINAL.test(t.word)) continue;
    // "the twenty-fourth film": a number written in words with an ordinal hyphened onto it is an ordinal.
    if (asked.amount && ORDINAL_WORDS.has(tokens[i + 1]?.word ?? '') && hyphenedAt(tokens, text, i + 1)) continue;
    // "March 31, 2011", "on 6 November": the day of a date.
    if (t.numeric && (MONTHS.has(tokens[i - 1]?.word ?? '') || MONTHS.has(tokens[i + 1]?.word ?? '')) && (tokens[i - 1]?.capital || tokens[i + 1]?.capital)) continue;
    // "her second number-one album", "it reached number five": a rank on a list, no count.
    if (how.count && tokens[i - 1]?.word === 'number' && /^[\s-]$/.test(text.slice(tokens[i - 1]!.end, t.start))) continue;
    // "entered the Nordic 40 chart", "the Vega 3 crew": a number after "the" and a name labels what the name names.
    if (how.count && t.numeric && tokens[i - 1]?.capital && !tokens[i - 1]!.acronym && tokens[i - 2]?.word === 'the' && spaced(tokens, text, i)) continue;
    // "Hikari-7", "Falcon-9": a number hyphened onto a name labels what the name names (numbered).
    if (t.numeric && tokens[i - 1]?.capital && numbered(tokens, text, i) > i) continue;
    // ("03:41 GMT", "3-1": nor is a number written onto the one before it, part of a time or a score.)
    if (t.numeric && tokens[i - 1]?.numeric && /^[:\-–]$/.test(text.slice(tokens[i - 1]!.end, t.start))) continue;
    // "the Op. 12 sonata", "No. 5": a number after a catalogue's short word labels a work.
    if (how.count && t.numeric && LABEL_WORDS.has(tokens[i - 1]?.word ?? '') && /^\.\s*$/.test(text.slice(tokens[i - 1]!.end, t.start))) continue;
    // "one of the country's most popular icons": one among the best, no count ("one of the seats" counts).
    if (t.word === 'one' && tokens[i + 1]?.word === 'of' && tokens.slice(i + 2, i + 6).some((x) => x.word === 'most' || x.word === 'best' || /^\p{Ll}{3,}est$/u.test(x.word))) continue;
    // "looked in on each one of the tenants", "no one was hurt", "every one costs": a pronoun, "one" after a word that picks from a
    // group, counts nothing.
    if (t.word === 'one' && PICKING.has(tokens[i - 1]?.word ?? '')) continue;
    // "one of the witnesses said", "one of the sources told Reuters": one of them, who told it, is no count of them either.
    if (t.word === 'one' && tokens[i + 1]?.word === 'of' && tokens.slice(i + 3, i + 6).some((x) => SPEECH_VERBS.has(x.word)) && !/[,;.]/.test(text.slice(t.end, tokens[i + 3]?.start ?? t.end))) continue;
    // ("at least 1500 Montanans": a hedge, or the noun counted after it, says it counts; "the 1964 album" dates its noun.)
    // (Not "built around 1900 and", "in about 1850,": a hedged year with no noun after it is a date.)
    const nounAfter = tokens[i + 1] !== undefined && !isStopword(tokens[i + 1]!) && !tokens[i + 1]!.numeric && spaced(tokens, text, i + 1);
    const counting =
      (nounAfter && hedgeStart(tokens, i, NUMBER_HEDGES) < i) ||
      (asked.counted !== undefined && tokens[i + 1]?.term === asked.counted && !DETERMINERS.has(tokens[i - 1]?.word ?? ''));
    if (isYear(t, text) && !asked.measures?.includes('year') && !(tokens[i + 1] && UNIT_WORDS.has(tokens[i + 1]!.word)) && !counting) continue;
    if (timeOfDayEnd(tokens, i, text) > 0) continue;
    const at = i;
    let from = i;
    if (i > 0 && ['dollar', 'pound', 'euro'].includes(tokens[i - 1]!.word) && /[$£€]/.test(text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end))) from = i - 1;
    // "US$3 billion", "A$40": the country's letters written onto the sign are part of it.
    // (One capital letter is no acronym, yet "A$", "C$", "R$" write a country's dollar as "US$" does.)
    const letters = (k: number) => tokens[k]!.acronym || /^\p{Lu}$/u.test(text.slice(tokens[k]!.start, tokens[k]!.end));
    if (from < i && from > 0 && letters(from - 1) && tokens[from - 1]!.end === tokens[from]!.start) from--;
    // "minus 12 degrees": the sign below zero is part of the figure.
    if (tokens[from - 1]?.word === 'minus') from--;
    // "about 1,900", "at least 27", "more than 70,000": the hedge is part of what the story says.
    from = hedgeStart(tokens, from, NUMBER_HEDGES);
    let to = half ? i + 3 : i + 1;
    // "4.2 billion", "1 000", a score or a range written "3-1", a time "3:08".
    // ("Fifty-seven", "twenty-one": a number written in words joined by a hyphen is one number.)
    const joined = (k: number) => NUMBER_WORDS.has(tokens[k]!.word) && hyphenedAt(tokens, text, k);
    while (to < tokens.length && (SCALE_WORDS.has(tokens[to]!.word) || joined(to) || (tokens[to]!.numeric && /^[\s\-–:]?$/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))))) to++;
    // "40,000-plus": a hedge written onto the number after it.
    if (tokens[to]?.word === 'plus' && hyphenedAt(tokens, text, to)) to++;
    // "four out of five stars", "60 out of 100": a score out of its most is one number.
    if (tokens[to]?.word === 'out' && tokens[to + 1]?.word === 'of' && isCount(tokens[to + 2])) to += 3;
    // "thousands of dollars", "hundreds of years": a scale in the plural, and the unit it counts after "of".
    if (/s$/.test(tokens[to - 1]!.word) && SCALE_WORDS.has(tokens[to - 1]!.word) && tokens[to]?.word === 'of' && UNIT_WORDS.has(tokens[to + 1]?.word ?? '')) to += 2;
    // "per cent", "%", a unit or a currency after it.
    else if (to < tokens.length && tokens[to]!.word === 'per' && tokens[to + 1]?.word === 'cent') to += 2;
    // "500 million square feet", "3 cubic metres": a unit of area or volume is two words. (Not when the question counts a
    // noun, "how many square miles", or names the unit itself, "how large in square feet": the number alone answers.)
    else if (asked.counted === undefined && !how.squared && SQUARED.has(tokens[to]?.word ?? '') && UNIT_WORDS.has(tokens[to + 1]?.word ?? '')) to += 2;
    // (Not a currency's sign, which stands before the next sum: "$68 million—$60 million more".)
    else if (to < tokens.length && UNIT_WORDS.has(tokens[to]!.word) && !/^\p{Sc}$/u.test(text.slice(tokens[to]!.start, tokens[to]!.end))) {
      to++;
      // ("3,400 nautical miles": a word that only qualifies a unit takes the unit after it; not "12 year old", "1 million euro mark".)
      if (tokens[to] && spaced(tokens, text, to) && UNIT_QUALIFIERS.has(tokens[to - 1]!.word) && UNIT_WORDS.has(tokens[to]!.word)) to++;
    }
    // ("1.9 trillion won": a currency that is an everyday word too, after a scale.)
    else if (to < tokens.length && scaledCurrency(tokens[to]!.word, tokens[to - 1]!.word)) to++;
    // "80 km/h", "12 m/s": a unit over a unit of time, written with a slash, is one unit.
    if (to > at + 1 && UNIT_WORDS.has(tokens[to - 1]!.word) && tokens[to] && text.slice(tokens[to - 1]!.end, tokens[to]!.start) === '/' && PER_TIME.has(tokens[to]!.word)) to++;
    // "how fast are wages rising": "almost 7% a year", a rate with the time it is counted in.
    if (how.speed && RATE_WORDS.has(tokens[to]?.word ?? '') && TIME_UNITS.has(tokens[to + 1]?.word ?? '')) to += 2;
    // A range: "50% to 100%", "between 10 and 12"; "from 1.33 euros to 2.66 euros" is a change, and what it was is less likely asked.
    const link = tokens[to]?.word;
    const between = link === 'and' && tokens[from - 1]?.word === 'between';
    const change = link === 'to' && tokens[from - 1]?.word === 'from';
    // ("how much did clicks drop": "from 41% to 23%", the change whole, when the question asks how much something changed.)
    const fromTo = change && how.change;
    if ((link === 'to' || between) && (!change || fromTo) && isCount(tokens[to + 1])) {
      let end = to + 2;
      while (end < tokens.length && (SCALE_WORDS.has(tokens[end]!.word) || UNIT_WORDS.has(tokens[end]!.word))) end++;
      // ("rose 18% to 42.30 reais": a share, then the level a price reached, is no range.)
      const share = (a: number, b: number) => measureOf(tokens, a, b, text).includes('percent');
      if (!share(from, to) || share(to + 1, end)) {
        to = end;
        if (between || fromTo) from--;
      }
    }
    // "1 in 25,000", "six in ten": odds or a share told as one count in another is one number (not "3 in 2019", a year).
    if (to === at + 1 && tokens[to]?.word === 'in' && isCount(tokens[to + 1]) && !isYear(tokens[to + 1]!, text) && spaced(tokens, text, to + 1)) {
      to += 2;
      while (to < tokens.length && SCALE_WORDS.has(tokens[to]!.word)) to++;
    }
    // "approved by 212 votes to 87", "won 54 seats to 46": a tally, the count of a noun set against a bare count after "to"
    // (not "from 40 members to 52", a change, nor "sent 5 teams to 3 cities", a count of something else).
    const tallied = asked.counted === undefined && to === at + 1 && tokens[to] !== undefined && !tokens[to]!.capital && !isStopword(tokens[to]!) && !UNIT_WORDS.has(tokens[to]!.word) && tokens[to]!.word !== singularOf(tokens[to]!.word);
    if (tallied && tokens[from - 1]?.word !== 'from' && tokens[to + 1]?.word === 'to' && isCount(tokens[to + 2]) && spaced(tokens, text, to + 1) && spaced(tokens, text, to + 2)) {
      const after = tokens[to + 3];
      if (after === undefined || isStopword(after) || !spaced(tokens, text, to + 3)) to += 3;
    }
    // "six years and four months", "two hours and 15 minutes": a length of time in two units is one length.
    const timeUnit = (k: number) => MEASURE_WORDS.time.has(tokens[k]?.word ?? '') && tokens[k]!.word !== 'old';
    if (timeUnit(to - 1) && tokens[to]?.word === 'and' && isCount(tokens[to + 1]) && timeUnit(to + 2) && singularOf(tokens[to + 2]!.word) !== singularOf(tokens[to - 1]!.word)) to += 3;
    // "about 40 years ago": a length of time before now is a time, and "ago" says so.
    if (tokens[to]?.word === 'ago') to++;
    i = to - 1;
    if (asked.age) {
      // ("the 24-year-old": the age as the story writes it, whole.)
      const aged = tokens[to - 1]!.word === 'year' && tokens[to]?.word === 'old' && hyphenedAt(tokens, text, to);
      if (aged) found.push(span(tokens, from, to + 1, 'number', 1));
      else if (isAge(tokens, from, to, text)) found.push(span(tokens, from, to, 'number', 1));
      continue;
    }
    // "how many runners finished", "how big is the painting": "Kiprotich, 26," is his age, which counts or measures nothing
    // else a "how" question asks ("how old" asks for it).
    if ((asked.counted !== undefined || asked.amount) && isAge(tokens, from, to, text)) continue;
    const measures = measureOf(tokens, from, to, text);
    // "1.1 billion Norwegian crowns ($100 million)": a sum converted in brackets after a number says it is a sum, in the
    // words of its currency before the brackets.
    // (Not when the question names the currency it wants: "how much is it worth in usd".)
    if (!measures.includes('money') && !how.currency) {
      let k = to;
      while (k < to + CURRENCY_WORDS && tokens[k] && !tokens[k]!.numeric && !isStopword(tokens[k]!) && spaced(tokens, text, k)) k++;
      // (A currency's sign is a token of its own; "1 trillion RMB (about US $146.5 billion)": after a hedge or a country's letters.)
      let sign = k;
      while (sign < k + CONVERSION_WORDS && tokens[sign] && (NUMBER_HEDGES.has(tokens[sign]!.word) || tokens[sign]!.acronym)) sign++;
      if (tokens[k] && tokens[sign] && /^\p{Sc}$/u.test(text.slice(tokens[sign]!.start, tokens[sign]!.end)) && /^\s*\(\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
        to = k;
        i = to - 1;
        measures.push('money');
      }
    }
    // A question that says what its number measures is not answered by another measure.
    if (asked.measures && !asked.measures.some((m) => measures.includes(m))) continue;
    // "how much is the company worth": not "a net loss of 40 million pounds", a sum of another sense.
    if (how.moneySenses && measures.includes('money')) {
      const told = moneySenseOf(tokens, text, from, to);
      if (told !== undefined && !answersSense(how.moneySenses, told.sense)) continue;
      if (told !== undefined && how.costed && otherCosted(tokens, text, told.at, how.costed)) continue;
    }
    // "how many tickets were sold": a count, not a share ("fewer than 15%"), unless the question asks for one.
    if (how.count && !asked.measures && measures.includes('percent')) continue;
    // "how many contracts": the number that counts contracts ("11 berth contracts"); a length of
    // time, a share, a sum or any other measure counts no contracts ("over three years", "12%", "a 96-kilometre canal").
    // "51 million tourists in 2011, 54 million in 2013": a number after one that counts the noun, with no noun of its own, counts it too.
    // (Over names between them too: "of which 25 will be built by Kestrel Motors, and 15 by the state workshops". Not a
    // measure of its own: "1,900 students ... over three years" counts no students.)
    const previous = found.at(-1);
    const own = tokens[to] !== undefined && !isStopword(tokens[to]!) && !tokens[to]!.numeric && spaced(tokens, text, to);
    // ("58,431 votes against 58,219 for the challenger", "won 54 seats to 46": so does one set against it.)
    const gap = previous === undefined ? '' : text.slice(previous.end, tokens[from]!.start);
    const against = previous !== undefined && /^\s+(?:\p{L}+\s+)?(?:against|to|versus|vs\.?)\s+$/u.test(gap);
    const listed = previous !== undefined && previous.quality === 1 && !own && measures.length === 0 && (/^[^.;!?]*,[^.;!?]*$/u.test(gap) || against);
    // ("23 were injured": a number told of the life event asked about counts whoever the question counts, as a toll does.)
    const toll = how.lifeEvents !== undefined && how.lifeEvents.has(eventTold(tokens, text, from, to) ?? '');
    // ...nor does a number with a unit written onto it ("1.5C", "30km"), whatever the unit.
    const unitOnto = /^\d[\d.]*(?!st$|nd$|rd$|th$|s$)\p{L}+$/u.test(t.word);
    // ("had diminished to 200": a number with no noun, unit nor "of" after it may count a noun its clause names before it.)
    const bare = !own && !unitOnto && measures.length === 0 && tokens[to]?.word !== 'of';
    const before = beforeThe(tokens, from);
    // "22 of the 87 cars left the tracks": the part told before the whole counts the whole's noun, and is what is told of
    // them; the whole after it is second when the question counts a noun ("how many cars came off": "22", not "87"; not
    // "the total prize": "$1.5 million of the $2.5 million prize"). "One of the five colleges" is a member, no part.
    const wholeAt = tokens[to]?.word !== 'of' || t.word === 'one' ? -1 : tokens[to + 1]?.word === 'the' ? to + 2 : to + 1;
    const part = wholeAt > 0 && isCount(tokens[wholeAt]);
    const partBefore = tokens[before - 1];
    const ofWhole = asked.counted !== undefined && tokens[before]?.word === 'of' && partBefore?.word !== 'one' && isCount(partBefore);
    const counts =
      asked.counted === undefined ||
      (part && tokens.slice(wholeAt, wholeAt + 3).some((x) => x.term === asked.counted)) ||
      (ANY_THING.has(asked.counted) && measures.length === 0) ||
      often ||
      listed ||
      toll ||
      tokens.slice(i, to + 3).some((x) => x.term === asked.counted || x.term === how.countedAfterNames || (countedUnit !== undefined && UNIT_KEYS.get(x.word) === countedUnit)) ||
      // ("how many kids were affected": "around 330,000 students", people the number counts named by another noun for people, near in meaning.)
      (!unitOnto && measures.length === 0 && readCounted(tokens, text, to, to - 1).some((n) => how.countedTyped !== undefined && namesSamePeople(how.countedTyped, n))) ||
      (bare && countedBefore(tokens, text, from, asked.counted));
    if (asked.counted !== undefined && !counts && (unitOnto || measures.length > 0)) continue;
    // "how much rain fell": an amount, not how long it took ("in the 48 hours").
    // ("how big is the ship": "230-metre", not "for 48 hours".)
    if ((how.much || how.size) && measures.length > 0 && measures.every((m) => m === 'time')) continue;
    // "how much was the yacht insured for": news English writes an amount in figures ("$5", "780,000 tonnes", "4.4 percent")
    // and spells out only a small count of things ("two built by students", "the two countries"), which "how much" does not ask for.
    if (how.much && measures.length === 0 && to === at + 1 && !t.numeric) continue;
    // "how many feet": "409.8", not "409.8 feet"; a length of time keeps its unit ("seven years").
    // ("how many millions of dollars": "$158.8 million", whose scale is part of the number.)
    if (to - 1 > at && tokens[to - 1]!.term === asked.counted && !MEASURE_WORDS.time.has(tokens[to - 1]!.word) && !SCALE_WORDS.has(tokens[to - 1]!.word)) {
      to--;
      // ("how many miles": "3,400", not "3,400 nautical", the first word of a unit of two.)
      if (to - 1 > at && UNIT_WORDS.has(tokens[to - 1]!.word) && !tokens[to - 1]!.numeric) to--;
    }
    // "150 million shillings ($1.1 million)": the sum in brackets after another is the same sum converted.
    // (Not after brackets that close between them: "Arvik (about 300 boats), Brenna (about 200 boats)" converts nothing.)
    // ("1 trillion RMB (about US $146.5 billion)": a sum may have a hedge or its country's letters before it in the brackets.)
    const converted = (measures.includes('money') ? /\d[^()]{0,30}\(\s*(?:\p{L}+\s+){0,2}$/u : /\d[^()]{0,30}\(\s*$/).test(text.slice(Math.max(0, tokens[from]!.start - 40), tokens[from]!.start));
    // "about 19%, up from the 11% share it claimed": what a number was before it rose or fell.
    const was = tokens[before]?.word === 'from' && (tokens[before - 1]?.word === 'up' || tokens[before - 1]?.word === 'down');
    // "jumped 18% to 42.30 reais": what a number rose or fell to, after the change, for a question that asks the change.
    const level = how.change && tokens[before]?.word === 'to' && tokens.slice(Math.max(0, before - 3), before).some((x) => x.numeric);
    // "how much did the shares drop": a figure told as a change ("fell 3.8%", "shrank by 0.3%", "from 41% to 23%"), not another
    // the passage gives ("its 133 emergency number", "a 0.4% rise in the index").
    const told = how.moved && (fromTo || toldAsChange(tokens, text, from));
    // "how big is the ship": a number with a measure ("a 230-metre container ship") says a size before one that counts
    // ("more than 140 ships").
    const unsized = how.size && measures.length === 0;
    const c = span(tokens, from, to, 'number', (counts ? 1 : 0.2) * ((change && !fromTo) || converted || was || level || ofWhole || unsized ? SECOND : 1));
    // (A number set against another stands for the noun that one counts too.)
    const kept = listed && asked.counted !== undefined ? { ...c, ...(against || PART_MARKERS.has(tokens[from - 1]?.word ?? '') ? { elliptical: true } : { listed: true }) } : c;
    found.push(kept);
    if (told) changes.add(kept);
  }
  // (Only beside a figure the passage does tell as a change: a passage may give the change in other words, "more than doubled".)
  return how.moved && changes.size > 0 ? found.map((c) => (changes.has(c) ? c : { ...c, quality: c.quality * UNCHANGED })) : found;
}

function occurrences(text: string, name: string): number[] {
  const at: number[] = [];
  if (!name) return at;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) at.push(i);
  return at;
}

/** A story's entities by each name the story gives them (the first to bear it), and the names of its people. */
interface StoryNames {
  entities: ReadonlyMap<string, Entity>;
  people: ReadonlySet<string>;
  /** Names the story gives a place inside a country: "the city of Vellmar", "Tessel province" (found when first needed). */
  within?: ReadonlySet<string>;
}

/** Kept per story: every question's candidates are looked up in them. */
const storyNamesKept = new WeakMap<Story, StoryNames>();

function storyNames(story: Story): StoryNames {
  let kept = storyNamesKept.get(story);
  if (!kept) {
    const entities = new Map<string, Entity>();
    for (const e of story.entities) for (const name of [e.name, ...e.aliases]) if (!entities.has(name)) entities.set(name, e);
    const people = new Set(story.entities.filter((e) => e.kind === 'person').flatMap((e) => [e.name, ...e.aliases]));
    storyNamesKept.set(story, (kept = { entities, people }));
  }
  return kept;
}

/** Whether the name at `from`..`to` stands with a word for a place inside a country: "the city of Vellmar", "Tessel province". */
function namedWithin(tokens: readonly Token[], text: string, from: number, to: number): boolean {
  return (PLACES_WITHIN.has(tokens[to]?.word ?? '') && !tokens[to]!.capital && spaced(tokens, text, to)) || (tokens[from - 1]?.word === 'of' && PLACES_WITHIN.has(tokens[from - 2]?.word ?? ''));
}

/** The names a story gives places inside a country, anywhere in it. */
function placesWithin(story: Story): ReadonlySet<string> {
  const kept = storyNames(story);
  if (!kept.within) {
    const within = new Set<string>();
    for (const { text } of story.passages) {
      const tokens = tokenize(text);
      for (const [from, to] of capitalRuns(tokens, text, true)) if (namedWithin(tokens, text, from, to)) within.add(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
    }
    kept.within = within;
  }
  return kept.within;
}

/** People and bodies the knowledge layer found, and other runs of capitalised words. */
function names(story: Story, passage: number, text: string, tokens: readonly Token[], kind: 'person' | 'place', asked: Asked, how: HowAsked): Candidate[] {
  const found: Candidate[] = [];
  const { askedRole, whose } = how;
  // "who is the governor's wife": the governor is who owns, not who is asked for ("the Rovers manager" is).
  const ownerAsked = ownerOfPerson(asked);
  const focus = asked.focus?.filter((f) => !ownerAsked?.terms.includes(f));
  const roleFit = (role: string | undefined) => {
    if (ownerAsked && role !== undefined && isOwner(ownerAsked, tokenize(role))) return OTHER_ROLE;
    // The title decides ("commissioner"), not what qualifies it ("county").
    if (role !== undefined && tokenize(role).some((t) => ROLE_TITLE_TERMS.has(t.term) && focus?.some((f) => neutralRole(f) === neutralRole(t.term)))) return ROLE_BONUS;
    return askedRole && role !== undefined ? OTHER_ROLE : 1;
  };
  const afterPreposition = (from: number) => {
    const at = prepositionBefore(tokens, from);
    // ("left for London", "bound for the coast": a destination after a verb of leaving and "for".)
    const leftFor = (k: number) => tokens[k]?.word === 'for' && LEAVING_FOR.has(tokens[k - 1]?.word ?? '');
    // ("according to USGS" credits a source.)
    return (at >= 0 && tokens[at - 1]?.word !== 'according') || leftFor(from - 1) || (tokens[from - 1]?.word === 'the' && leftFor(from - 2));
  };
  // "gave birth to Blue Ivy": a person the story knows is no place.
  const { people } = storyNames(story);
  for (const entity of story.entities) {
    if (!entity.passages.includes(passage)) continue;
    const isPlace = entity.kind === 'place';
    if ((kind === 'place') !== isPlace) continue;
    for (const name of [entity.name, ...entity.aliases.filter((a) => /^\p{Lu}/u.test(a))]) {
      for (const at of occurrences(text, name)) {
        const [from, to] = tokenRange(tokens, at, at + name.length);
        if (from >= to) continue;
        if (isPlace && POSSESSIVE.test(text.slice(tokens[from]!.start, tokens[to - 1]!.end)) && ownedPlace(tokens, text, to) === to && ownsBody(tokens, text, to)) continue;
        // A place answers "where" after "in", "at", "near"...; "the Geneva meeting" only names it.
        // "who is the judge": the person whose role the article gives as that is likelier than any other.
        // ("Sethuraman's coach, Serbian grandmaster Elena Markovic": the role asked, set just before this name, is hers too.)
        // (Only words that describe her between them, no clause: not "aides that he underestimated Putin"; and the role a
        // common noun, not the title of another name: "cast as Inspector Halloran, Tomas Reiner".)
        const before = tokens.slice(Math.max(0, from - ROLE_REACH - 1), from);
        const roleAt = before.findLastIndex((t) => !t.capital && ROLE_TITLE_TERMS.has(t.term) && focus?.some((f) => neutralRole(f) === neutralRole(t.term)));
        const calledAsked = !isPlace && roleAt >= 0 && before.slice(roleAt + 1).every((t) => !isStopword(t) && !/ed$/.test(t.word));
        const quality = isPlace ? (afterPreposition(from) ? 1 : 0.6) : (entity.kind === 'person' ? 1 : 0.9) * (calledAsked ? ROLE_BONUS : roleFit(entity.role));
        found.push(span(tokens, from, to, kind, quality));
      }
    }
  }
  if (kind === 'person') {
    for (const source of story.sources) {
      if (!source.passages.includes(passage)) continue;
      for (const at of occurrences(text, source.name)) {
        const [from, to] = tokenRange(tokens, at, at + source.name.length);
        if (from < to) found.push(span(tokens, from, to, 'source', 0.7));
      }
    }
  }
  // "other European cities, including Barcelona", "ports such as Gdansk": a name given as one of the places a plural names.
  const instance = (from: number) => {
    const suchAs = tokens[from - 1]?.word === 'as' && tokens[from - 2]?.word === 'such';
    if (!suchAs && !EXAMPLE_MARKERS.has(tokens[from - 1]?.word ?? '')) return false;
    const plural = tokens[suchAs ? from - 3 : from - 2];
    return plural !== undefined && plural.word !== singularOf(plural.word) && PLACE_WORDS.has(singularOf(plural.word)) ? singularOf(plural.word) : undefined;
  };
  // (Where the last run left out as a place ends.)
  let placeTo = -1;
  for (const [from, runEnd] of capitalRuns(tokens, text, true)) {
    const to = numbered(tokens, text, runEnd);
    // "near the town of Yenikoy", "the province of Sichuan": the name a common place's "of" gives is that place.
    const placeOf = tokens[from - 1]?.word === 'of' && !tokens[from - 2]?.capital && PLACE_WORDS.has(singularOf(tokens[from - 2]?.word ?? '')) ? singularOf(tokens[from - 2]!.word) : undefined;
    const afterPlace = afterPreposition(from) || (afterPreposition(from - 1) && COMPASS.has(tokens[from - 1]!.word)) || instance(from) || placeOf !== undefined;
    const country = to - from === 1 && COUNTRY_WORDS.has(tokens[from]!.word);
    // "Harbour Road", "Kiria village": a place by the word in or after it.
    const placeName = tokens.slice(from, to + 1).some((t) => PLACE_WORDS.has(t.word));
    if (kind === 'place') {
      // "the Athens-based company": where it is based.
      const based = basedAt(tokens, text, to);
      const words = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
      if (people.has(words.replace(/['’]s$/, ''))) continue;
      // "to Sand's estate at Nohant", "Montana's mountain ranges": what the name owns is where, not the name.
      const owner = POSSESSIVE.test(words) ? OWNER : 1;
      // "hit Qingchuan, Sichuan": a name after a place and a comma says where that place is; "sent to Bruges and
      // Kortrijk": a name joined to a place by "and" shares its preposition, and is a place too.
      const last = found.at(-1);
      const link = last !== undefined && last.kind === 'place' ? text.slice(last.end, tokens[from]!.start) : '';
      const within = /^,\s*$/.test(link) || /^\s+and\s+$/.test(link);
      if (!(afterPlace || country || placeName || based || within)) continue;
      // "in southern Sichuan": the part of the place named.
      const part = isCompass(tokens[from - 1]) ? from - 1 : from;
      // "Kiria village", "the Beichuan county seat": the kind of place after its name is part of it.
      const kindAfter = owner === 1 && tokens[to] !== undefined && !tokens[to]!.capital && PLACE_WORDS.has(tokens[to]!.word) && spaced(tokens, text, to);
      // "in Shanghai's financial district": the common place the name owns, with its owner, is where.
      const owned = owner < 1 ? ownedPlace(tokens, text, to) : to;
      // "Austria's culture ministry": a place that owns a body says whose body it is, not where anything is.
      if (owner < 1 && owned === to && ownsBody(tokens, text, to)) continue;
      if (owned > to) {
        found.push(span(tokens, part, owned, 'place', afterPlace ? 0.8 : 0.5));
        continue;
      }
      // "which town": one of the "fishing towns such as Neskaupstadur" stands where the question wants its answer.
      const kindAsked = how.kindNoun !== undefined && (instance(from) === how.kindNoun || placeOf === how.kindNoun) ? SLOT_BONUS : 1;
      // "held at the Church of the Madeleine": a place's noun with the "of" the story's name for it goes on to, whole.
      const whole = tokens[to]?.word === 'of' ? story.entities.find((e) => e.kind !== 'person' && e.name.startsWith(`${words} of `) && text.startsWith(e.name, tokens[from]!.start)) : undefined;
      const end = whole ? tokenRange(tokens, tokens[from]!.start, tokens[from]!.start + whole.name.length)[1] : kindAfter ? to + 1 : to;
      const c = span(tokens, part, end, 'place', (afterPlace || based ? 0.8 : within ? last!.quality : 0.5) * owner * kindAsked);
      found.push(kindAsked > 1 ? { ...c, alone: true } : c);
      continue;
    }
    // Everyday words that open the passage are capitalised for that ("Emergency departments at four
    // hospitals closed"): a name of such words the story uses is one of its names, found above.
    if (from === 0 && tokens.slice(from, to).every((t) => isCommonWord(t.word))) continue;
    // "Tarvik-based Morrow Feeder Lines", "Kremlin-backed": a name hyphened onto a word in lower case makes an adjective of
    // it (the doer, where that word is the question's: "who ruled the Osk dynasty", "the Tarvan-ruled Osk dynasty").
    const hyphened = tokens[to] !== undefined && !tokens[to]!.capital && hyphenedAt(tokens, text, to);
    if (hyphened && !asked.focus?.includes(tokens[to]!.term)) continue;
    // A demonym or a name before a plural noun is a group: "Kenyan officials", "German voters".
    const next = tokens[to];
    const possessive = /['’]s$/.test(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
    // ("Temperley says", "Wylie asserts": a name and its verb of speech; "Zelda sacrifices": a person the story knows, and their verb.)
    const person = people.has(text.slice(tokens[from]!.start, tokens[from]!.end));
    // (Not over a comma: "Dremmen, holds a regatta"; nor before an article, which opens a verb's object: "Delacroix gives
    // an account" is a name and its verb, and the name is one even where it opens the sentence.)
    const verbLike = next !== undefined && /s$/.test(next.word) && ARTICLES.has(tokens[to + 1]?.word ?? '');
    if (verbLike && to - from === 1 && !possessive && !next.capital && !((afterPlace && country) || placeName) && spaced(tokens, text, to)) {
      found.push(span(tokens, from, to, 'person', 0.6));
      continue;
    }
    if (next && !next.capital && !isStopword(next) && /s$/.test(next.word) && !SPEECH_VERBS.has(next.word) && to - from === 1 && !possessive && !person && spaced(tokens, text, to)) {
      // ("eastern Varellian princes": with the part of the land they are from.)
      const part = isCompass(tokens[from - 1]) && spaced(tokens, text, from) ? from - 1 : from;
      found.push(span(tokens, part, to + 1, 'person', 0.6));
      continue;
    }
    // "Lena Ortiz's father resigned": a person's kin, where no name of theirs follows, is who.
    if (possessive && people.has(text.slice(tokens[from]!.start, tokens[to - 1]!.end - 2)) && next !== undefined && KIN_WORDS.has(next.word) && spaced(tokens, text, to) && !(tokens[to + 1]?.capital && spaced(tokens, text, to + 1))) {
      found.push(span(tokens, from, to + 1, 'person', GROUP));
      continue;
    }
    if ((afterPlace && country) || placeName) continue;
    // "whats the name of the man", "who brought the virus in": not "returned from Central Asia", "schools in the city of Vellmar",
    // a region of the world, or a town the story knows as a place where it says where. (A country may stand for its
    // government: "Norway imposed tariffs".)
    const runWords = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    // ("in Kelm and Velda": a name joined to such a place shares its preposition.)
    const where = placeOf !== undefined || LOCATIVES.has(tokens[from - 1]?.word ?? '') || (placeTo === from - 1 && tokens[from - 1]?.word === 'and');
    const knownPlace = where && !possessive && storyNames(story).entities.get(runWords)?.kind === 'place' && !people.has(runWords) && !isCountryName(runWords);
    if (isWorldRegion(runWords) || knownPlace) {
      placeTo = to;
      continue;
    }
    // "Spanish Foreign Minister Ana Ruiz": the demonym and the title are the role, the rest the name.
    // "Hyper's Javier Glickman": the name after an owner's is the person.
    let first = from;
    // ("Kenya's Space Office", "the Vardan Republic's Mining Authority": a body the story knows, after an owner other than
    // one of its people, is named with it; "Ana Ruiz's Harbour Films" is named by its own name.)
    let ownedBody = false;
    for (let k = to - 2; k >= from; k--) {
      if (POSSESSIVE.test(text.slice(tokens[k]!.start, tokens[k]!.end))) {
        ownedBody = storyNames(story).entities.get(text.slice(tokens[k + 1]!.start, tokens[to - 1]!.end))?.kind === 'body' && !people.has(text.slice(tokens[from]!.start, tokens[k]!.end - 2));
        if (ownedBody) break;
        first = k + 1;
        // ("Ana Ruiz and Tom Bell's Hope for Harbours": the owner after "and" is one of the two named.)
        if (tokens[from - 1]?.word === 'and' && tokens[from - 2]?.capital) found.push(span(tokens, from, k + 1, 'person', 0.6));
        break;
      }
    }
    const role = (t: Token) => ROLE_TITLES.has(t.word) || ROLE_MODIFIERS.has(t.word) || NAME_JOINERS.has(t.word) || COUNTRY_WORDS.has(t.word);
    const owned = first;
    while (!ownedBody && first < to - 1 && role(tokens[first]!)) first++;
    // "Federal Transport Minister Lukas Herrendorf": whatever words qualify a title before it ("Federal Transport"), the
    // title ends the role and the name follows it.
    let qualified = false;
    for (let k = to - 2; k > first; k--) {
      if (ROLE_TITLES.has(tokens[k]!.word) && tokens[k]!.capital) {
        first = k + 1;
        qualified = true;
        break;
      }
    }
    // "Survivor Mary Njeri": the role the article gives a person, before their name, is no part of it.
    const run = text.slice(tokens[first]!.start, tokens[to - 1]!.end).toLowerCase();
    if (story.entities.some((e) => e.role && run === `${e.role} ${e.name}`.toLowerCase())) continue;
    // "Princess Obreskoff", "President Obama": a title goes with the name, unless the question asks
    // for that title ("who is the foreign minister": "Ana Ruiz"); where someone is from does not.
    // (Nor, where the question asks who holds a role, an office's title or a rank: "whos the head of the bank", "Governor
    // Ana Ruiz"; "who is the police spokeswoman", "Colonel Ana Ruiz".)
    let title = first;
    const office = (t: Token) => (how.askedRole || asked.identity === true) && (RANKS.has(t.word) || (!TITLES_OF_ADDRESS.has(t.word) && !HONORIFICS.has(t.word)));
    const titled = (t: Token) => t.capital && (ROLE_TITLES.has(t.word) || ROLE_MODIFIERS.has(t.word) || TITLES_OF_ADDRESS.has(t.word)) && !office(t);
    while (!qualified && title > owned && titled(tokens[title - 1]!)) title--;
    if (tokens.slice(title, first).every((t) => !asked.focus?.includes(t.term))) first = title;
    // "the Ming court", "the Labour party": a name before a lower-case word for a body names that body.
    // (Not "the Norwegian company Havsyn": there the body's own name follows, and the words before only describe it.)
    const nameAfter = tokens[to + 1] !== undefined && tokens[to + 1]!.capital && spaced(tokens, text, to + 1);
    // ("Allure magazine", "the Tang dynasty": an outlet's word, or a ruling house's, too.)
    const bodyWord = (word: string) => BODY_WORDS.has(word) || MEDIA_WORDS.has(word) || RULING_WORDS.has(word);
    const body = tokens[to] !== undefined && !tokens[to]!.capital && bodyWord(tokens[to]!.word) && spaced(tokens, text, to) && !possessive && !nameAfter;
    if (body) {
      found.push(span(tokens, first, to + 1, 'person', 0.6));
      continue;
    }
    // One word alone that opens the sentence is capitalised for that ("Following"): the names the
    // story knows were found above. Initials alone ("IT") are less likely a name.
    if (to - first === 1 && first === 0) continue;
    // "Norway's Fisheries Minister, Erlend Haugli": a run that ends on a title is the title, not a name.
    if (ROLE_TITLES.has(tokens[to - 1]!.word)) continue;
    found.push(span(tokens, first, to, 'person', to - first === 1 && tokens[first]!.acronym ? 0.4 : 0.6));
  }
  // "who is the governor", "who was the first consul": who is a kind of person asks for a name.
  if (kind === 'person' && !how.personAsked) found.push(...groups(tokens, text));
  if (kind === 'person' && how.speech) found.push(...saidAfter(tokens, text));
  // A person the question's role rules out stays out under any other reading of their name.
  const out = found.filter((c) => c.quality === 0);
  const titles = quotedTitles(text);
  // "ABU DHABI, United Arab Emirates – ...": a dateline's words say where the story was filed, never who.
  const dash = kind === 'person' ? (datelineOf(text)?.dash ?? -1) : -1;
  const kept = found.filter(
    (c) =>
      !out.some((o) => o.from < c.to && c.from < o.to) &&
      !(c.kind === 'person' && c.end <= dash) &&
      // "named “World's Most Beautiful Woman” by People": the words of a quoted title name a work or an honour.
      !titles.some(([start, end]) => start <= c.start && c.end <= end) &&
      // "coached by American record producer Rudy Perez": a demonym alone says where someone is from, not
      // who or where; it answers "whose waters" ("Norwegian waters").
      !(c.to - c.from === 1 && isDemonym(text.slice(c.start, c.end)) && whose === undefined),
  );

  // "The Recording Industry Association of America (RIAA) listed": the short form in brackets after a name stands for it.
  if (kind === 'person') kept.forEach((c, k) => (kept[k] = fullNameOf(c, tokens, text)));
  // "what is the name of the safehouse": a name the text gives in quotation marks after "called" ("is called “Hildebrand
  // Rarities”", "whose nickname “The Gipper”") is that name, whatever its words.
  if (kind === 'person' && how.nameAsked) kept.push(...quotedNames(tokens, text));
  // "taken to hospital", "sleeping in a church and two schools": where no name answers, the
  // common place a locative preposition points at.
  if (kind === 'place' && kept.length === 0) kept.push(...commonPlaces(tokens, text, how.speech));
  return joined(longest(kept), text, tokens);
}

/**
 * The name after a lower-case noun for a person at `to`, where a name ends right before that noun ("the Buddhist monk
 * Yao Guangxiao", "Lumora's co-founder Ana Ruiz"): the name before says what that person is, or whose.
 */
function describedAfter(tokens: readonly Token[], text: string, to: number): Candidate | undefined {
  // ("Lumora's co-founder Ana Ruiz": a noun of hyphened parts is its last.)
  let last = to;
  while (hyphenedAt(tokens, text, last + 1)) last++;
  const noun = tokens[last];
  if (noun === undefined || tokens[to]!.capital || noun.numeric || !isPersonNoun(noun.word) || !spaced(tokens, text, to) || tokens[last + 1]?.capital !== true || !spaced(tokens, text, last + 1)) return undefined;
  let end = last + 2;
  while (tokens[end]?.capital && spaced(tokens, text, end)) end++;
  return span(tokens, last + 1, end, 'person', 1);
}

/** The person the story knows whose name ends right before the "of" (or "of the") that governs `c`, or that `c` holds. */
function personBeforeOf(tokens: readonly Token[], text: string, c: Candidate, story: Story): Candidate | undefined {
  // ("Ana Ruiz of Marlow Capital" read as one run of capitals: the person before its "of"; not a name with "of" in it, "Anne of Cleves".)
  const { people } = storyNames(story);
  const inner = tokens.slice(c.from, c.to).findIndex((t) => t.word === 'of');
  if (inner > 0 && !people.has(text.slice(c.start, c.end)) && people.has(text.slice(c.start, tokens[c.from + inner - 1]!.end))) return span(tokens, c.from, c.from + inner, 'person', 1);
  // ("Ana Ruiz of Lisbon-based Marlow Capital", "of the state-run Daily Post": over a hyphened word that describes the body.)
  let from = c.from;
  while (from > 1 && hyphenedAt(tokens, text, from - 1) && spaced(tokens, text, from)) from -= 2;
  const of = beforeThe(tokens, from);
  if (tokens[of]?.word !== 'of' || !tokens[of - 1]?.capital) return undefined;
  // (The name may open a longer run of capitals: "Ana Ruiz of Lisbon" before "-based".)
  const end = tokens[of - 1]!.end;
  const ends = (n: string) => text.slice(end - n.length, end) === n && (end === n.length || !/\p{L}/u.test(text[end - n.length - 1]!));
  const name = [...people].filter(ends).sort((a, b) => b.length - a.length)[0];
  return name === undefined ? undefined : span(tokens, tokenRange(tokens, end - name.length, end)[0], of, 'person', 1);
}

/** An ordinal in lower case that tells which of a line ("fifth", "14th"), not "last" or "next". */
function isTitleOrdinal(t: Token | undefined): boolean {
  return t !== undefined && !t.capital && (ORDINAL_WORDS.has(t.word) || ORDINAL.test(t.word)) && t.word !== 'last' && t.word !== 'next';
}

/** Whether a lower-case ordinal stands right before the name at `from`, after "the": "the fifth Dalai Lama". */
function numberedTitle(tokens: readonly Token[], text: string, from: number): boolean {
  return isTitleOrdinal(tokens[from - 1]) && tokens[from - 2]?.word === 'the' && spaced(tokens, text, from);
}

/**
 * Whether a person's name stands after a name and a comma with an ordinal before it, "Karma Dorje, 6th Grand Abbot",
 * "Tenzin Dorje, the 14th Grand Abbot" (the ordinal may open it): it is the title of the one named before. Not after
 * an opening phrase, "In Lhasa, the 14th Grand Abbot spoke", "On Monday, the 14th …".
 */
function apposedTitle(tokens: readonly Token[], text: string, c: Candidate): boolean {
  const at = isTitleOrdinal(tokens[c.from]) ? c.from : c.from - 1;
  if (c.kind !== 'person' || !isTitleOrdinal(tokens[at])) return false;
  const start = tokens[at - 1]?.word === 'the' ? at - 1 : at;
  const before = tokens[start - 1];
  if (before === undefined || !before.capital || !/^,\s+$/.test(text.slice(before.end, tokens[start]!.start))) return false;
  let first = start - 1;
  while (first > 0 && tokens[first - 1]!.capital && spaced(tokens, text, first)) first--;
  return !(first <= 1 && PREPOSITIONS.has(tokens[0]!.word));
}

/** Military ranks, titles of address that say what someone does, not who they are. */
const RANKS: ReadonlySet<string> = new Set(['general', 'admiral', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant']);

/** Words for a ruling house or a realm after its name: "the Ming dynasty", "the Tibetan Empire". */
const RULING_WORDS: ReadonlySet<string> = new Set(['dynasty', 'empire', 'kingdom', 'regime']);

/** Small words inside a body's name: "Center for Science in the Public Interest". */
const NAME_INNER_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'the', 'and', 'on']);
/** Most words of the name an acronym in brackets stands for. */
const FULL_NAME_WORDS = 10;

/**
 * An acronym in brackets right after a name, as that name ("The Center for Science in the Public Interest (CSPINET)"):
 * from the first word, among the capitalised and small words before the bracket, that begins with the acronym's letter.
 */
function fullNameOf(c: Candidate, tokens: readonly Token[], text: string): Candidate {
  if (c.to - c.from !== 1 || !tokens[c.from]!.acronym || text[c.start - 1] !== '(' || text[c.end] !== ')') return c;
  const initial = text[c.start]!;
  let first = -1;
  for (let k = c.from - 1; k >= 0 && c.from - k <= FULL_NAME_WORDS; k--) {
    const t = tokens[k]!;
    const gap = text.slice(t.end, k === c.from - 1 ? c.start - 1 : tokens[k + 1]!.start);
    if (!/^\s*$/.test(gap) || !(t.capital || NAME_INNER_WORDS.has(t.word))) break;
    if (t.capital && !NAME_INNER_WORDS.has(t.word) && text[t.start] === initial) first = k;
  }
  return first < 0 ? c : span(tokens, first, c.from, c.kind, c.quality);
}

/** The end of a name that ends at `to`, with a number hyphened onto it: "Auk-1", "Falcon-9" (the story's index reads the name alone). */
function numbered(tokens: readonly Token[], text: string, to: number): number {
  return tokens[to]?.numeric && !tokens[to - 1]!.numeric && hyphenedAt(tokens, text, to) ? to + 1 : to;
}

/** Most words of a common place a name owns: "Shanghai's financial district". */
const OWNED_PLACE_WORDS = 2;

/** The end of a common place a possessive name owns, from `at` (up to two lower-case words, the last a noun for a place), or `at`. */
function ownedPlace(tokens: readonly Token[], text: string, at: number): number {
  let end = at;
  for (let k = at; k < at + OWNED_PLACE_WORDS && k < tokens.length && spaced(tokens, text, k); k++) {
    const t = tokens[k]!;
    if (t.capital || t.numeric || isStopword(t)) break;
    if (PLACE_WORDS.has(t.word)) end = k + 1;
  }
  return end;
}

/** Words for a body that also name a place: "Kenya's capital", "the speaker's house". */
const PLACE_BODIES: ReadonlySet<string> = new Set(['capital', 'house']);

/** Whether the lower-case noun phrase right after an owner's name holds a word for a body: "Austria's culture ministry". */
function ownsBody(tokens: readonly Token[], text: string, at: number): boolean {
  for (let k = at; k < at + OWNED_PLACE_WORDS && k < tokens.length && spaced(tokens, text, k); k++) {
    const t = tokens[k]!;
    if (t.capital || t.numeric || isStopword(t)) return false;
    if (BODY_WORDS.has(t.word) && !PLACE_BODIES.has(t.word)) return true;
  }
  return false;
}

/** Words that bring in an example of what the noun before them names: "cities including Barcelona", "towns like Hvar". */
const EXAMPLE_MARKERS: ReadonlySet<string> = new Set(['including', 'like']);

/** Where "such as", "including" or "like" right after the word at `at` ends ("towns such as": at "as"), or -1. */
function exampleMarker(tokens: readonly Token[], at: number): number {
  if (tokens[at + 1]?.word === 'such' && tokens[at + 2]?.word === 'as') return at + 2;
  return EXAMPLE_MARKERS.has(tokens[at + 1]?.word ?? '') ? at + 1 : -1;
}

/** The owner a "who is" question writes before a noun for a person ("the governor's wife"), not before "name" or "age". */
function ownerOfPerson(asked: Asked): Asked['owner'] {
  // ("who accompanied chopins sister": the one owned is who the verb is about, not who is asked for.)
  return asked.kind === 'person' && asked.owner?.complement === true && isPersonNoun(singularOf(asked.owner.owned)) ? asked.owner : undefined;
}

/** Whether words (a name, a role) stand for the owner: they hold its word, not the noun it owns ("Rovers manager"). */
function isOwner(owner: NonNullable<Asked['owner']>, words: readonly Token[]): boolean {
  // ("who was the Varel Emperor's father": not "the Tolvan Emperor", whose name word the owner lacks.)
  const otherName = words.some((t) => t.capital && !owner.terms.includes(t.term) && !isCommonWord(t.word));
  return words.some((t) => owner.head.includes(t.term)) && !words.some((t) => t.term === termOf(owner.owned)) && !otherName;
}

/** How sure a group named by a noun is to be the people asked about, beside a name (0.6 to 1). */
const GROUP = 0.5;
/** Most words that qualify a group's noun ("corrupt local government officials"); each hyphened part is one. */
const GROUP_MODIFIERS = 3;

/**
 * People named by what they are where the story gives no name: a plural noun for people ("reporters",
 * "senior advisers", "Syrian refugees") or one someone has ("his father", "her husband and daughter").
 * The words between a function word and the noun qualify it ("to senior advisers", "some of the corrupt
 * government officials", "the hiring of non-union workers").
 */
function groups(tokens: readonly Token[], text: string): Candidate[] {
  const found: Candidate[] = [];
  const person = (t: Token | undefined) => t !== undefined && !t.capital && !t.numeric && !isStopword(t) && isPersonNoun(singularOf(t.word));
  const modifier = (t: Token) => !isStopword(t) && !t.numeric && (!t.capital || isDemonym(text.slice(t.start, t.end)));
  tokens.forEach((t, i) => {
    if (!person(t)) return;
    const owner = POSSESSIVE_PRONOUNS.has(tokens[i - 1]?.word ?? '');
    if (!owner && singularOf(t.word) === t.word) return;
    let from = owner ? i - 1 : i;
    let first = i;
    while (!owner && i - first < GROUP_MODIFIERS && tokens[first - 1] !== undefined && modifier(tokens[first - 1]!) && /^(?:\s+|[-‑])$/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
    // ("the price it pays cocoa farmers": after a subject pronoun, the first word is its verb, which says nothing of the people.)
    const verb = first < i && SUBJECT_PRONOUNS.has(tokens[first - 1]?.word ?? '');
    if (verb) first++;
    if (first < i && (verb || tokens[first - 1] === undefined || isStopword(tokens[first - 1]!))) from = first;
    let to = i + 1;
    if (tokens[to]?.word === 'and' && person(tokens[to + 1]) && spaced(tokens, text, to + 1)) to += 2;
    // "its president, the Rev. John Jenkins": the noun is the role of the name after it; "many
    // contemporaries, notably the physicist Henry Calloway": the name says who.
    if (/^,\s+(?:(?:notably|including|especially|such as)\s+)?(?:the\s+)?\p{Lu}|^,\s+(?:notably|including|especially|such as)\s/u.test(text.slice(tokens[to - 1]!.end))) return;
    found.push(span(tokens, from, to, 'person', GROUP));
  });
  return found;
}

/** Adverbs and auxiliaries that may stand between a subject and its verb: "has largely ignored". */
const BETWEEN_SUBJECT_AND_VERB = 2;

/**
 * A body named by its common noun ("the government", "the state propaganda bureau") as the subject of the verb at each of
 * `verbs` ("The government had disregarded the warnings"), or its agent after "by" ("restored by the government"): who did it,
 * where the story gives no name. With `speech`, any common noun after "the" before a verb of speech ("the harbour master said").
 */
function bodiesDoing(tokens: readonly Token[], text: string, verbs: readonly number[], speech = false): Candidate[] {
  const found: Candidate[] = [];
  // ("who announced it": "..., the royal household said", where the question asks who spoke, whoever the words credit by
  // their common noun, after "the", before a verb of speech, is who did.)
  const speaker = (at: number) => speech && SPEECH_VERBS.has(tokens[at]?.word ?? '');
  const noun = (t: Token) => !isStopword(t) && !/(?:ly|ed|ing)$/.test(t.word);
  let speaking = false;
  const body = (t: Token | undefined) => t !== undefined && !t.capital && !t.numeric && (BODY_WORDS.has(singularOf(t.word)) || (speaking && noun(t)));
  // The noun phrase that ends on the noun at `head`: "the" and the words that qualify the noun.
  const phrase = (head: number) => {
    let first = head;
    while (head - first < GROUP_MODIFIERS && tokens[first - 1] !== undefined && !tokens[first - 1]!.capital && !isStopword(tokens[first - 1]!) && /^(?:\s+|[-‑])$/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
    if (tokens[first - 1]?.word !== 'the' || !spaced(tokens, text, first)) return;
    found.push(span(tokens, first - 1, head + 1, 'person', GROUP));
  };
  for (const at of verbs) {
    speaking = false;
    if (tokens[at + 1]?.word === 'by') {
      // ("restored by the government": the agent of the passive.)
      let head = at + 2;
      while (head - at - 2 <= GROUP_MODIFIERS + 1 && tokens[head] !== undefined && !body(tokens[head]) && !tokens[head]!.capital && (head === at + 2 || !isStopword(tokens[head]!))) head++;
      if (body(tokens[head]) && spaced(tokens, text, head) && !(tokens[head + 1]?.word === 'of' && tokens[head + 2]?.capital)) phrase(head);
      continue;
    }
    let head = at - 1;
    while (at - head <= BETWEEN_SUBJECT_AND_VERB && tokens[head] !== undefined && (AUXILIARIES.has(tokens[head]!.word) || /ly$/.test(tokens[head]!.word) || tokens[head]!.word === 'not')) head--;
    // (Not "the warnings were disregarded": the subject of a passive verb is what was done to.)
    if (tokens.slice(head + 1, at).some((t) => BE_FORMS.has(t.word))) continue;
    speaking = speaker(at);
    if (body(tokens[head]) && spaced(tokens, text, head + 1)) phrase(head);
  }
  return found;
}

/** Most words of a common noun phrase that words are credited to: "an adviser close to the deal". */
const CREDITED_WORDS = 6;

/** "according to an adviser close to the deal": the noun phrase after "according to" and an article, to the next mark. */
function creditedTo(tokens: readonly Token[], text: string): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((t, i) => {
    const from = i + 2;
    if (t.word !== 'according' || tokens[i + 1]?.word !== 'to' || !ARTICLES.has(tokens[from]?.word ?? '') || tokens[from + 1] === undefined || tokens[from + 1]!.capital) return;
    let to = from + 1;
    while (to < tokens.length && to - from < CREDITED_WORDS && spaced(tokens, text, to) && !tokens[to]!.capital && !tokens[to]!.numeric) to++;
    // (To a mark: a phrase cut short is no one's whole description.)
    if (to === tokens.length || !spaced(tokens, text, to)) found.push(span(tokens, from, to, 'person', GROUP));
  });
  return found;
}

/** The names a story lists under a noun's plural, by the noun's term, kept per story. */
const LISTED_KEPT = new WeakMap<Story, Map<string, ReadonlySet<string>>>();

/**
 * The names a story lists right after the plural of the noun `head` (a term) and a dash, a colon or "such as", "including", "like",
 * joined by commas and "and": "The four libraries - Ash Library, Elm Library and St Rowan's Reading Room".
 */
function listedAs(story: Story, head: string): ReadonlySet<string> {
  let byHead = LISTED_KEPT.get(story);
  if (!byHead) LISTED_KEPT.set(story, (byHead = new Map()));
  const kept = byHead.get(head);
  if (kept) return kept;
  const listed = new Set<string>();
  for (const { text } of story.passages) {
    const tokens = tokenize(text);
    const runs = capitalRuns(tokens, text);
    tokens.forEach((t, i) => {
      if (t.term !== head || t.capital || singularOf(t.word) === t.word) return;
      const gap = text.slice(t.end, tokens[i + 1]?.start ?? t.end);
      const example = exampleMarker(tokens, i);
      const marked = /^\s*[-–—:]\s*$/.test(gap) ? i + 1 : example >= 0 ? example + 1 : -1;
      let run = marked < 0 ? undefined : runs.find(([from]) => from === marked);
      while (run) {
        listed.add(text.slice(tokens[run[0]]!.start, tokens[run[1] - 1]!.end));
        const [, to] = run;
        const next = tokens[to]?.word === 'and' ? to + 1 : to;
        const joined = /^,?\s+(?:and\s+)?$|^,\s+$/.test(text.slice(tokens[to - 1]!.end, tokens[next]?.start ?? tokens[to - 1]!.end));
        run = joined ? runs.find(([from]) => from === next) : undefined;
      }
    });
  }
  byHead.set(head, listed);
  return listed;
}

/** Words of quantity that open a noun phrase: "many different lamas". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'various', 'several', 'some', 'other', 'all', 'most', 'few']);

/**
 * Plural nouns in lower case after `preposition` where a question word stands a few words before it ("sent invitations
 * to ruling lamas", "giving patronage to many different Tibetan lamas"), with the words that qualify them.
 */
function pluralsAfter(tokens: readonly Token[], text: string, preposition: string, near: readonly { at: number }[]): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (t.word !== preposition || !near.some((a) => a.at < i && i - a.at <= PREPOSITION_REACH) || !spaced(tokens, text, i + 1)) return;
    // (After an article or a word of quantity: "the", "many", "various".)
    const from = ARTICLES.has(tokens[i + 1]?.word ?? '') || QUANTIFIERS.has(tokens[i + 1]?.word ?? '') ? i + 2 : i + 1;
    for (let to = from; to < tokens.length && to - from <= GROUP_MODIFIERS && spaced(tokens, text, to); to++) {
      const w = tokens[to]!;
      // (A name may qualify the noun, "Tibetan lamas", not own it: "Ana Ruiz's lawyers" are hers, named by her name.)
      if (w.numeric || isStopword(w) || (w.capital && POSSESSIVE.test(text.slice(w.start, w.end)))) return;
      if (!w.capital && w.word !== singularOf(w.word)) {
        found.push(span(tokens, tokens[i + 1]!.word === 'the' ? from : i + 1, to + 1, 'person', GROUP));
        return;
      }
    }
  });
  return found;
}

/** Most words of a speaker named by what it is: "the city's health service". */
const SPEAKER_WORDS = 5;

/**
 * "..., one was taken to hospital, the city's health service said.": news English closes a sentence with who said it, set
 * off by a comma, often a body named by what it is rather than by its name; it answers "who said".
 */
function saidAfter(tokens: readonly Token[], text: string): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((t, v) => {
    if (!ATTRIBUTING.has(t.word) || !/^\s*[.;!?]/u.test(text.slice(t.end))) return;
    let from = v;
    while (from > 0 && v - from < SPEAKER_WORDS && !/[,“”"]/u.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
    if (from === 0 || from === v || !text.slice(tokens[from - 1]!.end, tokens[from]!.start).includes(',') || tokens[from]!.word !== 'the') return;
    if (tokens.slice(from, v).some((x) => x.capital || x.numeric)) return;
    found.push(span(tokens, from, v, 'person', GROUP));
  });
  return found;
}

/** Words after which a quotation is a name given: "called “iTunes Plus”", "nicknamed", "titled". */
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named', 'nicknamed', 'nickname', 'titled', 'entitled', 'dubbed']);
/** How much likelier a name in quotation marks after a naming word is the name asked for than another name. */
const QUOTED_NAME = 1.5;

/** Quotations right after a word that gives a name, as candidates of their words. */
function quotedNames(tokens: readonly Token[], text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(/["“]([^"“”]+)["”]/g)) {
    const inner = m.index + 1;
    const [from, to] = tokenRange(tokens, inner, inner + m[1]!.replace(/[\s,.;:]+$/, '').length);
    if (from >= to || !NAMING_WORDS.has(tokens[from - 1]?.word ?? '')) continue;
    found.push(span(tokens, from, to, 'person', QUOTED_NAME));
  }
  return found;
}

/** Quotations in title case, ≤ 8 words: the title of a work or an honour ("“Hottest Female Singer of All Time”"), as [start, end) in the text. */
function quotedTitles(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/["“]([^"“”]+)["”]/g)) {
    const words = tokenize(m[1]!);
    if (words.length <= 8 && words.every((t) => t.capital || t.numeric || isStopword(t))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** How much less likely the body or place a role is of is the answer than the person set beside it ("the governor of Zonguldak, Nurten Ozkan"). */
const ROLE_OWNER = 0.3;

/**
 * Names joined by "and" or a comma are answered together: "Liszt and Hiller", "Sweden, Denmark and
 * Norway"; a place and the place it is in: "Lenox Hill Hospital in New York".
 */
function joined(found: Candidate[], text: string, tokens: readonly Token[]): Candidate[] {
  const sorted = [...found].sort((a, b) => a.from - b.from);
  const out: Candidate[] = [];
  sorted.forEach((c, i) => {
    const last = out.at(-1);
    const link = last ? text.slice(last.end, c.start) : '';
    // ("after Tyra Banks, and People magazine named her...": ", and" after one name alone joins two clauses.)
    const clauses = /^,\s+and\s+$/.test(link) && !/,/.test(text.slice(last!.start, last!.end));
    // "the director of the National Museum, Elias Kimaro": two names with a comma alone between them, and no
    // "and" to end a list after, are one set beside the other (apposition), not two people.
    const apposed = c.kind === 'person' && /^,\s*$/.test(link) && !endsList(sorted, i, text);
    // ("the Osk dynasty and the Morren-ruled Pell dynasty": a name hyphened onto the word after it only qualifies that word.)
    const qualifies = /^[-‑]\p{Ll}/u.test(text.slice(c.end));
    // ("Germany and the Netherlands": the second may open on its article.)
    // ("Tom Bell and the mezzo-soprano Ana Ruiz": or by "and the" and a noun for what the second person is.)
    const described = c.kind === 'person' && /^\s+and\s+the\s+[\p{Ll}-]+\s+$/u.test(link) && link.trim().split(/\s+/).at(-1)!.split('-').some((w) => isPersonNoun(w));
    if (last && last.kind === c.kind && (((/^(?:,\s*|,?\s+and\s+(?:the\s+)?)$/.test(link) || described) && !clauses && !apposed && !qualifies) || (c.kind === 'place' && !last.alone && /^\s+in\s+$/.test(link) && /^\p{Lu}/u.test(text.slice(last.start)) && /^\p{Lu}/u.test(text.slice(c.start))))) {
      out[out.length - 1] = { ...last, end: c.end, to: c.to, quality: Math.min(last.quality, c.quality) };
    } else {
      // ("the governor of Zonguldak, Nurten Ozkan": the first is what the role is of; the person after the comma holds it.)
      const of = last && apposed && (tokens[last.from - 1]?.word === 'of' || (tokens[last.from - 1]?.word === 'the' && tokens[last.from - 2]?.word === 'of'));
      if (of) out[out.length - 1] = { ...last, quality: last.quality * ROLE_OWNER };
      out.push(c);
    }
  });
  return out;
}

/** Whether the names after the one at `i`, each after a comma, end on "and" another: "Ana Ruiz, Ben Li, Carl Ode and Dan Poe". */
function endsList(sorted: readonly Candidate[], i: number, text: string): boolean {
  for (let k = i; k + 1 < sorted.length && sorted[k + 1]!.kind === sorted[i]!.kind; k++) {
    const link = text.slice(sorted[k]!.end, sorted[k + 1]!.start);
    if (/^,?\s+and\s+$/.test(link)) return true;
    if (!/^,\s*$/.test(link)) return false;
  }
  return false;
}

/**
 * Of candidates that overlap, the longest ("Lothar de Maizière" over the "Lothar" the story knows),
 * as sure of its kind as the surest of them.
 */
function longest(found: Candidate[]): Candidate[] {
  const sorted = [...found].sort((a, b) => b.to - b.from - (a.to - a.from) || b.quality - a.quality);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const over = kept.find((k) => k.from < c.to && c.from < k.to);
    if (!over) kept.push({ ...c });
    else if (c.from >= over.from && c.to <= over.to) over.quality = Math.max(over.quality, c.quality);
  }
  return kept;
}

/** Whether only white space stands between token k and the one before it (no punctuation). */
function spaced(tokens: readonly Token[], text: string, k: number): boolean {
  return /^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
}

/** Prepositions that put something somewhere: the words after them may say where. */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'at', 'to', 'into', 'inside', 'outside', 'near']);
/** Most words from a verb of speech to the "on" of the medium it was spoken on: "told reporters on". */
const SPOKEN_REACH = 3;
/** Words a common place may start with besides its noun: articles, numbers, possessives. */
const PLACE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'her', 'two', 'three', 'several', 'local']);
/** Words for a time that a locative preposition may stand before ("opened in autumn", "trained in midweek", "at night"): no place. */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  ...TIMES_OF_DAY, ...DATE_WORDS, ...PARTS_OF_DAY, ...`spring summer autumn fall winter midweek earlier later time past future`.split(/\s+/),
]);

/** Lower-case noun phrases after a locative preposition, up to punctuation or the next function word, "and" joining two; or the level a figure reaches ("to around 2%"). */
function commonPlaces(tokens: readonly Token[], text: string, spoken = false): Candidate[] {
  const found: Candidate[] = [];
  const joinedTo = (k: number) => spaced(tokens, text, k);
  // "where did she say it": "told reporters on a conference call", "said on television": where words were spoken, "on" a medium.
  const onMedium = (i: number) => spoken && tokens[i]!.word === 'on' && tokens.slice(Math.max(0, i - SPOKEN_REACH), i).some((x) => SPEECH_VERBS.has(x.word));
  tokens.forEach((t, i) => {
    if ((!LOCATIVE.has(t.word) && !onMedium(i)) || !tokens[i + 1] || !joinedTo(i + 1)) return;
    let to = i + 1;
    // "where do they see rates": "falling to around 2.75%", a level reached is where a figure stands.
    const level = NUMBER_HEDGES.has(tokens[to]!.word) ? to + 1 : to;
    if (tokens[level]?.numeric && joinedTo(level) && /^[\d.,]+%$/.test(text.slice(tokens[level]!.start, tokens[level]!.end + 1).trim())) {
      // (The per cent sign is a token of its own.)
      found.push(span(tokens, to, level + 2, 'number', 0.3));
      return;
    }
    const phrase = () => {
      while (to < tokens.length && PLACE_DETERMINERS.has(tokens[to]!.word) && joinedTo(to)) to++;
      const start = to;
      // ("in the Danish national library": a demonym qualifies a common place.)
      const demonym = (k: number) => k === start && isDemonym(text.slice(tokens[k]!.start, tokens[k]!.end));
      while (to < tokens.length && to - start < 3 && joinedTo(to) && (!tokens[to]!.capital || demonym(to)) && !tokens[to]!.numeric && !isStopword(tokens[to]!)) to++;
      return to > start && !demonym(to - 1);
    };
    if (!phrase() || TIME_NOUNS.has(tokens[to - 1]!.word)) return;
    if (tokens[to]?.word === 'and' && joinedTo(to) && tokens[to + 1] && joinedTo(to + 1)) {
      const before = to;
      to++;
      if (!phrase()) to = before;
    }
    found.push(span(tokens, i + 1, to, 'place', 0.3));
  });
  return found;
}

/**
 * The outlets and platforms the story credits here; and, where the knowledge layer credits none,
 * what a verb of telling or posting points at: "posting on social media", "told the broadcaster DR".
 */
function sources(story: Story, passage: number, text: string, tokens: readonly Token[], kindNoun?: string): Candidate[] {
  return outletsWhole(outlets(story, passage, text, tokens), tokens, text, kindNoun);
}

/**
 * "told the Nikkei business daily", "told France Info radio": an outlet's name goes on with the lower-case noun for the kind
 * of outlet it is (after a word that describes it), which names it as much as its capitals do; not the noun the question
 * asks with ("what radio": "France Info"; "which paper": "The Hindu", of "The Hindu newspaper"), which it need not repeat.
 */
function outletsWhole(found: readonly Candidate[], tokens: readonly Token[], text: string, kindNoun?: string): Candidate[] {
  const asked = (word: string) => kindNoun !== undefined && word.endsWith(kindNoun);
  const media = (k: number) => tokens[k] !== undefined && !tokens[k]!.capital && MEDIA_WORDS.has(tokens[k]!.word) && !asked(tokens[k]!.word) && spaced(tokens, text, k);
  return found.map((c) => {
    const to = media(c.to) ? c.to + 1 : media(c.to + 1) && !tokens[c.to]!.capital && !isStopword(tokens[c.to]!) && spaced(tokens, text, c.to) ? c.to + 2 : c.to;
    return to === c.to ? c : { ...c, to, end: tokens[to - 1]!.end };
  });
}

function outlets(story: Story, passage: number, text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const source of story.sources) {
    if (!source.passages.includes(passage)) continue;
    for (const at of occurrences(text, source.name)) {
      const [from, to] = tokenRange(tokens, at, at + source.name.length);
      if (from < to) found.push(span(tokens, from, to, 'source', 1));
    }
  }
  if (found.length > 0) return found;
  const runs = capitalRuns(tokens, text);
  // ("according to the Food and Agriculture Organization": a name the story knows whole, over its "and".)
  const known = (j: number) => {
    const at = tokens[j]?.start;
    if (at === undefined) return undefined;
    const names = [...storyNames(story).entities.keys()].filter((n) => n.length > 0 && text.startsWith(n, at));
    const longest = names.sort((a, b) => b.length - a.length)[0];
    return longest === undefined ? undefined : tokenRange(tokens, at, at + longest.length);
  };
  // "Exports rose 4% in May, the National Statistics Bureau said": a body that gives the figure.
  for (const [from, to] of runs) if (creditsFigure(tokens, from, to)) found.push(span(tokens, from, to, 'source', 0.6));
  tokens.forEach((t, i) => {
    // "210 millimetres of rain ..., according to the Kenya Meteorological Department": news English credits a figure so.
    if (t.word === 'to' && tokens[i - 1]?.word === 'according') {
      const j = tokens[i + 1]?.word === 'the' ? i + 2 : i + 1;
      const [whole, capitals] = [known(j), runs.find(([from]) => from === j)];
      const run = whole && whole[1] > (capitals?.[1] ?? 0) ? whole : capitals;
      if (run) found.push(span(tokens, run[0], run[1], 'source', 0.6));
      // ("according to the wine-auction index CaskWatch": or the name after the lower-case words that say what it is, with them.)
      else if (tokens[i + 1]?.word === 'the') {
        let k = j;
        while (k < j + DESCRIBED_WORDS && tokens[k] !== undefined && !tokens[k]!.capital && !tokens[k]!.numeric && !isStopword(tokens[k]!) && (k === j || !/[,;:.()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) k++;
        const named = k > j && tokens[k]?.capital === true && spaced(tokens, text, k) ? runs.find(([from]) => from === k) : undefined;
        if (named) found.push(span(tokens, j, named[1], 'source', 0.6));
      }
      return;
    }
    if (!TELLING.has(t.word)) return;
    // "told the newspaper Público", "told the Belgian newspaper Het Nieuwsblad": the name after the kind of outlet.
    let j = i + 1;
    if (tokens[j]?.word === 'on' || tokens[j]?.word === 'the') j++;
    if (COUNTRY_WORDS.has(tokens[j]?.word ?? '') && KIND_OF_NOUN[tokens[j + 1]?.word ?? ''] === 'source') j += 2;
    const run = runs.find(([from]) => from === j || (from === j + 1 && !tokens[j]!.capital));
    if (run) found.push(span(tokens, run[0], run[1], 'source', 0.6));
    // "posting on social media": what it was posted on, up to the end of the phrase.
    else if (tokens[i + 1]?.word === 'on' && tokens[i + 2] && !tokens[i + 2]!.capital && !tokens[i + 2]!.numeric && !isStopword(tokens[i + 2]!)) {
      let to = i + 3;
      while (to < i + 4 && tokens[to] && !isStopword(tokens[to]!) && spaced(tokens, text, to)) to++;
      found.push(span(tokens, i + 2, to, 'source', 0.5));
    }
  });
  return found;
}

/** Verbs that point at an outlet or a platform: "told Reuters", "wrote on X", "posting on social media". */
const TELLING = new Set(['told', 'telling', 'tell', 'tells', 'wrote', 'writing', 'posted', 'posting', 'posts', 'tweeted', 'said']);

/** Short words a title keeps in lower case: "Austin Powers in Goldmember", "Sasha Fierce for Dereon". */
const TITLE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'in', 'for', 'and', 'but', 'to', 'on', 'with']);

/** Words that place a body at a name after its noun: "a court in Belmoor". */
const HEADED_AT: ReadonlySet<string> = new Set(['in', 'at']);
/** Bodies news English tells apart by their seat, "a court in Belmoor", "the council in Leeds" (not "a volcano in Kamchatka", "the bank in London"). */
const SEATED_BODIES: ReadonlySet<string> = new Set(['court', 'tribunal', 'council', 'parliament', 'assembly'].map(termOf));

/** "what military base": a run of capitals that holds the noun or stands beside it ("Naval Base Kitsap"). */
function phrases(text: string, tokens: readonly Token[], head: string, asking: readonly string[] = []): Candidate[] {
  const found: Candidate[] = [];
  const runs = capitalRuns(tokens, text);
  for (let r = 0; r < runs.length; r++) {
    const [from, runEnd] = runs[r]!;
    let to = numbered(tokens, text, runEnd);
    // "Austin Powers in Goldmember", "Life Is But a Dream": a work's title holds short lower-case words between its capitals.
    // (One such word at a time: "B'Day for a Spanish-language market" is no title.)
    while (r + 1 < runs.length && runs[r + 1]![0] === to + 1 && TITLE_WORDS.has(tokens[to]!.word) && spaced(tokens, text, to) && spaced(tokens, text, to + 1)) to = runs[++r]![1];
    const holds = tokens.slice(from, to).some((t) => t.term === head);
    // "a French club" names no club. ("the GPX trade union", "the Rothschild banking family": a noun or two may stand
    // between the name and the noun; not a number or a participle, "the Ms 6.1 earthquake", "a CGI animated film".)
    const between = (t: Token, k: number) => !t.capital && !t.numeric && !isStopword(t) && !/ed$/.test(t.word) && spaced(tokens, text, k + 1);
    const headAfter = [to, to + 1, to + 2].find((k) => tokens[k]?.term === head && tokens.slice(to, k).every((t, i) => between(t, to + i)));
    // (Before the noun, a country's own name may: "the Botswana border".)
    const country = to - from === 1 && COUNTRY_WORDS.has(tokens[from]!.word);
    const beside = (tokens[from - 1]?.term === head || headAfter !== undefined) && !(country && (headAfter === undefined || !isCountryName(text.slice(tokens[from]!.start, tokens[from]!.end))));
    // "which geologist": of "Geologist Peter Otieno", the name; the noun for a person before it is what the question gives.
    const titled = to - from > 1 && tokens[from]!.term === head && isPersonNoun(tokens[from]!.word);
    // "Mount Ile Wutung, a 1,620-metre volcano in ...", "the vaccine, called DengVax-1": a name set beside a description
    // that ends on the noun (after a comma and an article), or given after that noun and a naming word, is one of its kind.
    const described = /^,\s+(?:a|an|the)\s/.test(text.slice(tokens[to - 1]!.end)) && describes(tokens, text, to + 1, head);
    const called = NAMING_WORDS.has(tokens[from - 1]?.word ?? '') && tokens[from - 2]?.term === head;
    // "The union representing the crew, the Rail Workers Guild, said": a name set after a phrase that opens on the noun.
    const apposed = /,\s+(?:the\s+)?$/.test(text.slice(0, tokens[from]!.start)) && opensOn(tokens, text, text.lastIndexOf(',', tokens[from]!.start), head);
    // "a court in Belmoor", "a group of banks led by Norbank and Vestra": a name right after the noun and the word that seats
    // it (SEATED_BODIES) or says who heads it (with a second name joined by "and").
    const at = tokens[from - 1]?.word === 'by' && tokens[from - 2]?.word === 'led' ? from - 3 : HEADED_AT.has(tokens[from - 1]?.word ?? '') && SEATED_BODIES.has(head) ? from - 2 : -1;
    const placed = at >= 0 && tokens[at]!.term === head && !tokens[at]!.capital && spaced(tokens, text, at + 1) && spaced(tokens, text, from);
    if (placed && tokens[to]?.word === 'and' && runs[r + 1]?.[0] === to + 1 && spaced(tokens, text, to + 1)) to = runs[++r]![1];
    if (holds || beside || described || called || apposed || placed) found.push(span(tokens, titled ? from + 1 : from, to, 'phrase', holds || described || called || apposed ? 1 : 0.8));
  }
  // "what minute did he score": "the 17th minute", the noun asked about counted or ranked; "what tariffs": "50% to 100%",
  // the measure or range before it.
  const measured = (k: number) => tokens[k]!.numeric || tokens[k]!.word === 'percent';
  tokens.forEach((t, i) => {
    const rank = tokens[i - 1];
    if (t.term !== head || t.capital || !rank || !(measured(i - 1) || ORDINAL_WORDS.has(rank.word)) || !spaced(tokens, text, i)) return;
    let k = i - 1;
    while (k > 0 && (measured(k - 1) || (tokens[k - 1]!.word === 'to' && k > 1 && measured(k - 2)))) k--;
    if (k < i - 1) found.push(span(tokens, k, i, 'phrase', 1));
    else found.push(span(tokens, tokens[i - 2]?.word === 'the' ? i - 2 : i - 1, i + 1, 'phrase', 1));
  });
  // "what concept did she invent": "invented the concept of instrumental ballade", "the borough of Brooklyn": the noun asked
  // about and "of" name what follows as one of its kind.
  // (The noun after "the" and the words that describe it, "the modern-day borough of", not a verb's "trading of" nor "a
  // factor of", a measure;
  // what follows ends before a verb, "groups based in", and is no owner, "the character of Kingsley Amis' novel"; nor the
  // noun the question itself describes, "what besides metabolic activity is required in bactericidal activity": "a
  // bactericidal activity of antibiotics".)
  const determined = (i: number) => {
    let k = i - 1;
    while (k > 0 && k > i - 3 && !tokens[k]!.capital && !isStopword(tokens[k]!) && !/(?:ed|ing)$/.test(tokens[k]!.word) && !asking.includes(tokens[k]!.term)) k--;
    return tokens[k]?.word === 'the';
  };
  tokens.forEach((t, i) => {
    if (t.term !== head || t.capital || tokens[i + 1]?.word !== 'of' || !spaced(tokens, text, i + 1) || !tokens[i + 2] || !spaced(tokens, text, i + 2) || !determined(i)) return;
    let to = phraseEnd(tokens, text, i + 1);
    const verb = tokens.findIndex((w, k) => k > i + 2 && k < to && (/ed$/.test(w.word) || MODALS.has(w.word)));
    if (verb > 0) to = verb;
    const owner = tokens.slice(i + 2, to).some((w) => POSSESSIVE.test(text.slice(w.start, w.end)) || /^['’]/.test(text.slice(w.end, w.end + 1)));
    if (to > i + 2 && !owner) found.push(span(tokens, i + 2, to, 'phrase', 1));
  });
  // "what other races were on": "the weekend's races, including a half marathon and a 10-kilometre race", the examples given of it.
  tokens.forEach((t, i) => {
    if (t.term !== head) return;
    const marker = exampleMarker(tokens, i);
    if (marker < 0 || !tokens[marker + 1] || !spaced(tokens, text, marker + 1)) return;
    const to = phraseEnd(tokens, text, marker);
    if (to > marker + 1) found.push(span(tokens, marker + 1, to, 'phrase', 1));
  });
  return found;
}

/** Fewer content words than this stand between a noun found by its kind and a word of the question ("the talks of 2019 were all held in Estonian"). */
const KIND_REACH = 2;

/** Whether kinds hold the noun asked about, or a compound that ends on it: a "musical instrument" is an instrument. */
const isKind = (kinds: ReadonlySet<string>, head: string) => kinds.has(head) || [...kinds].some((k) => k.endsWith(`_${head}`));

/** What stands between the items of a list: ", ", " and ", ", and the ". */
const LISTED = /^(?:\s*,)?\s*(?:(?:and|or)\s+)?(?:the\s+|a\s+|an\s+)?$/;

/**
 * "wat chemical leaked": the nouns of the passage that are kinds of the noun asked about ("sulphuric acid", a chemical),
 * the longest compound first.
 */
function kindsAsked(text: string, tokens: readonly Token[], head: string, asking: readonly string[] = []): Candidate[] {
  const found: Candidate[] = [];
  if (isWideKind(head)) return found;
  let runs: ReturnType<typeof capitalRuns> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (Not a noun for people, "shareholder", which names no one.)
    if (isStopword(t) || t.numeric || t.term === head || asking.includes(t.term) || isPersonNoun(singularOf(t.word))) continue;
    // (Nor a verb's form, "led", "singing", nor a part of a hyphened word, "co-star".)
    if (isPastVerb(t) || /ing$/.test(t.word) || hyphenedAt(tokens, text, i) || hyphenedAt(tokens, text, i + 1)) continue;
    // (A word with a capital only on its own, "in Estonian", not a name's: "the Times".)
    if (t.capital && ((runs ??= capitalRuns(tokens, text)).some(([from, to]) => from <= i && i < to && to - from > 1) || tokens[i - 1]?.word === 'the')) continue;
    for (let from = Math.max(0, i - 2); from <= i; from++) {
      if (from < i && !tokens.slice(from + 1, i + 1).every((_, k) => spaced(tokens, text, from + 1 + k))) continue;
      const words = tokens.slice(from, i + 1).map((w) => w.word);
      words[words.length - 1] = singularOf(words.at(-1)!);
      if (isKind(kindsOf(words.join(' ')), head) || (from === i && isKind(kindsOf(t.word), head))) {
        // "the flute and the violin": kinds listed together are one answer.
        const last = found.at(-1);
        if (last && LISTED.test(text.slice(last.end, tokens[from]!.start))) found[found.length - 1] = span(tokens, last.from, i + 1, 'phrase', 0.8);
        else found.push(span(tokens, from, i + 1, 'phrase', 0.8));
        break;
      }
    }
  }
  // (Its kind alone says little: it answers only beside the question's words, "the crash spilled sulphuric acid".)
  const at = tokens.flatMap((t, k) => (asking.includes(t.term) ? [k] : []));
  const between = (a: number, b: number) => tokens.slice(a, b).filter((t) => !isStopword(t)).length;
  return found.filter((c) => at.some((k) => (k < c.from ? between(k + 1, c.from) : between(c.to, k)) < KIND_REACH));
}

/** Verbs of possibility, which no noun phrase holds: "antibiotics may depend". */
const MODALS: ReadonlySet<string> = new Set(['may', 'might', 'must', 'can', 'could', 'will', 'would', 'should']);

/** Most words of a phrase that opens on a noun and ends on the comma before a name: "the union representing the train's crew". */
const OPENING_WORDS = 6;

/** Whether the words before the comma at `comma`, with no other punctuation, open on "the" and the noun `head` a few words back. */
function opensOn(tokens: readonly Token[], text: string, comma: number, head: string): boolean {
  const last = tokens.findLastIndex((t) => t.end <= comma);
  for (let k = last; k > 0 && k > last - OPENING_WORDS; k--) {
    if (tokens[k]!.term === head && tokens[k - 1]!.word === 'the') return true;
    if (!/^[\s'’]+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  }
  return false;
}

/** Most words of a description set beside a name after its article: "a 1,620-metre volcano". */
const DESCRIBED_WORDS = 4;

/** Whether the words from `at` (after an article) end on the noun `head` within a few words, with no punctuation between. */
function describes(tokens: readonly Token[], text: string, at: number, head: string): boolean {
  for (let k = at; k < tokens.length && k < at + DESCRIBED_WORDS; k++) {
    if (k > at && !/^[\s\-‑]+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    if (tokens[k]!.term === head) return true;
  }
  return false;
}

/** What the answer step reads in the question's own words, beside `Asked`. */
interface HowAsked {
  /** "whats the name of the other flu vaccine": the noun whose name is asked for ("vaccine"). */
  nameOf?: string;
  /** "when did the talks collapse": it asks about what has happened, which a date after the story's publication does not date. */
  behind: boolean;
  /** "who is the governor": the person the article gives that role is likelier, one it gives another role ("county commissioner") less. */
  askedRole: boolean;
  /** "whose waters": a demonym answers ("Norwegian waters"); the term of the noun after "whose". */
  whose?: string;
  /** "who was the first consul", "whos fontes lawyer": the question asks who is a kind of person. */
  personAsked: boolean;
  /** "which analyst", "who is the mayor": the question asks for someone by a noun for people, whom no body is. */
  humanAsked: boolean;
  /** "how long has she been mayor": a length of time to now, which "since 2019" tells. */
  sinceAsked: boolean;
  /** "what is the name of", "what was it called": a name, which the text may give in quotation marks. */
  nameAsked: boolean;
  /** "what is the vaccine called": the term of the noun for the thing whose name is asked, when no person. */
  namedThing?: string;
  /** "how much rain": an amount, not a length of time. */
  much: boolean;
  /** "how big is the ship", "how large was the fine": a size, which no length of time is. */
  size: boolean;
  /** "how much did the shares go up": a change, not the level it reached ("jumped 18% to 42.30 reais"). */
  change: boolean;
  /** "how much did the shares drop", not "how much cheaper": a change asked with a verb, which a passage tells with one too. */
  moved: boolean;
  /** "how many tickets": a count, not a share. */
  count: boolean;
  /** "how much is it worth in usd": the question names the currency it wants. */
  currency: boolean;
  /** "how large in square feet": the question names a unit of area or volume, which its answer need not repeat. */
  squared: boolean;
  /**
   * "how many Grammy nominations": the noun counted after the names that qualify it (the term); "how many Montanans joined":
   * or the verb the named ones are the subject of, which news English writes after the number ("over 57,000 joined").
   */
  countedAfterNames?: string;
  /** "how many kids": the noun counted, as the question writes it. */
  countedTyped?: string;
  /** "what month": a month, of no day or year ("in what month and year" asks both). */
  monthOnly: boolean;
  /** "what year was the war": one year, not a list of them ("what years", "when"). */
  oneYear: boolean;
  /** "when did the dynasty start and end": both ends of a period, a range ("from 1271 to 1368"). */
  bothEnds: boolean;
  /** "when does the tour finish": the end alone, which a date the passage gives of a start does not tell. */
  endOnly: boolean;
  /** "when did the emperor rule", "when did she live": a whole span, a life or a reign. */
  lifeSpan: boolean;
  /** The senses of the sum a money question asks with ("worth", "lost", "raise": MONEY_SENSES), where it says. */
  moneySenses?: ReadonlySet<string>;
  /** "how much did the renovation cost": the terms of what is costed, as the question may be told in the story. */
  costed?: ReadonlySet<string>;
  /** "how fast", "how quickly": a rate, counted over a unit of time. */
  speed: boolean;
  /** "where is imamura from", "what country is she from": where a person comes from. */
  origin: boolean;
  /** "how many got hurt": the terms of the life events a number question asks about (life-events.ts). */
  lifeEvents?: ReadonlySet<string>;
  /** "when did the minister say it": asked with a verb of speech. */
  speech: boolean;
  /** "wat volcano erupted": the term of the word before the noun a "what NOUN" question asks about, when it is another content word. */
  before?: string;
  /**
   * "which guard let them in": the noun a "which NOUN" question asks about names people (WordNet's person nouns), though it
   * is no role the story gives; or, where the question's phrase runs on to a verb in the past ("which courier carried them"),
   * the noun before it does.
   */
  personHead: boolean;
  /** "which town": the noun that names the kind asked for, in the singular. */
  kindNoun?: string;
  /** "who is the head of the miners union", "what town is the mine by": the slots of the common nouns after "the" that name the thing asked about. */
  things: readonly number[];
  /** "who were the aides", "whos the coach": the slot of the role asked who holds (the first role named). */
  roleSlot?: number;
}

/** Words before a noun phrase that make it a thing the question speaks of: "the miners union", "its owner". */
const THING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its']);
/** The same noun, in the singular or the plural ("Miners" for "miners", not "Mining" for "mine"). */
function sameNoun(word: string, typed: string): boolean {
  return singularOf(word) === singularOf(typed);
}
/** Words by which a question asks for a thing's own name. */
const NAMING: ReadonlySet<string> = new Set(['name', 'named', 'called']);

/**
 * The slots of the words of the noun phrases the question puts after "the" ("the miners union"), up to the
 * next function word, other than a role, a name or the verb: the answer is not the thing they name.
 */
function thingSlots(query: Query, roles: readonly number[]): number[] {
  // ("what is the name of the deepest gorge", "what is the new dinosaur called": the thing's name is what is asked.)
  if (query.typed.some((w) => NAMING.has(w))) return [];
  const { typed } = query;
  // Whether "the" stands before the word at `pos`, with only content words between.
  const afterDeterminer = (pos: number) => {
    for (let k = pos - 1; k >= 0 && !QUESTION_WORDS.has(typed[k]!); k--) {
      if (THING_DETERMINERS.has(typed[k]!)) return true;
      if (FUNCTION_WORDS.has(typed[k]!)) return false;
    }
    return false;
  };
  return query.slots.flatMap((slot, s) =>
    !slot.literal && !roles.includes(s) && s !== query.asked.verb?.slot && slot.pos !== query.frame?.pos && !slot.alternatives.some((a) => a.kind === 'alias') && afterDeterminer(slot.pos) ? [s] : [],
  );
}

/** "who is the coach" asks for a role; "who coached her" asks who did something. */
function howAsked(query: Query, index: StoryIndex): HowAsked {
  // A role's own word, as typed or corrected: not a word of the same stem ("research" is no "researcher").
  const roles = query.slots.flatMap((slot, s) => (ROLE_TITLES.has(singularOf(wordRead(query, slot))) ? [s] : []));
  const askedRole = roles.length > 0;
  const who = query.typed.findIndex((w) => w === 'who' || w === 'whos');
  const identity = who >= 0 && (query.typed[who] === 'whos' || COPULAS.has(query.typed[who + 1] ?? ''));
  const personAsked = identity && query.typed.some((w) => !/(?:ed|ing)$/.test(w) && isPersonNoun(singularOf(w)));
  // ("how much time", "how much in a decade" ask a time; "how much did each pay every week" asks an amount at a rate over one,
  // and in "how much to replace old ships" "old" describes the ships, not a time asked.)
  const timeWord = (w: string, k: number) => (w === 'time' || MEASURE_WORDS.time.has(w)) && !EVERY_WORDS.has(query.typed[k - 1] ?? '') && w !== 'old';
  const much = query.typed.includes('much') && !query.typed.some(timeWord);
  const how = query.typed.indexOf('how');
  const speed = how >= 0 && SPEED_WORDS.has(query.typed[how + 1] ?? '');
  const size = how >= 0 && SIZE_WORDS.has(query.typed[how + 1] ?? '');
  const whose = query.typed.indexOf('whose');
  const { kindNoun } = query.asked;
  // ("who is the governor's wife" asks who holds no role: the governor owns the noun asked about.)
  const owner = ownerOfPerson(query.asked);
  const roleSlot = identity ? roles.find((s) => !owner?.terms.includes(query.asked.focus?.[s] ?? '')) : undefined;
  // ("whos in charge of the strike committee": who is in charge of something is someone, though a body may be.)
  const inCharge = identity && query.typed.some((w, k) => w === 'charge' && query.typed[k - 1] === 'in');
  const humanAsked = personAsked || roleSlot !== undefined || query.asked.human === true || inCharge;
  const sinceAsked = how >= 0 && query.typed[how + 1] === 'long' && (query.typed[how + 2] === 'has' || query.typed[how + 2] === 'have');
  const things = query.asked.kind === 'person' || query.asked.kind === 'place' ? thingSlots(query, roles) : [];
  const currency = query.typed.some((w) => MEASURE_WORDS.money.has(w));
  // (As the reader meant each word: "how much did the rescue fund rasie" asks what was raised.)
  // ("how much does the bank boss get paid": what someone gets paid is what they earn, no cost, as "paid" alone may be: "how
  // much was paid for the site".)
  // (A form of "get", the passive's markers but "be".)
  const received = (k: number) => PASSIVE_MARKERS.has(query.typed[k - 1] ?? '') && !BE_FORMS.has(query.typed[k - 1]!);
  const senses = query.asked.measures?.includes('money')
    ? query.typed.flatMap((_, k) => {
        const w = readAt(query, k);
        return w === 'paid' && received(k) ? ['gain'] : (MONEY_SENSES[w] ?? []);
      })
    : [];
  const moneySenses = senses.length > 0 ? new Set(senses) : undefined;
  // "how much did the renovation cost": the words of what is costed, between the auxiliary and the verb, in any form the story may use.
  const costAt = moneySenses ? query.typed.findIndex((w, k) => k > 2 && COST_VERBS.has(w) && AUXILIARIES.has(query.typed[2] ?? '')) : -1;
  const costedSlots = costAt > 0 ? query.slots.filter((slot) => slot.pos > 2 && slot.pos < costAt) : [];
  // (Judged only where the story uses each of its words: "how much did the whole tour cost" may be asked of "the expedition".)
  const costedInStory = costedSlots.every((slot) => slot.alternatives.some((a) => a.kind !== 'meaning' && a.id >= 0 && index.df(a.id) > 0));
  const costed = costedSlots.length > 0 && costedInStory ? new Set(costedSlots.flatMap((slot) => slot.alternatives.map((a) => a.term))) : undefined;
  const squared = query.typed.some((w) => SQUARED.has(w));
  // "how many Grammy nominations", "how many China Mobile base stations": names before the noun counted only qualify it.
  // (Names as typed: a question typed in lower case has none.)
  const many = query.typed.indexOf('many');
  const literalAt = (pos: number) => query.slots.some((slot) => slot.pos === pos && slot.literal);
  let counted = many + 1;
  while (many >= 0 && literalAt(counted)) counted++;
  const countedSlot = counted > many + 1 ? query.slots.find((slot) => slot.pos === counted && !slot.literal) : undefined;
  const countedAfterNames = countedSlot && termOf(wordRead(query, countedSlot));
  // (As the reader meant it: "nurces" is "nurses".)
  const countedAt = query.slots.find((slot) => termOf(query.typed[slot.pos]!) === query.asked.counted || termOf(wordRead(query, slot)) === query.asked.counted);
  const countedTyped = countedAt && wordRead(query, countedAt);
  const oneYear = query.typed.includes('year') && !query.typed.includes('years');
  const origin = query.asked.kind === 'place' && query.typed.at(-1) === 'from';
  const startAsked = query.typed.some((w) => START_WORDS.has(w));
  const endAsked = query.typed.some((w) => END_WORDS.has(w));
  const bothEnds = startAsked && endAsked;
  const lifeSpan = bothEnds || query.typed.some((w) => SPAN_WORDS.has(w));
  const headPos = query.asked.head === undefined ? -1 : (query.slots.find((slot) => termOf(wordRead(query, slot)) === query.asked.head)?.pos ?? -1);
  const beforeSlot = headPos > 0 ? query.slots.find((slot) => slot.pos === headPos - 1 && !slot.literal) : undefined;
  const before = beforeSlot && termOf(wordRead(query, beforeSlot));
  // ("which courier carried them": or the noun before it, where the question's phrase runs on to its verb in the past; not
  // "what recent disaster", where the word before the noun describes it.)
  const personHead = headPos >= 0 && (isPersonNoun(singularOf(query.typed[headPos]!)) || (before !== undefined && isPastVerb({ word: query.typed[headPos]!, capital: false }) && isPersonNoun(singularOf(query.typed[headPos - 1]!))));
  const monthOnly = query.asked.kindNoun === 'month' && !query.typed.some((w) => w === 'year' || w === 'day' || w === 'date');
  // ("who called her X" asks who did the calling.)
  const nameAsked = who < 0 && query.typed.some((w) => NAMING.has(w) || w === 'nickname');
  // ("what is the new coach called" asks for a person's name, which names() finds.)
  const thing = query.typed.at(-1) === 'called' ? query.typed.at(-2) : undefined;
  // ("the name of the vaccine made by X": the noun, before the words that describe it.)
  const of = query.typed.findIndex((w, i) => w === 'of' && query.typed[i - 1] === 'name');
  let k = of + 1;
  while (of >= 0 && k < query.typed.length && FUNCTION_WORDS.has(query.typed[k]!)) k++;
  let nameOf: string | undefined;
  for (; of >= 0 && k < query.typed.length && !FUNCTION_WORDS.has(query.typed[k]!) && !(nameOf && /(?:ed|ing)$/.test(query.typed[k]!)); k++) nameOf = query.typed[k];
  const namedThing = nameAsked && thing !== undefined && !FUNCTION_WORDS.has(thing) && !isPersonNoun(singularOf(thing)) && !ROLE_TITLES.has(singularOf(thing)) ? termOf(thing) : undefined;
  const change = much && query.typed.some((w) => CHANGE_WORDS.has(w));
  // ("go up", "came down"; not "take up", "pick up".)
  const moved = change && asksMove(query.typed);
  // (Not "how many of the buildings collapsed": a part of a whole may be told as a share, "80% of the buildings".)
  const count = query.typed.some((w, i) => w === 'many' && query.typed[i - 1] === 'how' && query.typed[i + 1] !== 'of');
  const lifeEvents = query.asked.kind === 'number' ? eventsAsked(query.typed) : undefined;
  return { behind: query.behind, ...(nameOf && { nameOf }), askedRole, ...(whose >= 0 && { whose: termOf(query.typed[whose + 1] ?? '') }), personAsked, humanAsked, sinceAsked, nameAsked, ...(namedThing && { namedThing }), much, size, change, moved, count, currency, ...(moneySenses && { moneySenses }), ...(costed && { costed }), squared, monthOnly, oneYear, bothEnds, endOnly: endAsked && !startAsked, lifeSpan, speed, origin, ...(lifeEvents && { lifeEvents }), ...(countedAfterNames && { countedAfterNames }), ...(countedTyped && { countedTyped }), speech: query.speech, things, ...(roleSlot !== undefined && { roleSlot }), ...(kindNoun && { kindNoun }), ...(before && { before }), personHead };
}

/** How likely "since 2019" answers "how long has she been mayor", beside a length of time. */
const SINCE = 1.2;

/** How much less likely a body the story knows answers a question asking for a kind of person ("which analyst"). */
const BODY_FOR_PERSON = 0.4;

function candidatesOf(asked: Asked, story: Story, passage: number, text: string, tokens: readonly Token[], how: HowAsked): Candidate[] {
  switch (asked.kind) {
    case 'date': {
      if (asked.clock) {
        // "what time": the time of day where the passage gives one, its date where not.
        const times = tokens.flatMap((_, i) => {
          const end = timeOfDayEnd(tokens, i, text);
          if (end === 0) return [];
          // ("around 3:15 a.m.", "shortly after 1 a.m.": the hedge is part of what the story says, as a number's is.)
          const c = span(tokens, hedgeStart(tokens, i, CLOCK_HEDGES), zoneEnd(tokens, text, end), 'date', 1);
          // ("a.m." keeps its last full stop.)
          return [text[c.end] === '.' && tokens[end - 1]!.word === 'm' ? { ...c, end: c.end + 1 } : c];
        });
        // "before dawn", "at midnight": a time of day by its name, with the word that places it.
        tokens.forEach((t, i) => {
          if (!TIMES_OF_DAY.has(t.word)) return;
          const from = CLOCK_LEADERS.has(tokens[i - 1]?.word ?? '') ? i - 1 : i;
          times.push(span(tokens, from, i + 1, 'date', 1));
        });
        if (times.length > 0) return times;
      }
      const found = dates(story, passage, text, tokens)
        .filter((c) => (how.speech || !datesSpeech(c, tokens, text, asked)) && !(how.behind && c.date !== undefined && isAfterPublication(c.date, story.meta.published)))
        .map((c) => (attributive(c, tokens, asked) || datesAnotherName(c, tokens, text, asked) || (!how.lifeSpan && spanOfName(c, tokens, text)) ? { ...c, quality: c.quality * ATTRIBUTIVE } : c));
      // ("what year was the war", not "what years": one year is asked, not a list.)
      const all = how.oneYear ? found : yearLists(found, tokens, text);
      // "when did the dynasty start and end": a range ("ruled from 1271 to 1368") where the passage gives one, not its first year alone.
      const ranges = how.bothEnds ? all.filter((c) => tokens.slice(c.from + 1, c.to - 1).some((t) => t.word === 'to' || t.word === 'and') || /\d[-–]\d/.test(text.slice(c.start, c.end))) : [];
      const listed = ranges.length > 0 ? ranges : all;
      if (asked.measures?.includes('year')) return yearsOf(listed, tokens, text);
      // "what month": the month of a date that gives one ("July 2007" July), not its day or year.
      if (how.monthOnly) {
        return listed.flatMap((c) => {
          for (let k = c.from; k < c.to; k++) if (tokens[k]!.capital && MONTHS.has(tokens[k]!.word)) return [span(tokens, k, k + 1, 'date', c.quality)];
          return [];
        });
      }
      // "what day": a weekday, a month's date or a day the story resolves, not a year.
      if (!asked.measures?.includes('day')) return listed;
      return listed.filter((c) => /^\d{4}-\d\d-\d\d$/.test(c.date ?? '') || tokens.slice(c.from, c.to).some((t, k) => WEEKDAYS.has(t.word) || (MONTHS.has(t.word) && tokens[c.from + k + 1]?.numeric)));
    }
    case 'number': {
      const found = numbers(text, tokens, asked, how);
      // "how long has she been mayor": "mayor since 2019", the start of a length of time that lasts to now.
      if (how.sinceAsked) {
        tokens.forEach((t, i) => {
          const next = tokens[i + 1];
          if (t.word === 'since' && next !== undefined && (isYear(next, text) || (next.capital && MONTHS.has(next.word))) && spaced(tokens, text, i + 1)) {
            const end = MONTHS.has(next.word) && tokens[i + 2] !== undefined && isYear(tokens[i + 2]!, text) ? i + 3 : i + 2;
            // (The date alone, as SQuAD's answers give it: "since" costs dev-squad's "1996" for "since 1996".)
            found.push(span(tokens, i + 1, end, 'number', SINCE));
          }
        });
      }
      return found;
    }
    case 'person': {
      // "which analyst cut his forecast": "said Ana Ruiz, an analyst at Brightwater Securities", a body the story knows is no
      // analyst, where the question asks for one by a noun for people.
      const bodies = how.humanAsked ? storyNames(story).entities : undefined;
      const body = (c: Candidate) => bodies?.get(text.slice(c.start, c.end).replace(/['’]s$/u, ''))?.kind === 'body';
      const found = names(story, passage, text, tokens, 'person', asked, how).map((c) => (body(c) ? { ...c, quality: c.quality * BODY_FOR_PERSON } : c));
      // "what is the vaccine called": "the vaccine, called DengVax-1", "the Los Aromos bridge", a name given beside the thing's noun.
      return how.namedThing ? [...found, ...phrases(text, tokens, how.namedThing)] : found;
    }
    case 'place': {
      const found = names(story, passage, text, tokens, 'place', asked, how);
      // "which city did the floods hit": not the country they hit, nor a part of it ("western Kenya").
      // (As an owner too: "Austria's".)
      const country = (c: Candidate) =>
        isCountryName(
          tokens
            .slice(c.from, c.to)
            .filter((t) => t.word !== 'the' && !COMPASS.has(t.word))
            .map((t) => text.slice(t.start, t.end))
            .join(' ')
            .replace(/['’]s$/u, ''),
        );
      if (how.origin) found.push(...origins(story, passage, text, tokens));
      // "which country did he visit": not "returned from Central Asia", "Sub-Saharan Africa", a region of the world, nor a
      // capital or a place the passage calls a city or a town ("the city of Vellmar", "Tessel province").
      if (how.kindNoun && COUNTRY_NOUNS.has(how.kindNoun)) {
        const noCountry = (name: string) => !isCountryName(name) && (isWorldRegion(name) || endsInRegion(name) || isCapital(name) || placesWithin(story).has(name));
        // (Nor a common place in lower case: "in the second half".)
        return found.filter((c) => tokens.slice(c.from, c.to).some((t) => t.capital) && !namedWithin(tokens, text, c.from, c.to) && !noCountry(text.slice(c.start, c.end).replace(/^(?:the|The)\s+/, '').replace(/['’]s$/u, '')));
      }
      return how.kindNoun && PLACES_WITHIN.has(how.kindNoun) ? found.filter((c) => !country(c)) : found;
    }
    case 'source': {
      const found = sources(story, passage, text, tokens, how.kindNoun);
      // "which agency figured out how many need aid": a noun for an outlet that names other bodies too ("agency", "network")
      // is answered by a body where the passage credits no outlet.
      return found.length > 0 || how.kindNoun === undefined || !BODY_WORDS.has(how.kindNoun) ? found : names(story, passage, text, tokens, 'person', asked, how);
    }
    case 'phrase': {
      if (!asked.head) return [];
      const found = phrases(text, tokens, asked.head, asked.focus);
      // "wat volcano erupted", "which journal put out the paper": the question's noun phrase may run on to its verb; failing
      // a phrase of its last word, one of the word before it.
      const phrased = found.length > 0 || how.before === undefined ? found : phrases(text, tokens, how.before);
      // "which courier carried them to oslo": failing a phrase of the noun, a noun for people is answered by a person the
      // story knows ("a dispatch rider, Corporal X, took ..."), not any run of capitals ("the Sorrel Fjord and Orrin Bay").
      if (phrased.length > 0) return phrased;
      // "which library does his son use": "visits Ash Library", a name the story lists elsewhere under the noun's plural
      // ("The four libraries - Elm Library, Ash Library and ...").
      const listed = listedAs(story, asked.head);
      const kinds = listed.size === 0 ? [] : capitalRuns(tokens, text).filter(([from, to]) => listed.has(text.slice(tokens[from]!.start, tokens[to - 1]!.end)));
      if (kinds.length > 0) return kinds.map(([from, to]) => span(tokens, from, to, 'phrase', 0.8));
      // "which keyboard instruments": a kind of a compound WordNet knows, not of its last word; "wat chemical leaked": failing
      // a kind of the last word, one of the word before it.
      const compound = how.before !== undefined && isCompound(how.before, asked.head);
      const typed = kindsAsked(text, tokens, compound ? `${how.before}_${asked.head}` : asked.head, asked.focus);
      const typedBefore = typed.length > 0 || compound || how.before === undefined ? typed : kindsAsked(text, tokens, how.before, asked.focus);
      if (typedBefore.length > 0) return typedBefore;
      if (!how.personHead) return phrased;
      const { people } = storyNames(story);
      // ("Lieutenant X", "Queen X": or the name after a title of address, which the run of capitals holds whole.)
      const titled = (c: Candidate) => {
        let k = c.from;
        while (k < c.to - 1 && TITLES_OF_ADDRESS.has(tokens[k]!.word)) k++;
        return k > c.from && people.has(text.slice(tokens[k]!.start, c.end));
      };
      return names(story, passage, text, tokens, 'person', asked, how).filter((c) => people.has(text.slice(c.start, c.end)) || titled(c));
    }
    default:
      return [];
  }
}

/**
 * Positions in a passage's terms where a question word (or a name it uses, by any of its names)
 * stands; `lexical`: only the word itself, its forms and corrections, not words near in meaning.
 */
export function anchors(index: StoryIndex, passage: number, slots: readonly Slot[], lexical = false): { at: number; slot: number }[] {
  const terms = index.passages[passage]!.terms;
  const out: { at: number; slot: number }[] = [];
  slots.forEach((slot, s) => {
    // Words near in meaning stand in for a question word too, unless only its own words will do.
    const ids = new Set(slot.alternatives.filter((a) => (lexical ? a.kind === 'word' : a.kind !== 'alias')).map((a) => a.id));
    for (let i = 0; i < terms.length; i++) if (ids.has(terms[i]!)) out.push({ at: i, slot: s });
    for (const a of slot.alternatives) {
      if (a.kind !== 'alias') continue;
      const g = index.groupOf(a.id);
      if (g < 0) continue;
      for (const name of index.groupNames[g]!) for (const at of findName(terms, name)) out.push({ at, slot: s });
    }
  });
  return out;
}

/**
 * Whether the question already names the candidate: every content word of it is one the question
 * uses, or (for a person or a place) it shares a name with the question ("Daniel Mwangi" does not
 * answer "who is Mwangi's brother").
 */
/** The story's alias groups the question names, and where in the passage a name of one of them stands (from, to). */
interface AskedNames {
  groups: number[];
  spans: [number, number][];
}

function askedNames(query: Query, index: StoryIndex, passage: number): AskedNames {
  const groups = query.slots.flatMap((slot) => slot.alternatives.filter((a) => a.kind === 'alias').map((a) => index.groupOf(a.id))).filter((g) => g >= 0);
  const terms = index.passages[passage]!.terms;
  const spans = groups.flatMap((g) => index.groupNames[g]!.flatMap((name) => findName(terms, name).map((at): [number, number] => [at, at + name.length])));
  return { groups, spans };
}

function named(tokens: readonly Token[], c: Candidate, text: string, query: Query, index: StoryIndex, names: ReadonlySet<number>, asked: AskedNames): boolean {
  const content = tokens.slice(c.from, c.to).filter((t) => !isStopword(t));
  if (content.length === 0) return true;
  const inQuestion = (id: number) => query.named.has(id) || query.termSet.has(id);
  const ids = content.map((t) => index.shared.dictionary.find(t.term));
  // (Not by an everyday word alone where a name of its own sets it apart: "Varel Emperor" is not the "Tolvan Emperor" asked about.)
  const shared = content.filter((_, k) => names.has(ids[k]!));
  const own = content.some((t, k) => !inQuestion(ids[k]!) && !isCommonWord(t.word));
  // ("the Lisbon Ruiz Society", "the Bell Institute": a body named for a name the question uses, by a body's noun the question does not use, is another.)
  const head = content.at(-1)!;
  const body = c.kind === 'person' && content.length > 1 && head.capital && (BODY_WORDS.has(head.word) || ORGANISATION_NOUNS.has(head.word)) && !inQuestion(ids.at(-1)!) && !names.has(ids.at(-1)!);
  // ("the Bell Catalogue, named for its compiler, Ana Bell": a person with a name word of their own is whom the thing the
  // question names is named for, not that thing, where the passage gives the shared name before the thing's noun.)
  const namedFor = (t: Token) => tokens.some((u, k) => u.term === t.term && (k < c.from || k >= c.to) && tokens[k + 1]?.capital === true && isCommonWord(tokens[k + 1]!.word) && inQuestion(index.shared.dictionary.find(tokens[k + 1]!.term)));
  const eponym = c.kind === 'person' && own && shared.length > 0 && shared.every(namedFor);
  if ((c.kind === 'person' || c.kind === 'place') && shared.length > 0 && !body && !eponym && (!own || shared.some((t) => !isCommonWord(t.word)))) return true;
  if (ids.every(inQuestion)) return true;
  // "which officials resigned": of a group by a noun ("the corrupt government officials"), the noun the question asks with.
  if (c.kind === 'person' && !head.capital && isPersonNoun(singularOf(head.word)) && inQuestion(ids.at(-1)!)) return true;
  // "who did the US share images with": "United States", the name the question's initials stand for.
  const initials = content.filter((t) => t.capital && !t.acronym).map((t) => t.word[0]).join('');
  if (initials.length >= 2 && content.every((t) => t.capital && !t.acronym) && query.slots.some((slot) => slot.alternatives.some((a) => a.term === acronymTerm(initials)))) return true;
  // "who did the mayor talk to": not the mayor, by her name ("who is the mayor" asks for it).
  if (query.asked.verb && !body && !eponym && asked.groups.some((g) => index.groupNames[g]!.some((name) => findName(ids, name).length > 0))) return true;
  // "whos in charge of ICES": not "Exploration of the Sea", a part of the name ICES stands for.
  if (asked.spans.some(([from, to]) => from <= c.from && c.to <= to && to - from > c.to - c.from)) return true;
  // "FEMA" when the question says "Federal Emergency Management Agency": another name of the same one.
  const words = text.slice(c.start, c.end);
  const entity = storyNames(index.story).entities.get(words);
  return entity !== undefined && entity.name !== words && tokenize(entity.name).every((t) => isStopword(t) || inQuestion(index.shared.dictionary.find(t.term)));
}

/** Verbs that give a view, as verbs of speech give words: "believes", "thought", "asserts". */
const VIEW_VERBS: ReadonlySet<string> = new Set(
  ['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'assert', 'asserts', 'asserted', 'contend', 'contends', 'contended', 'claim', 'claims', 'comment', 'comments', 'commented'],
);


/** Nouns for a short form of a name, before the form they give ("the initials BC"). */
const SHORT_FORMS: ReadonlySet<string> = new Set(['initials', 'abbreviation', 'acronym']);

/** Pronouns that open a clause about the name before them. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/** How many words before its verb a clause's subject may stand. */
const SUBJECT_REACH = 8;

/** Most words from a passive verb to its agent's name, when only the words that describe the agent stand between. */
const AGENT_REACH = 6;

/** Whether the candidate stands where the verb of a "who" question wants its answer: just before it, or just after. */
function inSlot(c: Candidate, near: readonly { at: number; slot: number }[], verb: Asked['verb'], tokens: readonly Token[], text: string, clause: readonly number[]): boolean {
  if (!verb) return false;
  // "the village is attacked by Bulblins": the subject of "who attacks" follows "by", and the
  // name before a passive verb is what was done to.
  // ("operas directed by Gaspare Spontini": a participle with its agent after it is passive too, with no "be" before it.)
  const passive = (at: number) =>
    BE_FORMS.has(tokens[at - 1]?.word ?? '') || (/ly$/.test(tokens[at - 1]?.word ?? '') && BE_FORMS.has(tokens[at - 2]?.word ?? '')) || tokens[at + 1]?.word === 'by';
  // ("owned by the Norwegian company Havsyn": the words that describe the agent may stand between "by" and its name.)
  // ("established by the Phagmodru ruler Tai Situ": names too, before a noun for a person that the agent's name follows.)
  const byRole = tokens[c.from - 1] !== undefined && !tokens[c.from - 1]!.capital && isPersonNoun(tokens[c.from - 1]!.word);
  const described = (at: number) => c.from - at <= AGENT_REACH && tokens.slice(at + 2, c.from).every((t) => !t.capital || COUNTRY_WORDS.has(t.word) || byRole);
  // ("designed and sculpted by Clésinger": the agent of two verbs joined by "and" is the first's too.)
  const agent = (verbAt: number) => {
    const at = tokens[verbAt + 1]?.word === 'and' && tokens[verbAt + 3]?.word === 'by' ? verbAt + 2 : verbAt;
    return tokens[at + 1]?.word === 'by' && c.from > at + 1 && (c.from - at <= 3 || described(at));
  };
  // "Yang Tinghe under Jiajing was determined to break": further off, the first name of the verb's clause before it,
  // when no other name stands between but one after a preposition ("under Jiajing"), which is no subject.
  // ("brought them to his Northern California studio and placed them": nor is one after a preposition and a possessive.)
  const governed = (k: number) => PREPOSITIONS.has(tokens[k - 1]?.word ?? '') || ((tokens[k - 1]?.word === 'the' || POSSESSIVE_PRONOUNS.has(tokens[k - 1]?.word ?? '')) && PREPOSITIONS.has(tokens[k - 2]?.word ?? ''));
  // ("his brother, John F. Shea, who earned degrees in 1906, wrote the lyrics": a clause set off after the name is no other subject.)
  const relative = (at: number) => RELATIVES.has(tokens[c.to]?.word ?? '') && clause[at] === clause[c.to] && text.slice(tokens[c.to - 1]!.end, tokens[c.to]!.start).includes(',') && text.slice(tokens[at - 1]!.end, tokens[at]!.start).includes(',');
  const subjectOf = (at: number) =>
    at - c.to <= SUBJECT_REACH &&
    (clause[at] === clause[c.from] || relative(at)) &&
    !governed(c.from) &&
    tokens.slice(c.to, at).every((t, k) => !t.capital || governed(c.to + k) || (k > 0 && tokens[c.to + k - 1]!.capital));
  // The subject's place before the verb: that of "who attacked" in the active, of "who was cast as" in the passive.
  // ("James Hill of the Great Northern began": a name a preposition governs is no subject, however near the verb,
  // unless the verb is hyphened onto it: "of the Tarvan-ruled Osk dynasty".)
  const hyphened = (at: number) => at === c.to && hyphenedAt(tokens, text, at);
  const before = (at: number) => at >= c.to && ((at - c.to <= 2 && (!governed(c.from) || hyphened(at))) || subjectOf(at));
  return near.some(
    (a) => a.slot === verb.slot && (verb.wants === 'subject' ? (before(a.at) && !passive(a.at)) || agent(a.at) : verb.wants === 'passive' ? before(a.at) && passive(a.at) : c.from > a.at && c.from - a.at <= 3),
  );
}

/** "who is Marcus Bell": the role the article gives the person the question names, where the passage says it ("Fire Chief"). */
function roleIn(index: StoryIndex, passage: number, names: ReadonlySet<number>): AnswerSpan | undefined {
  const { story } = index;
  const text = story.passages[passage]!.text;
  for (const entity of story.entities) {
    if (!entity.role || !entity.passages.includes(passage)) continue;
    const named = tokenize(entity.name).some((t) => names.has(index.shared.dictionary.find(t.term)));
    const at = text.indexOf(entity.role);
    if (named && at >= 0) return { text: entity.role, kind: 'phrase', passage, start: at, end: at + entity.role.length, score: 1 };
  }
  return undefined;
}

/** How many words before the preposition the question's word may stand in the passage: "spend more on". */
const PREPOSITION_REACH = 3;
/** How many words within one clause, failing that. */
const CLAUSE_REACH = 8;
/** Longest noun phrase taken after it. */
const OBJECT_WORDS = 6;
/** Words a noun phrase may hold besides content words: "envelopes of cash", "5G and fibre networks". */
const PHRASE_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'of']);

/**
 * "what does the deal let them spend more money on": a "what" question that ends on a preposition
 * asks for the noun phrase after that preposition where the passage uses it just after one of the
 * question's own words ("spend more on 5G and fibre networks"), up to punctuation or a function word.
 */
function objectOfPreposition(index: StoryIndex, query: Query, passage: number): AnswerSpan | undefined {
  const { preposition } = query.asked;
  if (preposition === undefined) return undefined;
  const text = index.story.passages[passage]!.text;
  const tokens = tokenize(text);
  // The question's words in the passage, as typed or in another form (not words near in meaning).
  const near = anchors(index, passage, query.slots, true);
  // ("cleared of trees over the past decade to make way for tea farms": failing one close by, the preposition may stand
  // further on in the clause of a question word, with no punctuation between.)
  const clause = clauses(tokens, text, CLAUSE_OPENERS, /[,;:.!?()“”"]/);
  for (const reach of [PREPOSITION_REACH, CLAUSE_REACH]) {
    for (let i = 1; i < tokens.length - 1; i++) {
      if (tokens[i]!.word !== preposition || !near.some((a) => a.at < i && i - a.at <= reach && clause[a.at] === clause[i]) || !spaced(tokens, text, i + 1)) continue;
      let to = phraseEnd(tokens, text, i, preposition);
      // ("a search team with sniffer dogs arrived": the verb of the sentence the phrase stands in ends it.)
      if (to > i + 2 && isPastVerb(tokens[to - 1]!)) to--;
      // ("decided to develop its own": "to" before one lower-case word may make a verb of it.)
      const verb = preposition === 'to' && to - i === 2 && !tokens[i + 1]!.capital && !tokens[i + 1]!.numeric;
      if (verb || !newWords(index, query, tokens.slice(i + 1, to))) continue;
      return phraseAnswer(text, tokens, passage, i + 1, to);
    }
  }
  return undefined;
}

/** Most words that describe a noun before it: "a new strain of", "a sophisticated ransomware attack". */
const SORT_WORDS = 3;

/**
 * Words that open the phrase of a noun told at its first mention, where the words before it say what kind it is ("a
 * ransomware attack"); after "the" they more often name one already known ("the user interface").
 */
const SORT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/** Words before a noun that tell which or when, not what kind: "the latest attack", "a second attack". */
const NO_SORT: ReadonlySet<string> = new Set(['new', 'latest', 'last', 'next', 'recent', 'previous', 'first', 'second', 'third', 'same', 'similar', 'further', 'major', 'big', 'biggest', 'large', 'largest', 'small', 'possible', 'alleged', 'suspected', 'apparent', 'latter', 'former']);

/**
 * "wat kind of attack was it": the words that describe the noun asked about, between "a" or "an" and the noun ("A
 * ransomware attack has forced..."): what kind it is.
 */
function sortOf(index: StoryIndex, query: Query, passage: number): AnswerSpan | undefined {
  const text = index.story.passages[passage]!.text;
  const tokens = tokenize(text);
  const describing = (t: Token) => !isStopword(t) && !t.numeric && !NO_SORT.has(t.word) && !ORDINAL_WORDS.has(t.word) && !POSSESSIVE.test(text.slice(t.start, t.end));
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.capital || singularOf(tokens[i]!.word) !== query.asked.sort) continue;
    let from = i;
    while (from > 0 && i - from < SORT_WORDS && /^[\s\-‑]+$/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start)) && describing(tokens[from - 1]!)) from--;
    if (from === i || from === 0 || !SORT_OPENERS.has(tokens[from - 1]!.word) || !spaced(tokens, text, from)) continue;
    // (Not where the question gives one of them, "what kind of international team": "an international reconnaissance
    // team" may name the kind with all its words. "the upgraded A8 processor": a name among them says which.)
    if (tokens.slice(from, i).some((t) => query.termSet.has(index.shared.dictionary.find(t.term)))) continue;
    const name = tokens.slice(from, i).findIndex((t) => t.capital);
    if (name > 0) from += name;
    if (from < i && newWords(index, query, tokens.slice(from, i))) return phraseAnswer(text, tokens, passage, from, i);
  }
  return undefined;
}

/**
 * Where, in `before`, the long form of the short form `short` starts, its letters taken in order from the end, the first
 * at a word's start ("Digital Rights Management" for "DRM", "subtherapeutic antibiotic treatment" for "STAT"; Schwartz
 * and Hearst's algorithm for abbreviations); undefined where they are not all there.
 */
function longFormStart(short: string, before: string): number | undefined {
  const letters = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  let l = before.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s]!;
    while (l >= 0 && (before[l]!.toLowerCase() !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(before[l - 1]!)))) l--;
    if (l < 0) return undefined;
    l--;
  }
  return letters.length > 1 ? l + 1 : undefined;
}

/** Most words of a long form, for a short form of n letters: min(n + 5, 2n) (Schwartz and Hearst). */
function longFormWords(short: string): number {
  const n = short.replace(/[^\p{L}\p{N}]/gu, '').length;
  return Math.min(n + 5, 2 * n);
}

/** Words that set a short name beside the full one: "the Ghana Cocoa Board, known as Cocobod". */
const KNOWN_AS = /(?:,\s+|\(\s*)(?:also\s+|commonly\s+|widely\s+|locally\s+)?(?:known|referred\s+to|abbreviated)\s+as\s+$/;

/**
 * "wat does cocobod stand for", "what does DRM stand for": the full name the passage gives beside the short one, before
 * it, "the Ghana Cocoa Board, known as Cocobod", "Digital Rights Management (DRM)", or after it in brackets, "HP
 * (Hewlett-Packard)"; in brackets, only words whose letters spell the short form.
 */
function longFormOf(index: StoryIndex, query: Query, passage: number): AnswerSpan | undefined {
  const text = index.story.passages[passage]!.text;
  const tokens = tokenize(text);
  const stand = query.typed.findIndex((w) => w === 'stand' || w === 'stands');
  const shorts = anchors(index, passage, query.slots, true).filter((a) => query.slots[a.slot]!.pos < stand && query.slots[a.slot]!.pos > 0);
  for (const { at } of shorts) {
    const t = tokens[at]!;
    const short = text.slice(t.start, t.end);
    const gapBefore = text.slice(0, t.start);
    // "the Ghana Cocoa Board, known as Cocobod": the name (with its article) before the words that say so.
    const known = KNOWN_AS.exec(gapBefore);
    if (known) {
      const end = tokens.findLastIndex((x) => x.end <= known.index);
      const run = capitalRuns(tokens, text).find(([, to]) => to === end + 1);
      if (run && end >= 0 && text.slice(tokens[end]!.end, known.index) === '') {
        const from = tokens[run[0] - 1]?.word === 'the' && spaced(tokens, text, run[0]) ? run[0] - 1 : run[0];
        return phraseAnswer(text, tokens, passage, from, run[1]);
      }
    }
    // "Digital Rights Management (DRM)": the words before the brackets, back to the clause's start, that spell it.
    if (/\(\s*$/.test(gapBefore) && /^\s*\)/.test(text.slice(t.end))) {
      const open = gapBefore.lastIndexOf('(');
      const clauseStart = Math.max(...[',', ';', ':', '.', '(', ')', '"', '“', '”'].map((m) => text.lastIndexOf(m, open - 1))) + 1;
      const before = text.slice(clauseStart, open).trimEnd();
      const start = longFormStart(short, before);
      const long = start === undefined ? '' : before.slice(start);
      if (long && long.split(/\s+/).length <= longFormWords(short) && long.toLowerCase() !== short.toLowerCase()) {
        const from = tokens.findIndex((x) => x.start === clauseStart + start!);
        const to = tokens.findLastIndex((x) => x.end <= clauseStart + before.length);
        if (from >= 0 && to >= from) return phraseAnswer(text, tokens, passage, from, to + 1);
      }
    }
    // "HP (Hewlett-Packard)": the words in the brackets after it, where they spell it from their start.
    const after = /^\s*\(([^()]+)\)/.exec(text.slice(t.end));
    if (after) {
      const inside = after[1]!.trim();
      const open = t.end + after[0].indexOf(inside);
      if (longFormStart(short, inside) === 0 && inside.split(/\s+/).length <= longFormWords(short) && inside.toLowerCase() !== short.toLowerCase()) {
        const from = tokens.findIndex((x) => x.start === open);
        const to = tokens.findLastIndex((x) => x.end <= open + inside.length);
        if (from >= 0 && to >= from) return phraseAnswer(text, tokens, passage, from, to + 1);
      }
    }
  }
  return undefined;
}

/** Whether words hold a content word the question does not use. */
function newWords(index: StoryIndex, query: Query, words: readonly Token[]): boolean {
  const content = words.filter((t) => !isStopword(t));
  return content.length > 0 && !content.every((t) => query.termSet.has(index.shared.dictionary.find(t.term)));
}

/** The words of tokens [from, to) as a phrase answer. */
function phraseAnswer(text: string, tokens: readonly Token[], passage: number, from: number, to: number): AnswerSpan {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { text: text.slice(start, end), kind: 'phrase', passage, start, end, score: 1 };
}

/**
 * The end of the noun phrase after token `i`: content words, an article first, up to punctuation or a
 * function word; "and", "or" and "of" join its words ("envelopes of cash", "a half marathon and a
 * 10-kilometre race"), and so does "and" with `repeated` again ("on housing and on rubbish collection").
 */
function phraseEnd(tokens: readonly Token[], text: string, i: number, repeated?: string): number {
  const joined = (k: number) => spaced(tokens, text, k);
  let to = i + 1;
  // Where the phrase (or its last conjunct) starts: "on affordable housing and on rubbish collection" is answered whole.
  let from = i;
  // ("a 10-kilometre race": a hyphen joins the words of a phrase too.)
  while (to < tokens.length && to - from <= OBJECT_WORDS && (to === i + 1 || joined(to) || hyphenedAt(tokens, text, to))) {
    const t = tokens[to]!;
    const content = !isStopword(t) || t.numeric;
    // ("a half marathon and a 10-kilometre race": a conjunct may open on its article.)
    const and = t.word === 'and' || t.word === 'or';
    const next = ARTICLES.has(tokens[to + 1]?.word ?? '') && and ? to + 2 : to + 1;
    const joiner = PHRASE_JOINERS.has(t.word) && to > from + 1 && tokens[next] !== undefined && !isStopword(tokens[next]!);
    if (t.word === 'and' && repeated !== undefined && to > from + 1 && tokens[to + 1]?.word === repeated && joined(to + 1) && tokens[to + 2] && joined(to + 2)) {
      from = to + 1;
      to += 2;
      continue;
    }
    // ("signed his new contract": a possessive opens a phrase as an article does.)
    if (!content && !joiner && !(to === from + 1 && (ARTICLES.has(t.word) || POSSESSIVE_PRONOUNS.has(t.word)))) break;
    // (Each conjunct may be as long as a phrase.)
    if (joiner && and) from = to;
    to = joiner ? next : to + 1;
  }
  return to;
}

/** Prepositions a passage may use for the one a question asks with: "perform with whom", "performed alongside the Hollow Pines". */
const PREPOSITION_SYNONYMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['with', new Set(['alongside'])]]);

/** Those other prepositions: no word that describes the name after them. */
const OTHER_PREPOSITIONS: ReadonlySet<string> = new Set([...PREPOSITION_SYNONYMS.values()].flatMap((words) => [...words]));

/** Whether a passage's word is the question's preposition, or one that means the same. */
function samePreposition(word: string | undefined, asked: string): boolean {
  return word !== undefined && (word === asked || PREPOSITION_SYNONYMS.get(asked)?.has(word) === true);
}

/** Pronouns that stand for the thing a verb is done to: "called it", "called the decision". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them', 'him', 'her']);
/** Verbs of thought, whose object may follow "was": "what he thought was a tree trunk". */
const THOUGHT_VERBS: ReadonlySet<string> = new Set(['think', 'believe', 'assume', 'suspect'].map(termOf));

/** Verbs of permitting, whose object is followed by "to" and what it may do: "allow all towns to set limits". */
const PERMIT_VERBS: ReadonlySet<string> = new Set(['let', 'allow', 'permit', 'enable'].map(termOf));
/** Most words from a verb of permitting to its "to": "allow all municipalities to". */
const PERMIT_REACH = 4;
/** Most words before a verb of permitting that one of the question's words may stand: "a national law that would allow". */
const PERMIT_NEAR = 4;

/**
 * "what would the law let towns do": in "a national law that would allow all municipalities to set similar limits", the
 * verb phrase after "to" ("set similar limits"), when one of the question's words stands just before the verb of permitting.
 */
function permitted(text: string, tokens: readonly Token[], passage: number, near: readonly { at: number }[]): AnswerSpan | undefined {
  for (let k = 1; k < tokens.length - 2; k++) {
    const w = tokens[k]!.word;
    if (tokens[k]!.capital || !/^(?:allow|allows|allowed|allowing|permit|permits|permitted|permitting|enable|enables|enabled|enabling)$/.test(w)) continue;
    if (!near.some((a) => a.at < k && k - a.at <= PERMIT_NEAR)) continue;
    let to = k + 1;
    while (to < tokens.length && to - k <= PERMIT_REACH && tokens[to]!.word !== 'to' && spaced(tokens, text, to)) to++;
    if (tokens[to]?.word !== 'to' || to === k + 1 || !spaced(tokens, text, to) || !tokens[to + 1] || !spaced(tokens, text, to + 1)) continue;
    // (The verb is no stopword and no name: "to set", not "to the" or "to Split".)
    if (isStopword(tokens[to + 1]!) || tokens[to + 1]!.capital || tokens[to + 1]!.numeric) continue;
    const end = phraseEnd(tokens, text, to);
    if (end > to + 2) return phraseAnswer(text, tokens, passage, to + 1, end);
  }
  return undefined;
}

/** Particles a verb may have before its object: "handed over", "wrote out". */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['over', 'out', 'up', 'down', 'back', 'off', 'away']);

/**
 * "what did Carvalho hand Fontes", "what did the council approve": a "what" question asking what its verb was done to is
 * answered by the noun phrase after that verb's form in the passage ("she had personally handed envelopes of cash to Fontes");
 * "what did Haugli call it", by the quoted words after the object ("called the decision “irresponsible and unilateral”").
 */
function objectOfVerb(index: StoryIndex, query: Query, passage: number): AnswerSpan | undefined {
  const text = index.story.passages[passage]!.text;
  const tokens = tokenize(text);
  const near = anchors(index, passage, query.slots, true);
  // The auxiliary ("did", "does") and the subject's first word after it, which is no verb ("what did the council approve").
  const aux = query.typed.findIndex((w) => AUXILIARIES.has(w));
  let subject = aux + 1;
  while (ARTICLES.has(query.typed[subject] ?? '') || POSSESSIVE_PRONOUNS.has(query.typed[subject] ?? '')) subject++;
  // "what does Njeri do (for work)": the verb "do" asks what someone is, set beside their name.
  const doAt = query.typed.indexOf('do', subject + 1);
  // "what would the law let towns do": the verb phrase after "to" that a verb of permitting puts after its object.
  if (doAt > subject && query.typed.slice(subject, doAt).some((w) => PERMIT_VERBS.has(termOf(w)))) return permitted(text, tokens, passage, near);
  if (doAt > subject) return occupation(text, tokens, passage, near.filter((a) => query.slots[a.slot]!.literal || query.slots[a.slot]!.alternatives.some((x) => x.kind === 'alias')));
  for (const a of near.sort((x, y) => x.at - y.at)) {
    const slot = query.slots[a.slot]!;
    if (slot.literal || slot.pos <= subject) continue;
    const typed = query.typed[slot.pos]!;
    const word = tokens[a.at]!.word;
    // The verb's own form: "handed" for "hand", "built" for "build"; after "does", "crushes" for "crush".
    const present = query.typed[aux] === 'does' && (word === `${typed}s` || word === `${typed}es`);
    const inflected = word !== typed && (/ed$/.test(word) || IRREGULAR[word] !== undefined || present);
    if (!inflected || tokens[a.at]!.capital) continue;
    let at = a.at;
    while (VERB_PARTICLES.has(tokens[at + 1]?.word ?? '') && spaced(tokens, text, at + 1)) at++;
    // "what did he think he hit": "struck what he thought was a buried tree trunk", the phrase after a verb of thought and "was".
    if (THOUGHT_VERBS.has(termOf(typed)) && (tokens[at + 1]?.word === 'was' || tokens[at + 1]?.word === 'were') && spaced(tokens, text, at + 1)) at++;
    const quote = quotedAfter(tokens, text, at);
    if (quote) return { ...quote, passage };
    if (!tokens[at + 1] || !spaced(tokens, text, at + 1)) continue;
    const to = phraseEnd(tokens, text, at);
    if (to === at + 1) continue;
    const after = quotedAfter(tokens, text, to - 1);
    if (after) return { ...after, passage };
    // ("what did the minister say": only the words a speaker's verb puts in quotation marks; "said Oslo would..." is a clause.)
    if (query.asked.speaker || !newWords(index, query, tokens.slice(at + 1, to))) continue;
    return phraseAnswer(text, tokens, passage, at + 1, to);
  }
  // "what did the mayor call the old town": in a quotation, what its words are said to be ("“Our old town has become a hotel without residents,”").
  const call = query.typed.findIndex((w, k) => k > subject && w === 'call');
  if (call > 0) return calledInQuote(text, tokens, passage, near.filter((a) => query.slots[a.slot]!.pos > call));
  return undefined;
}

/** Most words of what a quotation says a thing is: "a hotel without residents". */
const CALLED_WORDS = 6;

/** In a quotation, the words after "is", "was", "became" or "has become" that follow one of `near` up to the clause's end. */
function calledInQuote(text: string, tokens: readonly Token[], passage: number, near: readonly { at: number }[]): AnswerSpan | undefined {
  for (const { at } of near) {
    const before = text.slice(0, tokens[at]!.start);
    if (before.lastIndexOf('“') <= before.lastIndexOf('”')) continue;
    let k = at + 1;
    if ((tokens[k]?.word === 'has' || tokens[k]?.word === 'had') && tokens[k + 1]?.word === 'become') k += 2;
    else if (['is', 'was', 'became'].includes(tokens[k]?.word ?? '')) k++;
    else continue;
    if (!tokens.slice(at + 1, k + 1).every((_, j) => spaced(tokens, text, at + 1 + j))) continue;
    let to = k + 1;
    while (to < tokens.length && to - k < CALLED_WORDS + 1 && spaced(tokens, text, to)) to++;
    if (to === tokens.length || to - k > CALLED_WORDS || !/^[,.;:!?]?”/.test(text.slice(tokens[to - 1]!.end))) continue;
    return phraseAnswer(text, tokens, passage, k, to);
  }
  return undefined;
}

/**
 * "what is the highest point in the state": the name set off by a comma right after the question's words in the passage
 * ("the highest point in the state, Granite Peak,"), or right before them ("Granite Peak, the highest point").
 */
function apposedName(index: StoryIndex, query: Query, passage: number): AnswerSpan | undefined {
  const text = index.story.passages[passage]!.text;
  const tokens = tokenize(text);
  const near = anchors(index, passage, query.slots, true);
  const gap = (k: number) => text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  for (const [from, runEnd] of capitalRuns(tokens, text)) {
    const to = numbered(tokens, text, runEnd);
    // (A sentence's first word is capitalised for that: "Later, the..." names nothing.)
    if (from === 0 || !newWords(index, query, tokens.slice(from, to))) continue;
    // Set off on both sides: by a comma before it and a comma or the sentence's end after it, or the other way round.
    const closed = to === tokens.length || /^[,.;]/.test(gap(to));
    const after = /^,\s+$/.test(gap(from)) && closed && near.some((a) => a.at === from - 1);
    const before = to < tokens.length && /^,\s+$/.test(gap(to)) && near.some((a) => a.at >= to && a.at - to <= APPOSED_REACH) && /[,.;:]\s*$|^\s+$/.test(gap(from));
    if (after || before) return phraseAnswer(text, tokens, passage, from, to);
  }
  return undefined;
}

/** Most words from the comma after a name to the question's word in the description that follows it: "Granite Peak, the highest point". */
const APPOSED_REACH = 3;

/** Words that end a description with where its person is from or works: "a nurse from Leeds", "a teacher at a school". */
const WHEREABOUTS: ReadonlySet<string> = new Set(['from', 'at', 'in', 'who', 'based']);

/** Most words of a description set beside a name: "a 34-year-old tea picker". */
const DESCRIPTION_WORDS = 5;

/**
 * "Mary Njeri, a 34-year-old tea picker, told...": the description a name's apposition gives, after "a" or "an" and up to
 * the next comma, without the age ("tea picker"); `names`, where the question's names stand in the passage.
 */
function occupation(text: string, tokens: readonly Token[], passage: number, names: readonly { at: number }[]): AnswerSpan | undefined {
  for (const { at } of names) {
    let end = at + 1;
    while (end < tokens.length && tokens[end]!.capital && spaced(tokens, text, end)) end++;
    // ("Tom Bell, 31, a software engineer": over the age set off by commas.)
    const comma = (k: number) => /^,\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
    if (end < tokens.length - 2 && comma(end) && /^\d{1,3}$/.test(tokens[end]!.word) && comma(end + 1)) end++;
    if (end >= tokens.length - 1 || !comma(end) || !ARTICLES.has(tokens[end]!.word)) continue;
    let from = end + 1;
    // ("a 34-year-old tea picker": the age is no part of what someone does.)
    if (tokens[from]?.numeric && tokens[from + 1]?.word === 'year' && tokens[from + 2]?.word === 'old') from += 3;
    let to = from;
    while (to < tokens.length && to - from < DESCRIPTION_WORDS && (to === from || !/[,.;:]/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start)))) {
      // ("a software engineer from Leeds": where someone is from or works is no part of what they do.)
      if (to > from && WHEREABOUTS.has(tokens[to]!.word)) break;
      to++;
    }
    const whereabouts = WHEREABOUTS.has(tokens[to]?.word ?? '') && spaced(tokens, text, to);
    if (to > from && to - from < DESCRIPTION_WORDS && (whereabouts || /^[,.;]/.test(text.slice(tokens[to - 1]!.end)))) return phraseAnswer(text, tokens, passage, from, to);
  }
  return undefined;
}

/** The quoted words right after token `at`, or after a pronoun for its object there ("called it “a disgrace”"). */
function quotedAfter(tokens: readonly Token[], text: string, at: number): Omit<AnswerSpan, 'passage'> | undefined {
  const k = OBJECT_PRONOUNS.has(tokens[at + 1]?.word ?? '') ? at + 1 : at;
  // (A straight quotation mark opens a quotation only after a space: `legitimate" and` closes one.)
  const m = /^(?:\s*“|\s+")([^"“”]+)["”]/.exec(text.slice(tokens[k]!.end));
  if (!m) return undefined;
  const start = tokens[k]!.end + m[0].length - m[1]!.length - 1;
  const words = m[1]!.replace(/[\s,.;:]+$/, '');
  return { text: words, kind: 'phrase', start, end: start + words.length, score: 1 };
}

/** What the answer step knows of the question's words, in the order of `query.slots`. */
export interface Reading {
  /** How much each word counts for the answer's closeness. */
  weights: readonly number[];
  /** Terms of the names the question uses. */
  names: ReadonlySet<number>;
  /** The question is "who is NAME". */
  whoIs: boolean;
}

/** "where is Aldergate based": of "Aldergate, Lancashire, England", the places the question does not name; of "Kurt Jonassohn and Frank Chalk", the people. */
function withoutNamed(c: Candidate, tokens: readonly Token[], text: string, isNamed: (c: Candidate) => boolean): Candidate {
  for (let k = c.from + 1; k < c.to; k++) {
    // ("the Beichuan Fault and the Guanxian Fault": of names joined by "and", the one the question does not name; of a
    // place's name and the place it is in, "Moravia Capital in Brno", the one the question does not name.)
    const and = (tokens[k]!.word === 'and' || (c.kind === 'place' && tokens[k]!.word === 'in')) && k + 1 < c.to;
    if (!and && !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) continue;
    const rest = and ? (tokens[k + 1]!.word === 'the' && k + 2 < c.to ? k + 2 : k + 1) : k;
    // ("held at the Salle Lumen and the Paris Opera", asked of a concert "in Paris": the one the question does not name, first,
    // where the named one is a building by its town's name, after "the", not the town, "sent to Bruges and Kortrijk"; "four
    // nights at Hyde Park in London", asked of the gigs "in London": the place within the one named.)
    const building = and && (rest === k + 2 || tokens[k]!.word === 'in') && isNamed(span(tokens, rest, c.to, c.kind, c.quality));
    if (!isNamed(span(tokens, c.from, k, c.kind, c.quality))) return building ? span(tokens, c.from, k, c.kind, c.quality) : c;
    return withoutNamed({ ...c, from: rest, start: tokens[rest]!.start }, tokens, text, isNamed);
  }
  return c;
}

/** "the 24-year-old", "The 54-year-old Norwegian": an age that stands for a person, as the knowledge layer reads it (mentions.ts). */
function describedByAge(tokens: readonly Token[], c: Candidate, text: string): boolean {
  return tokens[c.from - 1]?.word === 'the' && /-year-old$/.test(text.slice(c.start, c.end));
}

/** Fewest words of a name that follows, in one run, a name the question uses. */
const NAME_AFTER_WORDS = 2;

/**
 * "who was the fourth Dalai Lama": of "Dalai Lama Yonten Gyatso", a run whose first words are a name the question uses,
 * the name after them (the title asked about), where its words are a name's, none an everyday word (not "Pictures
 * Entertainment" of "Sony Pictures Entertainment", nor "du Lac" of "Notre Dame du Lac").
 */
function nameAfterNamed(c: Candidate, tokens: readonly Token[], isNamed: (c: Candidate) => boolean): Candidate {
  if (c.kind !== 'person' || !isNamed(c)) return c;
  for (let k = c.from + 1; c.to - k >= NAME_AFTER_WORDS; k++) {
    const rest = span(tokens, k, c.to, c.kind, c.quality);
    if (!isNamed(rest)) return tokens.slice(k, c.to).every((t) => t.capital && !isCommonWord(t.word)) ? rest : c;
  }
  return c;
}

/** The initials of the run of words other than function words that holds `pos` ("chief financial officer": "cfo"), when two or more. */
function phraseInitials(typed: readonly string[], pos: number): string | undefined {
  let from = pos;
  let to = pos + 1;
  while (from > 0 && !FUNCTION_WORDS.has(typed[from - 1]!)) from--;
  while (to < typed.length && !FUNCTION_WORDS.has(typed[to]!)) to++;
  return to - from >= 2 ? typed.slice(from, to).map((w) => w[0]).join('') : undefined;
}

/** How much less likely a number is the answer when it is in another unit than the question's ("46 kilometres" for "how many miles"). */
const OTHER_UNIT = 0.3;
/** How much likelier a number in the unit the question asks for is: as likely as one the passage gives first, where brackets convert it (SECOND). */
const ASKED_UNIT = 1 / SECOND;

/** Units of length, weight, volume and area by each way of writing them, as one key: "metres", "meter", "m2" are "m". */
const UNIT_KEYS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    m: 'm metre metres meter meters m2 m3',
    km: 'km km2 kilometre kilometres kilometer kilometers',
    mi: 'mi mile miles',
    // ("3,400 nautical miles": a unit of its own.)
    nmi: 'nautical',
    ft: 'ft foot feet',
    cm: 'cm centimetre centimetres centimeter centimeters',
    mm: 'mm millimetre millimetres millimeter millimeters',
    yd: 'yard yards',
    kg: 'kg kilogram kilograms kilo kilos',
    lb: 'lb lbs',
    g: 'gram grams',
    oz: 'ounce ounces',
    l: 'litre litres liter liters',
    gal: 'gallon gallons',
    ha: 'ha hectare hectares',
    acre: 'acre acres',
  }).flatMap(([key, words]) => words.split(' ').map((w): [string, string] => [w, key])),
);

/** The same keys by the term of each word. */
const UNIT_TERMS: ReadonlyMap<string, string> = new Map([...UNIT_KEYS].map(([w, key]) => [termOf(w), key]));

/** The unit written right after a number (over "square": "500 million square feet"), as a key of UNIT_KEYS. */
function unitAfter(tokens: readonly Token[], c: Candidate): string | undefined {
  let k = c.from;
  while (k < c.to && (tokens[k]!.numeric || SCALE_WORDS.has(tokens[k]!.word) || NUMBER_HEDGES.has(tokens[k]!.word))) k++;
  if (k === c.to && (tokens[k]?.word === 'square' || tokens[k]?.word === 'cubic')) k++;
  if (tokens[k]?.word === 'square' || tokens[k]?.word === 'cubic') k++;
  return UNIT_KEYS.get(tokens[k]?.word ?? '');
}

/** How much less likely a number is the answer when the story ties it to a year the question does not ask about. */
const OTHER_YEAR = 0.3;
/** And when the story tells it of another life event than the one asked about (the dead for the injured). */
const OTHER_EVENT = 0.3;

/** The year a number is told of, just after it in its clause: "51 million tourists in 2011", "5.82 million copies as of March 31, 2011". */
function yearAfter(tokens: readonly Token[], at: number, text: string): string | undefined {
  for (let k = at; k < Math.min(tokens.length, at + 8); k++) {
    const t = tokens[k]!;
    if (k > at && /[;.]/.test(text.slice(tokens[k - 1]!.end, t.start))) return undefined;
    if (isYear(t, text)) return t.word;
    // Another number has its own year.
    if (t.numeric && !MONTHS.has(tokens[k - 1]?.word ?? '')) return undefined;
  }
  return undefined;
}

/** Pronouns by which a question speaks of someone it does not name. */
// (Not "himself", "herself": "who sacrifices herself" speaks of the one asked for.)
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'hers']);
/** Share of a story's parts a name is found in when the story is about them. */
const STORY_SUBJECT = 0.5;

/** Share of its closeness a question word keeps when it stands in another clause than the name. */
const OTHER_CLAUSE = 0.5;

/** Words that open a clause of their own after a comma: "..., while cinematographer X took over". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'but', 'whereas']);

/**
 * The clause each token stands in, by number: a new one after ";", ":", a sentence's end, or a comma and a clause opener;
 * or, with other `openers` and `ends`, the parts a sentence sets against each other.
 */
function clauses(tokens: readonly Token[], text: string, openers = CLAUSE_OPENERS, ends = /[;:.!?]/): number[] {
  const out: number[] = [];
  let n = 0;
  tokens.forEach((t, i) => {
    const gap = i === 0 ? '' : text.slice(tokens[i - 1]!.end, t.start);
    // ("James J. Hill of the Great Northern began promoting": an initial's full stop ends no clause.)
    if ((ends.test(gap) && !abbreviationStop(tokens, text, i)) || (gap.includes(',') && openers.has(t.word))) n++;
    out.push(n);
  });
  return out;
}

/** How many words after the question's verb the object it asks for may start ("beating defending champion X"). */
const OBJECT_REACH = 4;

/**
 * The slot of a "where" question's verb: "where did Ana go" ("go", after the auxiliary and its subject), "where was the
 * concert held" ("held", the participle after "be" and its subject); none where no verb is found.
 */
function whereVerb(query: Query): number | undefined {
  const words = query.typed;
  const where = words.indexOf('where');
  const next = words[where + 1] ?? '';
  if (where < 0 || (where > 0 && !FUNCTION_WORDS.has(words[where - 1]!)) || !(AUXILIARIES.has(next) || COPULAS.has(next))) return undefined;
  const slotAt = (pos: number) => query.slots.findIndex((s) => s.pos === pos);
  if (COPULAS.has(next)) {
    const participle = words.findIndex((w, k) => k > where + 2 && slotAt(k) >= 0 && (/(ed|en)$/.test(w) || IRREGULAR[w] !== undefined));
    return participle > 0 ? slotAt(participle) : undefined;
  }
  let i = where + 2;
  while (i < words.length && (FUNCTION_WORDS.has(words[i]!) || slotAt(i) < 0)) i++;
  while (i + 1 < words.length && slotAt(i + 1) >= 0) i++;
  return i > where + 2 && i < words.length ? slotAt(i) : undefined;
}

/** Most words from a "where" question's verb to the place after it: "held at the Salle", "born in Leeds". */
const PLACE_REACH = 3;

/** Verbs of going a "where" question may ask with: it asks where to ("where did she go": "flew to Oslo", "left for Oslo"). */
const GOING_VERBS: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'head', 'heads', 'headed', 'travel', 'travels', 'travelled', 'traveled', 'move', 'moves', 'moved', 'flee', 'flees', 'fled', 'relocate', 'relocated', 'escape', 'escaped', 'sail', 'sailed', 'fly', 'flew']);
/** Prepositions that say where a thing stands: "the camp on the river", "the school in Sangzao". */
const STANDING_AT: ReadonlySet<string> = new Set(['in', 'on', 'at', 'near', 'outside', 'inside', 'within', 'beside']);
/** Prepositions of a destination: "flew to Oslo", "ran into the woods". */
const TOWARDS: ReadonlySet<string> = new Set(['to', 'into', 'towards', 'toward']);
/** Verbs of leaving that take their destination after "for": "left for Oslo", "set off for the coast". */
const LEAVING_FOR: ReadonlySet<string> = new Set(['left', 'leave', 'leaves', 'leaving', 'departed', 'departs', 'off', 'out', 'headed', 'heading', 'bound', 'sailed', 'sailing']);

/** Words that set a clause against the one before it: "..., while Kestrel shares jumped 27%". */
const CONTRASTS: ReadonlySet<string> = new Set(['while', 'whereas']);

/**
 * The best answer words in one ranked passage, or none: each candidate of the kind asked, not
 * named by the question, scored by how sure it is of its kind and how close it stands to the
 * question's words.
 */
export function answerIn(index: StoryIndex, query: Query, r: Ranked, reading: Reading): AnswerSpan | undefined {
  const { asked } = query;
  const { weights: slotWeights, names } = reading;
  // ("what does cocobod stand for": the full name beside the short one.)
  const standsFor = asked.preposition === 'for' && query.typed.some((w) => w === 'stand' || w === 'stands');
  if (!asked.kind && standsFor) return longFormOf(index, query, r.passage) ?? objectOfPreposition(index, query, r.passage);
  if (!asked.kind) return (asked.sort !== undefined ? sortOf(index, query, r.passage) : undefined) ?? (asked.object ? objectOfVerb : asked.apposed ? apposedName : objectOfPreposition)(index, query, r.passage);
  if (reading.whoIs) {
    // "who was the Director of the History Studies Institute", "who was the 8th Ardo Lama": a title after "the"
    // (or a title's word alone, "who was Chief Financial Officer of Apple") asks who holds it, where the passage gives
    // the title no one's role.
    const role = roleIn(index, r.passage, names);
    const who = query.typed.indexOf('who');
    if (role || who < 0 || (query.typed[who + 2] !== 'the' && !ROLE_TITLES.has(query.typed[who + 2] ?? ''))) return role;
  }
  const total = slotWeights.reduce((a, b) => a + b, 0) || 1;
  const passage = index.story.passages[r.passage]!;
  const tokens = tokenize(passage.text);
  const near = anchors(index, r.passage, query.slots);
  // "who did the minister say it to": "telling reporters"; any verb of speech stands where the question's does.
  const verb = asked.verb;
  // ("who believed that the titles conferred no authority": "Goldstein writes that"; a view is said as words are.)
  const voiced = (word: string) => SPEECH_VERBS.has(word) || VIEW_VERBS.has(word);
  const spoken = verb !== undefined && voiced(query.typed[query.slots[verb.slot]!.pos] ?? '');
  const verbAt = spoken ? [...near, ...tokens.flatMap((t, at) => (voiced(t.word) ? [{ at, slot: verb.slot }] : []))] : near;
  const clause = clauses(tokens, passage.text);
  let best: AnswerSpan | undefined;
  // "how old is Marques": an age set off after another name ("Rui Fontes, 61,") is not hers.
  const nameSlot = (slot: number) => query.slots[slot]!.alternatives.some((a) => names.has(a.id) || a.kind === 'alias');
  // ("The 24-year-old had denied wrongdoing": an age that describes whom the knowledge layer says the words stand for, someone the question names.)
  const aliasHere = () =>
    query.slots.some((slot) =>
      slot.alternatives.some((a) => {
        let here = false;
        if (a.kind === 'alias') index.postings(a.id, (p) => (here ||= p === r.passage));
        return here;
      }),
    );
  const beside = (a: { at: number }, c: Candidate) => (c.from - a.at >= 1 && c.from - a.at <= 2) || (a.at >= c.to && a.at - c.to <= 3);
  const ofAsked = (c: Candidate) => near.some((a) => nameSlot(a.slot) && beside(a, c));
  // "at whose inauguration did she perform": she, whom the whole story is about, is not the answer.
  const pronoun = query.typed.some((w) => THIRD_PERSON.has(w));
  const subject = (c: Candidate) => c.kind === 'person' && tokens.slice(c.from, c.to).some((t) => t.capital && index.spread(index.shared.dictionary.find(t.term)) >= STORY_SUBJECT);
  const years = query.typed.filter((w) => YEAR.test(w));
  const unitsAsked = new Set(query.typed.flatMap((w) => UNIT_KEYS.get(w) ?? []));
  let askedOnce: AskedNames | undefined;
  const isNamed = (c: Candidate) => named(tokens, c, passage.text, query, index, names, (askedOnce ??= askedNames(query, index, r.passage)));
  // "Norvia shares fell 6.4% in Stockholm, while Kestrel shares jumped 27% in Copenhagen": of two facts set against each
  // other, each with a number, neither answers a question that takes its names from both ("kestrel ... in stockholm").
  let contrasted: number[] | undefined;
  const namesAt = near.filter((a) => nameSlot(a.slot));
  const terms = index.passages[r.passage]!.terms;
  const mixed = (c: Candidate) => {
    // (Only a number's candidates are checked: the parts are found once, on the first.)
    const part = (contrasted ??= clauses(tokens, passage.text, CONTRASTS, /[.!?]/));
    const own = part[c.from];
    const lacking = namesAt.filter((a) => part[a.at] !== own && !namesAt.some((b) => b.slot === a.slot && part[b.at] === own));
    // A name the number's part lacks stands in a part with a number of its own, and the number's part names another of the story's names.
    if (!lacking.some((a) => tokens.some((t, k) => part[k] === part[a.at] && t.numeric))) return false;
    return tokens.some((t, k) => part[k] === own && (k < c.from || k >= c.to) && t.capital && !namesAt.some((a) => a.at === k) && index.nameTerms.has(terms[k]!));
  };
  // "who was she on the cover after": a name right after the preposition the question ends on, a few words after one of its words.
  // ("partnering with London-based fashion retailer Topshop": or after the words that describe it, as a passive's agent may stand.)
  const afterVerb = verb?.wants === 'object' ? query.typed[query.slots[verb.slot]!.pos + 1] : undefined;
  const verbWith = afterVerb !== undefined && PREPOSITIONS.has(afterVerb) ? afterVerb : undefined;
  const hyphened = (k: number) => hyphenedAt(tokens, passage.text, k + 1);
  const talked = (verbWith === 'to' || verbWith === 'with') && TALKING.has(termOf(query.typed[query.slots[verb!.slot]!.pos] ?? ''));
  // "who did she tell": whom one tells, as whom one talks to.
  const told = talked || (verb?.wants === 'object' && termOf(query.typed[query.slots[verb.slot]!.pos] ?? '') === TELL);
  const afterAsked = (c: Candidate) => {
    let at = c.from - 1;
    // ("with a family friend, zoologist Feliks Jarocki": the words that describe the name, over a comma.)
    const apposed = (k: number) => /^,\s+$/.test(passage.text.slice(tokens[k]!.end, tokens[k + 1]!.start));
    while (at > c.from - AGENT_REACH && tokens[at] && (!tokens[at]!.capital || hyphened(at)) && !isStopword(tokens[at]!) && !OTHER_PREPOSITIONS.has(tokens[at]!.word) && (spaced(tokens, passage.text, at + 1) || hyphened(at) || apposed(at))) at--;
    if (tokens[at]?.word === 'the' || tokens[at]?.word === 'a' || tokens[at]?.word === 'an') at--;
    // ("attended the Lower Rhenish Music Festival in Aix-la-Chapelle with Hiller": over where it was, a name after a preposition.)
    const placed = (a: { at: number }) => PREPOSITIONS.has(tokens[a.at + 1]?.word ?? '') && tokens.slice(a.at + 2, at).every((t) => t.capital || NAME_JOINERS.has(t.word));
    if (asked.preposition !== undefined && samePreposition(tokens[at]?.word, asked.preposition) && near.some((a) => a.at < at && (at - a.at <= PREPOSITION_REACH || placed(a)))) return true;
    // "who did she partner with in London": the preposition right after the verb of a question asking its object, right after that verb's form.
    // ("who did luana talk to": "Moreira ... told The Associated Press", whom one tells being whom one talks to.)
    // ("a spokesperson later confirmed to The Daily Ledger": or the one a verb of speech is said "to".)
    if (told && (termOf(tokens[at]?.word ?? '') === TELL || (tokens[at]?.word === 'to' && SPEECH_VERBS.has(tokens[at - 1]?.word ?? '')))) return true;
    return verbWith !== undefined && samePreposition(tokens[at]?.word, verbWith) && near.some((a) => a.slot === verb!.slot && a.at === at - 1);
  };
  // "starred Pat O'Brien as Knute Rockne and Ronald Reagan as Gipp": a name paired by "as" with one the question uses is the
  // other of the pair, the one before "as" where the question asks its verb's subject ("who played Knute Rockne"), the one
  // after where not ("Ronald Reagan played the role of whom").
  const paired = (c: Candidate) =>
    c.kind === 'person' && namesAt.some((a) => (verb?.wants === 'subject' ? tokens[c.to]?.word === 'as' && a.at === c.to + 1 : tokens[c.from - 1]?.word === 'as' && a.at === c.from - 2));
  // "Although Güshi Khan had granted the Dalai Lama authority as Goldstein writes", "Rawski writes that": who tells what
  // the sentence says is less likely who did it, where the question asks no one's words (as a word in another clause is).
  const wordsAsked = query.typed.some(voiced);
  const teller = (c: Candidate) => !wordsAsked && c.kind === 'person' && voiced(tokens[c.to]?.word ?? '') && (tokens[c.to + 1]?.word === 'that' || tokens[c.from - 1]?.word === 'as');
  const how = howAsked(query, index);
  const countedSlots = query.slots.flatMap((slot, s) => (slot.alternatives.some((x) => x.term === asked.counted || x.term === how.countedAfterNames) ? [s] : []));
  // "nominated for six awards, ultimately winning three": a number with no noun of its own after one that counts the noun
  // asked, right after another word of the question ("win"), is the one of the counts the question picks.
  const picked = (c: Candidate) => c.listed === true && near.some((a) => a.at === c.from - 1 && !countedSlots.includes(a.slot));
  // "who is the governor's wife", "the water authoritys spokeswoman": not the owner, and someone the
  // passage calls by the noun asked or ties to the owner ("spokeswoman Jane Roe", "Ann Reilly, his
  // wife", "Ann Reilly is the governor's"); a story that names no one so has no answer of that kind.
  const owner = ownerOfPerson(asked);
  const ownedSlot = owner ? (asked.focus ?? []).indexOf(termOf(owner.owned)) : -1;
  // ("Iran was the world's second-largest oil exporter": or just before the owner's word.)
  // ("how old is hruskas daughter": not the age set beside Hruska, who owns the one asked about.)
  const agedOwner = asked.age && asked.owner && isPersonNoun(singularOf(asked.owner.owned)) ? asked.owner : undefined;
  const agedOwnerSlots = agedOwner ? (asked.focus ?? []).flatMap((f, s) => (agedOwner.head.includes(f) ? [s] : [])) : [];
  const ownerSlots = owner ? (asked.focus ?? []).flatMap((f, s) => (owner.head.includes(f) ? [s] : [])) : [];
  // Where the question's own words stand (not words near in meaning), found when first needed.
  let lexical: { at: number; slot: number }[] | undefined;
  const ownWords = () => (lexical ??= anchors(index, r.passage, query.slots, true));
  // (The noun as typed or another form of it, of either sex: "spokesperson" for "spokeswoman".)
  const ownedRole = owner ? neutralRole(termOf(owner.owned)) : '';
  const reach = (c: Candidate, at: number) => (at < c.from ? c.from - at <= OWNED_REACH : at >= c.to && at - c.to < OWNED_REACH);
  const calledSo = (c: Candidate) =>
    tokens.some((t, at) => reach(c, at) && neutralRole(t.term) === ownedRole) ||
    ownWords().some((a) => (a.slot === ownedSlot && reach(c, a.at)) || (ownerSlots.includes(a.slot) && a.at >= c.to && a.at - c.to < OWNED_REACH));
  // "who was cast as the inspector": the words after a subject's verb follow the subject in the passage too
  // ("Lena Moravec was cast as the inspector, Tomas Reiner was cast as..."); before a name, they are another's.
  // (Only where the passage uses the question's verb: "she had piano lessons from X" answers "who taught her piano" in another order.)
  const verbPos = verb && verb.wants !== 'object' && near.some((a) => a.slot === verb.slot) ? query.slots[verb.slot]!.pos : Infinity;
  const misordered = (a: { at: number; slot: number }, c: Candidate) => a.at < c.from && query.slots[a.slot]!.pos > verbPos && c.kind === 'person';
  // "whats the name of the new flu vaccine": a thing's name, which no country's is ("Chile's health regulator").
  const thing = how.nameOf && singularOf(how.nameOf);
  const thingNamed = thing !== undefined && !isPersonNoun(thing) && !ROLE_TITLES.has(thing) && !PLACE_WORDS.has(thing) && KIND_OF_NOUN[thing] !== 'place';
  const roleInitials = how.roleSlot === undefined ? undefined : phraseInitials(query.typed, query.slots[how.roleSlot]!.pos);
  // "where was the concert held": "for the memorial in Bonn, held at the Salle Pleyel", the place right after the question's
  // verb and its preposition (not one before it, which says where something else is).
  const placeVerb = asked.kind === 'place' ? whereVerb(query) : undefined;
  const afterPlaceVerb = (c: Candidate) =>
    placeVerb !== undefined && c.kind === 'place' && near.some((a) => a.slot === placeVerb && a.at < c.from && c.from - a.at <= PLACE_REACH && clause[a.at] === clause[c.from] && tokens.slice(a.at + 1, c.from).every((t) => PREPOSITIONS.has(t.word) || ARTICLES.has(t.word)));
  // "where is the school": "Sangzao Middle School in Sangzao, one of the largest in An County", the place right after the
  // name of what the question asks about and a preposition of where it is (not one said of something else).
  const whereAt = asked.kind === 'place' ? query.typed.indexOf('where') : -1;
  const whereIs = whereAt >= 0 && COPULAS.has(query.typed[whereAt + 1] ?? '');
  const standsAt = (c: Candidate) =>
    whereIs &&
    c.kind === 'place' &&
    near.some((a) => a.slot !== placeVerb && query.slots[a.slot]!.pos > whereAt + 1 && a.at < c.from - 1 && STANDING_AT.has(tokens[a.at + 1]!.word) && tokens.slice(a.at + 2, c.from).every((t) => ARTICLES.has(t.word)) && c.from - a.at <= PLACE_REACH);
  // "where did she go": "flown to New York", a destination, over "filming in Mexico", where she was before.
  const going = placeVerb !== undefined && GOING_VERBS.has(query.typed[query.slots[placeVerb]!.pos] ?? '');
  const destination = (c: Candidate) => {
    const at = ARTICLES.has(tokens[c.from - 1]?.word ?? '') ? c.from - 2 : c.from - 1;
    return going && c.kind === 'place' && (TOWARDS.has(tokens[at]?.word ?? '') || (tokens[at]?.word === 'for' && LEAVING_FOR.has(tokens[at - 1]?.word ?? '')));
  };
  const candidates = candidatesOf(asked, index.story, r.passage, passage.text, tokens, how);
  // "who disregarded the warnings": "The government had disregarded", a body by its common noun where it does the verb.
  if (asked.kind === 'person' && verb?.wants === 'subject') candidates.push(...bodiesDoing(tokens, passage.text, verbAt.filter((a) => a.slot === verb.slot).map((a) => a.at), spoken));
  // "who said what the deal was worth": "according to an adviser close to the deal", whom the words are credited to
  // by a common noun (a name after "according to" is one of the names found already).
  if (asked.kind === 'person' && spoken) candidates.push(...creditedTo(tokens, passage.text));
  // "who did the emperors send invitations to": "sent invitations to ruling lamas", people by a plural noun after the
  // preposition the question ends on, right after its words (of a name inside it, "many Tibetan lamas", the whole).
  if (asked.kind === 'person' && asked.preposition !== undefined) {
    for (const found of pluralsAfter(tokens, passage.text, asked.preposition, near)) {
      for (let k = candidates.length - 1; k >= 0; k--) if (candidates[k]!.from >= found.from && candidates[k]!.to <= found.to) candidates.splice(k, 1);
      candidates.push(found);
    }
  }
  // "when does the tour finish": not "the tour opens on June 12", a date the passage gives of the start alone.
  const startedOnly = (c: Candidate) => {
    const words = tokens.filter((_, k) => clause[k] === clause[c.from]).map((t) => t.word);
    return words.some((w) => OPENING_VERBS.has(w)) && !words.some((w) => CLOSING_VERBS.has(w));
  };
  // "reached it from the west in 1881 and from the east in 1882": a word after a date that stands nearer the next date is that one's.
  // "released on 23 October in Britain and 6 November in the US": not a word between two dates, before the "and" that joins
  // them, which is the first's, however near the second (nor between two numbers: "Four were serving long terms, and two").
  // Whether the text between two offsets, in one clause, ends on the "and" that joins what follows to what went before.
  const endsOnAnd = (from: number, to: number) => /^[^.;:()]*\sand\s+$/.test(passage.text.slice(from, to));
  const andBefore = (at: number, o: Candidate) => endsOnAnd(tokens[at]!.end, o.start);
  const nextDateNearer = (at: number, c: Candidate) => c.kind === 'date' && at >= c.to && candidates.some((o) => o.kind === 'date' && o.from > at && o.from - at < at - c.to + 1 && !andBefore(at, o));
  const earlierJoined = (at: number, c: Candidate) =>
    (c.kind === 'date' || c.kind === 'number') && at < c.from && candidates.some((o) => o.kind === c.kind && o.to <= at && andBefore(at, c) && !/[.;:()]/.test(passage.text.slice(o.end, tokens[at]!.start)));
  // "sold 2 million albums in Norway, and 9 million records worldwide": the words after a number that the next number of a
  // list stands before are that one's (news English writes what a figure is of, where and when, after it). (Not "$3 million
  // of the $8 million fund", "four in ten calls": one figure told with another, no list.)
  // "Arvik (about 300 boats), Brenna (about 200 boats)": a number in brackets is told of the words before them; a word
  // after the brackets close is another's.
  const bracketed = (c: Candidate) => passage.text.lastIndexOf('(', c.start) > passage.text.lastIndexOf(')', c.start);
  const outsideBrackets = (at: number, c: Candidate) => c.kind === 'number' && at >= c.to && passage.text.slice(c.end, tokens[at]!.start).includes(')') && bracketed(c);
  const laterNumberNearer = (at: number, c: Candidate) =>
    c.kind === 'number' && at >= c.to && candidates.some((o) => o.kind === 'number' && o.from >= c.to && o.to <= at && /,|\sand\s/.test(passage.text.slice(c.end, o.start)));
  // ("... and from the east in 1882": the words before the first date are the second's too, left out after "and".)
  // ("sold 2 million albums in Norway, and 9 million records worldwide": so are those before the first of two numbers,
  // where the second follows "and" with no verb of its own (not "killed 40 people and injured 12"), and no third stands
  // between ("14 amphibian, 90 fish and 427 bird species": a list's last number is no more the verb's than the others).
  const between = (o: Candidate, c: Candidate) => candidates.some((x) => x.kind === 'number' && x.from >= o.to && x.to <= c.from);
  const joinedNumber = (o: Candidate, c: Candidate) => o.kind === 'number' && o.to <= c.from && endsOnAnd(o.end, c.start) && !between(o, c);
  const sharedFrom = (at: number, c: Candidate) =>
    c.kind !== 'date' && c.kind !== 'number'
      ? undefined
      : candidates.find(
          (o) => o.kind === c.kind && at < o.from && o.to <= c.from && (c.kind === 'date' ? /^[^.;:()]*\sand\s[^.;:(),]*$/.test(passage.text.slice(o.end, c.start)) : joinedNumber(o, c)),
        );
  // ("sold 5.8 million copies on the Wii, and 1.3 million on the older console": and the second, with no noun of its own,
  // counts the noun after the first; not "18 runners were treated, and one was taken to hospital", which has a verb of its own.)
  const elidedNoun = (a: { at: number; slot: number }, c: Candidate) =>
    c.kind === 'number' &&
    countedSlots.includes(a.slot) &&
    (tokens[c.to] === undefined || PREPOSITIONS.has(tokens[c.to]!.word) || !spaced(tokens, passage.text, c.to)) &&
    candidates.some((o) => o.to === a.at && joinedNumber(o, c));
  // "who did she part ways with", "with whom was Leo Bell paired": "she and her father parted ways", "Leo Bell and Ana Ruiz
  // studied", the one joined by "and" to whom the question asks about (by name, or a pronoun for them) did it with them.
  const withAsked = asked.kind === 'person' && (asked.preposition === 'with' || verbWith === 'with');
  const accompanied = (whole: Candidate, c: Candidate) =>
    withAsked && tokens[c.from - 1]?.word === 'and' && ((whole.from < c.from - 1 && isNamed(span(tokens, whole.from, c.from - 1, whole.kind, whole.quality))) || (whole.from === c.from && SUBJECT_PRONOUNS.has(tokens[c.from - 2]?.word ?? '')));
  for (const whole of candidates) {
    const own = whole.kind === 'place' || whole.kind === 'person' ? nameAfterNamed(withoutNamed(whole, tokens, passage.text, isNamed), tokens, isNamed) : whole;
    // "the Buddhist monk Yao Guangxiao": the person the words name, not the name that describes them (unless the
    // question names that person: "whose co-founder was Ana Ruiz").
    const after = own.kind === 'person' ? describedAfter(tokens, passage.text, own.to) : undefined;
    // "Jarett Wieselman of the New York Post placed her": the person the story knows before "of" is who, not the body after it.
    const head = own.kind === 'person' && after === undefined ? personBeforeOf(tokens, passage.text, own, index.story) : undefined;
    const named = after !== undefined && !isNamed(after) ? { ...after, quality: own.quality } : head !== undefined && !isNamed(head) ? { ...head, quality: own.quality } : own;
    // "the fifth Dalai Lama", "the 14th Ardo Lama": the ordinal before a title's name tells which of them.
    const c = named.kind === 'person' && numberedTitle(tokens, passage.text, named.from) ? span(tokens, named.from - 1, named.to, named.kind, named.quality) : named;
    if (isNamed(c) || apposedTitle(tokens, passage.text, c)) continue;
    if (thingNamed && isCountryName(passage.text.slice(c.start, c.end).replace(/['’]s$/u, ''))) continue;
    // "who was the auctioneer": not "sold at auction in Lyon", a place the story knows, where something happened.
    if (asked.kind === 'person' && LOCATIVES.has(tokens[c.from - 1]?.word ?? '') && storyNames(index.story).entities.get(passage.text.slice(c.start, c.end))?.kind === 'place') continue;
    // "where did she spend her holidays": not "away from Warsaw", a place she was not (unless asked where from).
    if (c.kind === 'place' && tokens[c.from - 1]?.word === 'from' && tokens[c.from - 2]?.word === 'away' && !query.typed.includes('from')) continue;
    // "who compiled the Bell Catalogue": not "known by the initials 'BC'", a short form of a name, which is no one.
    if (asked.kind === 'person' && SHORT_FORMS.has(tokens[c.from - 1]?.word ?? '')) continue;
    if (owner && ownedSlot >= 0 && (isOwner(owner, tokens.slice(c.from, c.to)) || !calledSo(c))) continue;
    // (Unless it stands as the object asked for, right after the verb: "who did he beat", "beating defending champion X", in a
    // story about them both.)
    if (pronoun && subject(c) && !(verb?.wants === 'object' && near.some((a) => a.slot === verb.slot && a.at < c.from && c.from - a.at <= OBJECT_REACH))) continue;
    if (asked.age && namesAt.some((a) => agedOwnerSlots.includes(a.slot) && beside(a, c))) continue;
    // ("how old is the skipper", "how old was the woman found in her car": a question that names no one the passage names
    // asks about whom its words describe, and an age beside them is theirs: "the captain, 58-year-old", "an 81-year-old man found".)
    const described = namesAt.length === 0 && near.some((a) => beside(a, c));
    if (asked.age && !ofAsked(c) && !described && !(ageOf(tokens, c.from) && namesAt.length > 0) && !(describedByAge(tokens, c, passage.text) && aliasHere())) continue;
    // "who were the aides X confided in": a name the story gives no role answers only set beside the role's word ("aide Ana Ruiz", "Ana Ruiz, an aide").
    // ("the captain, 58-year-old Eduardo Cabrera": an age before the name is no word between them.)
    const aged = tokens[c.from - 3]?.numeric && tokens[c.from - 2]?.word === 'year' && tokens[c.from - 1]?.word === 'old' ? 3 : 0;
    // ("Ana Ruiz, professor of law and dean of the faculty": or in the phrase after the name and its comma, before any other mark.)
    const apposedRole = (at: number) => at >= c.to && at - c.to <= APPOSED_ROLE_REACH && /^,\s+$/.test(passage.text.slice(c.end, tokens[c.to]!.start)) && !/[,;:.()!?]/.test(passage.text.slice(tokens[c.to]!.start, tokens[at]!.start));
    // ("Lumora CFO Ana Ruiz" for "chief financial officer": the role by its initials, just before the name.)
    const initialled = roleInitials !== undefined && tokens.slice(Math.max(0, c.from - ROLE_REACH), c.from).some((t) => t.acronym && t.word === roleInitials);
    // (The role's word, not a body's of the same stem: "the Transport Ministry" holds no minister.)
    if (how.roleSlot !== undefined && c.quality <= 1 && !initialled && !ownWords().some((a) => a.slot === how.roleSlot && !BODY_WORDS.has(tokens[a.at]?.word ?? '') && ((a.at < c.from && c.from - a.at - aged <= ROLE_REACH) || (a.at >= c.to && a.at - c.to <= ROLE_REACH) || apposedRole(a.at)))) continue;
    if (c.kind === 'number' && mixed(c)) continue;
    if (asked.kind === 'date' && c.kind === 'date' && how.endOnly && startedOnly(c)) continue;
    // "who runs the mine": not "the Karadere mine" nor "the Miners' Union" (a name that ends on, or stands
    // before, the question's own noun names the thing asked about, not who or where).
    if ((c.kind === 'person' || c.kind === 'place') && how.things.length > 0 && ownWords().some((a) => how.things.includes(a.slot) && sameNoun(tokens[a.at]!.word, query.typed[query.slots[a.slot]!.pos] ?? '') && (a.at === c.to - 1 || (a.at === c.to && tokens[c.from - 1]?.word === 'the' && spaced(tokens, passage.text, c.to))))) continue;
    // "how many tourists came in 2013": not the "51 million tourists in 2011" beside "54 million in 2013".
    // "how many miles": not "46 kilometres (29 miles)", the figure in another unit than the one asked.
    const unit = c.kind === 'number' && unitsAsked.size > 0 ? unitAfter(tokens, c) : undefined;
    // ("how far did the yacht go in km": "3,400 nautical miles (6,300 km)", the figure in the unit asked, though converted in brackets.)
    const otherUnit = unit === undefined ? 1 : unitsAsked.has(unit) ? ASKED_UNIT : OTHER_UNIT;
    const year = c.kind === 'number' && years.length > 0 ? yearAfter(tokens, c.to, passage.text) : undefined;
    const otherYear = year !== undefined && !years.includes(year) ? OTHER_YEAR : 1;
    // "how many got hurt": not "four" of "four people were killed and 23 were injured", a number told of another event.
    const told = c.kind === 'number' && how.lifeEvents ? eventTold(tokens, passage.text, c.from, c.to) : undefined;
    // ("how many killed in the landslide": not "three" of "a landslide that buried three houses", a count of things, no people.)
    const things = c.kind === 'number' && how.lifeEvents && asked.counted === undefined ? readCounted(tokens, passage.text, c.to, c.to - 1).at(-1) : undefined;
    const thingsCounted = things !== undefined && !sameCounted('people', things) && !namesSamePeople('people', things);
    const event = (told === undefined || how.lifeEvents!.has(told)) && !thingsCounted ? 1 : OTHER_EVENT;
    // Closeness to the question's words: each word at its nearest, weighted, as a share of the question.
    const closest = new Map<number, number>();
    for (const a of near) {
      if (a.at >= c.from && a.at < c.to) {
        // "what military base": a name that holds the noun asked about ("Joint Base ...") is close to it.
        if (c.kind === 'phrase' && asked.head !== undefined && query.slots[a.slot]!.alternatives.some((x) => x.term === asked.head || x.term === exactTerm(asked.head!))) closest.set(a.slot, 1);
        // ("whats the vote count": "31 votes to 12", a tally that holds the question's noun.)
        else if (c.kind === 'number' && a.at > c.from && tokens[a.at + 1]?.word === 'to' && a.at + 2 < c.to) closest.set(a.slot, 1);
        continue;
      }
      const d = a.at < c.from ? (elidedNoun(a, c) ? 1 : (sharedFrom(a.at, c)?.from ?? c.from) - a.at) : a.at - c.to + 1;
      // A name's part is set by the verb of its own clause; a number's or a date's by the noun or event beside it.
      const across = (clause[a.at] !== clause[c.from] && c.kind !== 'number' && c.kind !== 'date') || misordered(a, c) || nextDateNearer(a.at, c) || (earlierJoined(a.at, c) && !elidedNoun(a, c)) || laterNumberNearer(a.at, c) || outsideBrackets(a.at, c) ? OTHER_CLAUSE : 1;
      closest.set(a.slot, Math.max(closest.get(a.slot) ?? 0, across / (1 + (d - 1) / HALF_DISTANCE)));
    }
    // (It stands for the noun it counts.)
    if (c.elliptical) for (const s of countedSlots) closest.set(s, 1);
    let proximity = 0;
    for (const [s, v] of closest) proximity += slotWeights[s]! * v;
    const score = c.quality * otherYear * otherUnit * event * (teller(c) ? OTHER_CLAUSE : 1) * (0.3 + proximity / total) * (inSlot(c, verbAt, asked.verb, tokens, passage.text, clause) || afterAsked(c) || paired(c) || picked(c) || accompanied(whole, c) || afterPlaceVerb(c) || destination(c) || standsAt(c) ? SLOT_BONUS : 1);
    if (best && score <= best.score) continue;
    // "Edison's" answers as "Edison"; "whose waters", "Norwegian waters": a demonym with the noun the question gives.
    const noun = tokens[c.to];
    const whose = how.whose !== undefined && noun?.term === how.whose && c.to - c.from === 1 && isDemonym(passage.text.slice(c.start, c.end)) && /^\s+$/.test(passage.text.slice(c.end, noun.start));
    const end = whose ? noun.end : c.kind !== 'number' && c.kind !== 'date' && POSSESSIVE.test(passage.text.slice(c.start, c.end)) ? c.end - 2 : c.end;
    // "Italian Marco Rinaldi": where a person the story knows is from is no part of their name (it is of a body's: "Indian National Congress").
    let first = c.from;
    const person = c.kind === 'person' && index.story.entities.some((e) => e.kind === 'person' && passage.text.slice(c.start, c.end) === e.name);
    while (person && c.to - first > 2 && isDemonym(passage.text.slice(tokens[first]!.start, tokens[first]!.end))) first++;
    // "Holy Cross Father John Francis O'Hara": nor the words before a title of address that opens a name of two words or more.
    const addressed = person ? tokens.slice(first + 1, c.to - 2).findLastIndex((t) => t.capital && TITLES_OF_ADDRESS.has(t.word)) : -1;
    if (addressed >= 0) first += addressed + 1;
    // "Murray's Rockhampton plant": a place's owner, one of the story's people or bodies, is no part of the place.
    if (c.kind === 'place') {
      const owner = tokens.slice(c.from, c.to - 1).findIndex((t) => POSSESSIVE.test(passage.text.slice(t.start, t.end)));
      const named = owner >= 0 && index.story.entities.some((e) => e.kind !== 'place' && [e.name, ...e.aliases].includes(passage.text.slice(c.start, tokens[c.from + owner]!.end - 2)));
      if (named) first = c.from + owner + 1;
    }
    const start = tokens[first]!.start;
    best = fullName(index.story, passage.text, {
      text: passage.text.slice(start, end),
      kind: c.kind,
      passage: r.passage,
      start,
      end,
      score,
      ...(c.date && { date: c.date }),
    });
  }
  return best;
}

/**
 * "Ana Ruiz and her band played; Ruiz sang": a person answered by a short name the story gives them, where the passage
 * writes their full name too, is answered with the full name, where it first stands.
 */
function fullName(story: Story, text: string, answer: AnswerSpan): AnswerSpan {
  if (answer.kind !== 'person') return answer;
  const person = story.entities.find((e) => e.kind === 'person' && e.aliases.includes(answer.text) && e.name.includes(answer.text));
  const at = person ? text.indexOf(person.name) : -1;
  return person && at >= 0 ? { ...answer, text: person.name, start: at, end: at + person.name.length } : answer;
}
