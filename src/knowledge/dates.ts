/**
 * Dated events: every date phrase in the story's passages, resolved to `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD` against the publication date. chrono-node finds the phrases and reads relative ones
 * ("next month", "last year", "end of next year"); the resolution of dates without a year is ours,
 * because chrono picks the nearest such day and a bare weekday forward, while a news story means the
 * latest such day on or before publication unless its clause speaks of the future.
 */
import * as chrono from 'chrono-node';
import type { IsoDate, Passage, StoryEvent } from './story.js';
import { FINITE_VERBS } from './vocabulary.js';
import { isMonthAsGivenName } from './name-kind.js';
import type { Steps } from '../steps.js';

const parser = chrono.casual;

/** An IsoDate as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Only passages with a month, weekday or season name, a numeric date, a year or a relative period are worth parsing. */
const DATE_HINT =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b\d{1,4}[/-]\d|\b(?:1[89]|20)\d\d\b|\b(?:last|next|this)\s+(?:year|month|spring|summer|autumn|fall|winter)\b|\bend of (?:the|this|next|last) year\b/i;
const WEEKDAY_NAME = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?=\s|\d|$)/;
/** Words before a month with no day or year that make it a date ("in March", "the November figures"), not a verb ("March on"). */
const BEFORE_MONTH = /\b(?:in|since|by|until|till|through|during|early|late|mid|last|next|this|of|from|before|after|for|the|their|its|and)\s*-?$/i;
/** "next month", "last year", "end of next year": chrono's relative periods that name a month or a year. */
const RELATIVE_PERIOD = /^(?:(?:by\s+)?(?:the\s+)?end\s+of\s+)?(?:last|next|this)\s+(?:month|year)$/i;
const RELATIVE_TAG = /relative|casualReference/;

/**
 * What a clause's verbs say of time, read backwards from a date to the start of its sentence: the
 * nearest marker decides. A modal, "expected to" or "due" looks forward; a past tense looks back.
 * (The search layer reads the same words as a passage speaking of what is to come.)
 */
export const FUTURE_MARK: ReadonlySet<string> = new Set(
  'will shall would could might can must should won’t won\'t wouldn’t wouldn\'t ’ll \'ll due expected scheduled slated planned upcoming starting next hopes hope plans plan aims aim intends going set'.split(' '),
);
const NOT_PAST = new Set(['expected', 'scheduled', 'slated', 'planned', 'need', 'indeed', 'speed', 'bed', 'red', 'shed', 'seed', 'feed', 'hundred']);
const PAST_WORDS = new Set(['was', 'were', 'had', 'did', 'said', 'told', ...[...FINITE_VERBS].filter((w) => !/^(?:has|have|is|will|would|could|can|should|may|might|must|does|set|put)$/.test(w))]);
/** A season of the year and the month it starts in. */
const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const SEASON = /\b(last|next|this)\s+(spring|summer|autumn|fall|winter)\b/gi;
const END_OF_YEAR = /\b(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b/gi;
/** "end of February", "the end of March 2027": a month's end, which names the month. */
const END_OF_MONTH = /^(?:by\s+)?(?:the\s+)?end\s+of\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?$/i;
/** "March last year", "June next year": a month whose year is given relative to publication. */
const MONTH_OF_RELATIVE_YEAR = /^\s+(last|next|this)\s+year\b/i;
/** A date in these opens a clause that is not the sentence's report: "Despite promises during his 2024 campaign, …". */
const CONCESSIVE_OPENING = /^(?:Despite|Although|Though|While|Unlike|Whereas)\b[^,]*$/;
/**
 * A date in a comma-delimited aside: "…, which had urged … in 2023, …", "…, completed in 2019, …" (a
 * participle a few words before the date; further off, "…, approved a reform early on Wednesday" is the main verb).
 */
const ASIDE_OPENING = /^\s*(?:(?:which|who|whom|whose|where|when)\b|\p{Ll}+ed(?:\s+[\p{L}’']+){0,2}\s*$)/u;

/** A four-digit year standing alone ("in 2019", "his 2024 campaign"), not an amount or a decade. */
const YEAR = /(?<![\d$£€.,])\b(1[89]\d\d|20\d\d)\b(?![.,]?\d|%|s\b|-\d|\s*percent\b)/g;
const AMOUNT_BEFORE = /\b(?:about|nearly|almost|over|some|around|roughly|than|least|only|just|approximately|up to)\s+$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|its|their|our|my|your)\s+$/i;
const PREPOSITION_BEFORE = /\b(?:in|since|by|until|during|from|before|after|through|of)\s+$/i;

/** The publication date as a reference: its last day, and whether it names a day. */
interface Reference {
  year: number;
  month: number;
  day: number;
  dayKnown: boolean;
}

function reference(published: IsoDate | undefined): Reference | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  const day = m[3] ? Number(m[3]) : daysIn(year, month);
  return { year, month, day, dayKnown: m[3] !== undefined };
}

/** A day at noon UTC (month 1-based; days past the month's end roll over). Unlike Date.UTC, keeps years 0–99 as written. */
export function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1, 12));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/**
 * Whether a date ("2026", "2025-11", "2025-11-14") is after a story's publication, at the precision of the coarser of the
 * two ("2025" is after no day of 2025); false for a story with no publication date.
 */
