/**
 * Dated events: every date phrase in the story's passages, resolved to `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD` against the publication date. chrono-node finds the phrases; the resolution of
 * dates without a year is ours, because chrono picks the nearest such day and a bare weekday forward,
 * while a news story means the latest such day on or before publication unless it speaks of the future.
 */
import * as chrono from 'chrono-node';
import type { IsoDate, Passage, StoryEvent } from './story.js';

const parser = chrono.casual;

/** Only passages with a month or weekday name, a numeric date or a year are worth parsing. */
const DATE_HINT =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b\d{1,4}[/-]\d|\b(?:1[89]|20)\d\d\b/;
const WEEKDAY_NAME = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?=\s|\d|$)/;
/** Words before a month with no day or year that make it a date ("in March"), not a verb ("March on"). */
const BEFORE_MONTH = /\b(?:in|since|by|until|till|through|during|early|late|mid|last|next|this|of|from|before|after)\s*-?$/i;
/** Marks of a future event in the clause before a date. */
const FUTURE =
  /\b(?:will|shall|won[’']t|next|upcoming|scheduled|slated|planned|due to|set to|plans? to|expected to)\b|[’']ll\b/i;
const RELATIVE_TAG = /relative|casualReference/;

/** A four-digit year standing alone ("in 2019", "his 2024 campaign"), not an amount or a decade. */
const YEAR = /(?<![\d$£€.,])\b(1[89]\d\d|20\d\d)\b(?![.,]?\d|%|s\b|-\d|\s*percent\b)/g;
const AMOUNT_BEFORE = /\b(?:about|nearly|almost|over|some|around|roughly|than|least|only|just|approximately|up to|of)\s+$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|its|their|our|my|your)\s+$/i;
const PREPOSITION_BEFORE = /\b(?:in|since|by|until|during|from|before|after|through)\s+$/i;

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

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

type Direction = 'past' | 'strictly-past' | 'future' | 'strictly-future';

/** The weekday nearest the reference in the given direction. */
function resolveWeekday(ref: Reference, weekday: number, direction: Direction): IsoDate {
  const base = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  const dow = base.getUTCDay();
  let shift: number;
  if (direction === 'past' || direction === 'strictly-past') {
    shift = -((dow - weekday + 7) % 7);
    if (shift === 0 && direction === 'strictly-past') shift = -7;
  } else {
    shift = (weekday - dow + 7) % 7;
    if (shift === 0 && direction === 'strictly-future') shift = 7;
  }
  base.setUTCDate(base.getUTCDate() + shift);
  return ymd(base);
}

/** The year of a month (and day) given without one: the latest on or before the reference, or the next. */
function yearFor(ref: Reference, month: number, day: number | undefined, direction: Direction): number {
  const after = month > ref.month || (month === ref.month && day !== undefined && day > ref.day);
  const before = month < ref.month || (month === ref.month && (day === undefined || day < ref.day));
  if (direction === 'past' || direction === 'strictly-past') return after ? ref.year - 1 : ref.year;
  return before ? ref.year + 1 : ref.year;
}

/** Whether a date phrase looks forward or back, from its own words and its clause. */
function direction(phrase: string, clause: string): Direction {
  if (/^next\b/i.test(phrase)) return 'strictly-future';
  if (/^last\b/i.test(phrase)) return 'strictly-past';
  return FUTURE.test(clause) ? 'future' : 'past';
}

/** A dated event with where it stands in its passage, for ordering. */
interface EventAt extends StoryEvent {
  offset: number;
}

/** Dates chrono finds in one passage. Returns the spans it claimed, resolved or not. */
function chronoDates(passage: Passage, ref: Reference | undefined, found: EventAt[]): [number, number][] {
  const claimed: [number, number][] = [];
  const instant = ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const r of parser.parse(passage.text, { instant, timezone: 0 })) {
    claimed.push([r.index, r.index + r.text.length]);
    if ([...r.tags()].some((t) => RELATIVE_TAG.test(t))) continue;
    const phrase = r.text.replace(/[\s,;:.]+$/, '');
    const s = r.start;
    const clause = passage.text.slice(0, r.index).split(/[,;:](?!\d)/).at(-1) ?? '';
    let date: IsoDate | undefined;
    if (s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month')) {
      if (!WEEKDAY_NAME.test(phrase) || !ref?.dayKnown) continue;
      date = resolveWeekday(ref, s.get('weekday')!, direction(phrase, clause));
    } else if (s.isCertain('month')) {
      const named = MONTH_NAME.test(phrase);
      if (!named && !(s.isCertain('year') && /^[\d\s/.-]+$/.test(phrase))) continue;
      const month = s.get('month')!;
      const day = s.isCertain('day') ? s.get('day')! : undefined;
      if (day === undefined && !s.isCertain('year') && !BEFORE_MONTH.test(passage.text.slice(0, r.index))) continue;
      let year: number;
      if (s.isCertain('year')) year = s.get('year')!;
      else if (ref) year = yearFor(ref, month, day, direction(phrase, clause));
      else continue;
      date = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    }
    if (date) found.push({ date, phrase, passage: passage.id, offset: passage.start + r.index });
  }
  return claimed;
}

/** Years standing alone, outside what chrono claimed. */
function yearsAlone(passage: Passage, claimed: [number, number][], found: EventAt[]): void {
  for (const m of passage.text.matchAll(YEAR)) {
    const at = m.index;
    if (claimed.some(([a, b]) => at >= a && at < b)) continue;
    const before = passage.text.slice(Math.max(0, at - 24), at);
    if (AMOUNT_BEFORE.test(before)) continue;
    // "the 2000 residents": a determiner, the number, then a plural noun is a count.
    if (DETERMINER_BEFORE.test(before) && /^\s+[a-z]+[^s’']s\b/.test(passage.text.slice(at + 4))) continue;
    const prep = PREPOSITION_BEFORE.exec(before);
    const phrase = prep ? `${prep[0].trimStart()}${m[1]}` : m[1]!;
    found.push({ date: m[1]!, phrase, passage: passage.id, offset: passage.start + at });
  }
}

/**
 * Every dated event in the passages: one per (passage, date), sorted by date, ties in story order.
 * Without a publication date, bare weekdays and dates without a year stay undated.
 */
export function findEvents(passages: readonly Passage[], published?: IsoDate): StoryEvent[] {
  const ref = reference(published);
  const found: EventAt[] = [];
  for (const passage of passages) {
    if (!DATE_HINT.test(passage.text)) continue;
    const claimed = chronoDates(passage, ref, found);
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
    .map(({ date, phrase, passage }) => ({ date, phrase, passage }));
}