export function isAfterPublication(date: string, published: string | undefined): boolean {
  return published !== undefined && date.slice(0, published.length) > published.slice(0, date.length);
}

/** False for a day the month lacks, such as 2025-02-30 (ISO_DATE allows any day up to 31). */
export function isCalendarDate(date: string): boolean {
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  return utcDay(year, month, day).getUTCDate() === day;
}

function daysIn(year: number, month: number): number {
  return utcDay(year, month + 1, 0).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A year as `YYYY` ("0099"); one before year 0 ("500 BC") or after 9999 is no `YYYY` and is left undated (see push). */
const year4 = (year: number) => String(year).padStart(4, '0');
const ymd = (d: Date) => `${year4(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

type Direction = 'past' | 'strictly-past' | 'future' | 'strictly-future' | 'nearest';

/** The weekday nearest the reference in the given direction (a bare weekday with no tense looks back). */
function resolveWeekday(ref: Reference, weekday: number, direction: Direction): IsoDate {
  const base = utcDay(ref.year, ref.month, ref.day);
  const dow = base.getUTCDay();
  let shift: number;
  if (direction === 'future' || direction === 'strictly-future') {
    shift = (weekday - dow + 7) % 7;
    if (shift === 0 && direction === 'strictly-future') shift = 7;
  } else {
    shift = -((dow - weekday + 7) % 7);
    if (shift === 0 && direction === 'strictly-past') shift = -7;
  }
  base.setUTCDate(base.getUTCDate() + shift);
  return ymd(base);
}

/** Half a year, in days: a yearless date with no tense is taken in the nearer half-year. */
const HALF_YEAR = 183;

/** The year of a month (and day) given without one: the latest on or before the reference, the next, or the nearer. */
function yearFor(ref: Reference, month: number, day: number | undefined, direction: Direction): number {
  const after = month > ref.month || (month === ref.month && day !== undefined && day > ref.day);
  const before = month < ref.month || (month === ref.month && day !== undefined && day < ref.day);
  if (direction === 'nearest') {
    const past = after ? ref.year - 1 : ref.year;
    const daysBack = (utcDay(ref.year, ref.month, ref.day).getTime() - utcDay(past, month, day ?? daysIn(past, month)).getTime()) / 86_400_000;
    return daysBack > HALF_YEAR ? past + 1 : past;
  }
  if (direction === 'past' || direction === 'strictly-past') return after ? ref.year - 1 : ref.year;
  return before ? ref.year + 1 : ref.year;
}

/** Words before a word in -ed that make it an adjective or a passive, not a past tense ("the already saturated", "stay closed"). */
const BEFORE_PARTICIPLE = new Set('the a an already stay stays remain remains be been being is are get gets very more most newly'.split(' '));

/** Words before a participle that make a passive whose tense is theirs ("will be held", "is told"). */
const PASSIVE_BEFORE = new Set('be been being is are get gets'.split(' '));

/** Whether words[i] is a past tense: a past form, or a word in -ed used as a verb. */
function isPast(words: string[], i: number): boolean {
  const w = words[i]!.toLowerCase();
  const prev = words[i - 1]?.toLowerCase() ?? '';
  if (PAST_WORDS.has(w)) return !PASSIVE_BEFORE.has(prev);
  if (!/^\p{Ll}{3,}ed$/u.test(w) || NOT_PAST.has(w)) return false;
  return !BEFORE_PARTICIPLE.has(prev) && !/ly$/.test(prev);
}

/**
 * How far back from a date its sentence is read for tense and asides. Every date reads the words before
 * it, so a sentence of thousands of dates (a flattened table) read in full would cost the square of its
 * length; no sentence of prose comes near this.
 */
const REACH = 1000;

/**
 * The nearest tense marker before `at` in its clause (back to a comma, or the sentence start): a
 * modal looks forward, a past tense back.
 */
function clauseTense(text: string, at: number): 'future' | 'past' | undefined {
  const before = text.slice(Math.max(0, at - REACH), at);
  // "for" right before the date schedules it ("a strike for February 19", "sentencing for March 4").
  if (/\bfor\s+$/i.test(before)) return 'future';
  const words = before.slice(before.lastIndexOf(',') + 1).match(/[\p{L}’']+/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.toLowerCase();
    if (FUTURE_MARK.has(w) && (w !== 'set' || words[i + 1]?.toLowerCase() === 'to')) return 'future';
    if (isPast(words, i)) return 'past';
  }
  return undefined;
}

/** Whether a date phrase looks forward or back: its own words, then its clause's tense, then the default. */
function direction(phrase: string, text: string, at: number, otherwise: Direction): Direction {
  // ("Last May, the mill closed": chrono may leave the word out of the date it finds.)
  const before = text.slice(Math.max(0, at - 6), at);
  if (/^next\b/i.test(phrase) || /(?:^|[^\p{L}])next\s+$/iu.test(before)) return 'strictly-future';
  if (/^last\b/i.test(phrase) || /(?:^|[^\p{L}])last\s+$/iu.test(before)) return 'strictly-past';
  return clauseTense(text, at) ?? otherwise;
}

/**
 * Whether the date at `at` stands outside what the sentence reports: in a concessive opening, in a
 * comma-delimited relative or participle aside, or in a past clause hung on a present main verb
 * ("the price is double the estimate the council published in March 2023").
 */
function isAside(text: string, at: number): boolean {
  const from = Math.max(0, at - REACH);
  const before = text.slice(from, at);
  if (from === 0 && CONCESSIVE_OPENING.test(before)) return true;
  const lastComma = before.lastIndexOf(',');
  if (lastComma >= 0 && ASIDE_OPENING.test(before.slice(lastComma + 1))) {
    const after = text.slice(at);
    // The aside closes with a comma before the sentence goes on.
    if (/,/.test(after)) return true;
  }
  const words = before.match(/[\p{L}’']+/gu) ?? [];
  let i = words.length - 1;
  while (i >= 0 && !(/^\p{Ll}{3,}ed$/u.test(words[i]!) && isPast(words, i))) {
    if (PAST_WORDS.has(words[i]!) || FUTURE_MARK.has(words[i]!)) return false;
    i--;
  }
  for (i--; i >= 0; i--) {
    const w = words[i]!;
    if (w === 'is' || w === 'are') return true;
    if (PAST_WORDS.has(w) || FUTURE_MARK.has(w) || w === 'has' || w === 'have') return false;
  }
  return false;
}

/** A dated event with where it stands in its passage, for ordering. */
interface EventAt extends StoryEvent {
  offset: number;
}

/** Push one event found in a passage at passage-relative `at`, if its date can be written as an IsoDate. */
function push(found: EventAt[], passage: Passage, date: IsoDate, phrase: string, at: number): void {
  if (!ISO_DATE.test(date)) return;
  const aside = isAside(passage.text, at);
  found.push({ date, phrase, passage: passage.id, offset: passage.start + at, ...(aside ? { aside } : {}) });
}

/** A relative period chrono read ("next month", "the end of next year"), at month or year precision. */
function relativePeriod(result: chrono.ParsedResult, phrase: string): IsoDate | undefined {
  if (!RELATIVE_PERIOD.test(phrase)) return undefined;
  const d = result.start.date();
  const year = d.getUTCFullYear();
  if (/month$/i.test(phrase)) return `${year4(year)}-${pad(d.getUTCMonth() + 1)}`;
  return /^(?:by\s+)?(?:the\s+)?end\b/i.test(phrase) ? `${year4(year)}-12` : year4(year);
}

/** Dates chrono finds in one passage. Returns the spans it claimed, resolved or not. */
function chronoDates(passage: Passage, ref: Reference | undefined, found: EventAt[]): [number, number][] {
  const claimed: [number, number][] = [];
  const instant = ref ? utcDay(ref.year, ref.month, ref.day) : utcDay(2000, 1, 1);
  const text = passage.text;
  /** Where a month took the relative year after it ("March last year"): chrono's "last year" there is not another date. */
  let taken = -1;
  for (const r of parser.parse(text, { instant, timezone: 0 })) {
    claimed.push([r.index, r.index + r.text.length]);
    if (r.index < taken) continue;
    const phrase = r.text.replace(/[\s,;:.]+$/, '');
    const s = r.start;
    const tags = [...r.tags()];
    const weekdayOnly = s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month');
    if (tags.some((t) => RELATIVE_TAG.test(t)) && !weekdayOnly) {
      const date = ref && relativePeriod(r, phrase);
      if (date) push(found, passage, date, phrase, r.index);
      continue;
    }
    if (weekdayOnly) {
      if (!WEEKDAY_NAME.test(phrase) || !ref?.dayKnown) continue;
      push(found, passage, resolveWeekday(ref, s.get('weekday')!, direction(phrase, text, r.index, 'past')), phrase, r.index);
      continue;
    }
    if (!s.isCertain('month')) continue;
    const named = MONTH_NAME.test(phrase);
    if (!named && !(s.isCertain('year') && /^[\d\s/.-]+$/.test(phrase))) continue;
    const relativeYear = MONTH_OF_RELATIVE_YEAR.exec(text.slice(r.index + r.text.length));
    // "by the end of February": the month, not the last day chrono gives it.
    const day = s.isCertain('day') && !END_OF_MONTH.test(phrase) ? s.get('day')! : undefined;
    if (day === undefined && !s.isCertain('year') && !relativeYear && !BEFORE_MONTH.test(text.slice(0, r.index))) continue;
    // "by August Strindberg": a month's name opening a person's name is no date.
    if (day === undefined && !s.isCertain('year') && isMonthAsGivenName(phrase, /([\p{L}’']+)\s*$/u.exec(text.slice(0, r.index))?.[1]?.toLowerCase(), /^\s+([\p{L}’'-]+)/u.exec(text.slice(r.index + r.text.length))?.[1])) continue;
    const dir = direction(phrase, text, r.index, 'nearest');
    const dateOf = (month: number, day: number | undefined, year: number | undefined): IsoDate | undefined => {
      if (year === undefined && relativeYear && ref) year = ref.year + (/last/i.test(relativeYear[1]!) ? -1 : /next/i.test(relativeYear[1]!) ? 1 : 0);
      if (year === undefined && ref) year = yearFor(ref, month, day, dir);
      if (year === undefined) return undefined;
      return day === undefined ? `${year4(year)}-${pad(month)}` : `${year4(year)}-${pad(month)}-${pad(day)}`;
    };
    const start = dateOf(s.get('month')!, day, s.isCertain('year') ? s.get('year')! : undefined);
    if (!start) continue;
    if (relativeYear) taken = r.index + r.text.length + relativeYear[0].length;
    push(found, passage, start, relativeYear ? text.slice(r.index, r.index + r.text.length + relativeYear[0].length) : phrase, r.index);
    // A range ("from October 25 to November 2") reports its end too.
    const e = r.end;
    if (e?.isCertain('month') && e.isCertain('day')) {
      const end = dateOf(e.get('month')!, e.get('day')!, e.isCertain('year') ? e.get('year')! : s.isCertain('year') ? s.get('year')! : undefined);
      if (end && end !== start) push(found, passage, end, phrase, r.index);
    }
  }
  return claimed;
}

/** Seasons ("last spring") and "the end of the year", which chrono leaves alone: a year, and a month. */
function periods(passage: Passage, ref: Reference | undefined, claimed: [number, number][], found: EventAt[]): void {
  if (!ref) return;
  for (const m of passage.text.matchAll(SEASON)) {
    const start = SEASONS[m[2]!.toLowerCase()]!;
    const which = m[1]!.toLowerCase();
    // The last spring wholly before publication, the next one to start after it, or this one.
    const year = which === 'last' ? (ref.month >= start + 3 ? ref.year : ref.year - 1) : which === 'next' ? (ref.month < start ? ref.year : ref.year + 1) : ref.year;
    push(found, passage, year4(year), m[0], m.index);
  }
  for (const m of passage.text.matchAll(END_OF_YEAR)) {
    if (claimed.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
    push(found, passage, `${year4(ref.year)}-12`, m[0], m.index);
  }
}

/** Years standing alone, outside what chrono claimed; "the end of 2027" is its last month. */
function yearsAlone(passage: Passage, claimed: [number, number][], found: EventAt[]): void {
  for (const m of passage.text.matchAll(YEAR)) {
    const at = m.index;
    if (claimed.some(([a, b]) => at >= a && at < b)) continue;
    const before = passage.text.slice(Math.max(0, at - 24), at);
    const after = passage.text.slice(at + 4);
    if (AMOUNT_BEFORE.test(before)) continue;
    // "the 2000 residents", "a total of 2000 homes": a determiner or "of", the number, then a plural noun is a count.
    if ((DETERMINER_BEFORE.test(before) || /\bof\s+$/i.test(before)) && /^\s+[a-z]+[^s’']s\b/.test(after)) continue;
    const end = /\bend\s+of\s+$/i.exec(before);
    if (end) {
      push(found, passage, `${m[1]}-12`, `end of ${m[1]}`, at - end[0].length + end[0].indexOf('end'));
      continue;
    }
    const prep = PREPOSITION_BEFORE.exec(before);
    const phrase = prep ? `${prep[0].trimStart()}${m[1]}` : m[1]!;
    push(found, passage, m[1]!, phrase, prep ? at - prep[0].trimStart().length : at);
  }
}

/**
 * Every dated event in the passages: one per (passage, date), sorted by date, ties in story order.
 * Without a publication date, bare weekdays, yearless and relative dates stay undated.
 */
export function* findEvents(passages: readonly Passage[], published?: IsoDate): Steps<StoryEvent[]> {
  const ref = reference(published);
  const found: EventAt[] = [];
  for (const passage of passages) {
    if (!DATE_HINT.test(passage.text)) continue;
    yield;
    const claimed = chronoDates(passage, ref, found);
    periods(passage, ref, claimed, found);
    yearsAlone(passage, claimed, found);
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.offset - b.offset))
    .filter((e) => {
      const key = `${e.passage}|${e.date}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ offset: _offset, ...event }) => event);
}
