/**
 * Person, body or place: the one scored decision for a name the article uses. Evidence comes from
 * two sides and is added up over every occurrence of the name in the article:
 *  - the name itself, from maintained data: a given name (gender-detection-from-name's lists of first
 *    names in six languages) makes a person; a name made only of everyday English words (SUBTLEX word
 *    counts: "National Renewal", "Rapid Support Forces") or closed by a word for an organisation is a
 *    body's; a country's name or its initials ("UK", "US", from world-countries) is a place's;
 *  - what the article says around it (entities.ts reads the grammar): a role or an honorific, an age
 *    in apposition, "he"/"she" next, a plural verb, "its"/"they" next, ", which" after it, a preposition
 *    of place.
 * Each cue's weight is in CUES below; the kind with the most weight wins, a tie going to the place,
 * then the body (the order that needs the least evidence to be wrong).
 */
import { getGender } from 'gender-detection-from-name';
import { COUNTRIES, isCapital, isCountryWord } from './countries.js';
import { BODY_WORDS, FUNCTION_WORDS, MONTHS, PLACE_WORDS, SENTENCE_OPENERS, WEEKDAYS } from './vocabulary.js';
import { isCommonWord } from './word-counts.js';

export interface Evidence {
  person: number;
  body: number;
  place: number;
}

export type Kind = 'person' | 'body' | 'place';

/** The weight of each cue, and the kind it speaks for. */
export const CUES = {
  /** "finance minister Ana Ruiz", "Ruiz, the party's leader": a role is said of people. */
  role: { person: 4 },
  /** A role said of a name with a word for an organisation ("the activist investor … Partners"): weak. */
  roleOfBody: { person: 1 },
  honorific: { person: 4 },
  /** "Jane Roe, 34,": an age in apposition. */
  age: { person: 4 },
  /** The name opens with a given name ("Ana …") that is no everyday English word. */
  givenName: { person: 2 },
  /**
   * "Ethiopia's Tadesse Alemu": a name of words that are not everyday English after a country's
   * possessive is one of its people (its bodies are named with a word for one: "Britain's Civil
   * Aviation Authority").
   */
  countrysOwn: { person: 3 },
  /** A given name that is also an everyday word ("Prime", "Will"): weak. */
  everydayGivenName: { person: 0.5 },
  /** "He said …", "her party": the next sentence goes on about a man or a woman. */
  personPronoun: { person: 1 },
  /** "Its website …", "They said …": the next sentence goes on about a thing or a group. */
  bodyPronoun: { body: 1.5 },
  /** "Médecins Sans Frontières, which runs …": a relative clause for a thing. */
  which: { body: 3 },
  /** The name's last word is one for an organisation ("Agency", "Partners"). */
  bodyWord: { body: 3 },
  /** The name's last word is one for a place ("River", "Street"). */
  placeWord: { place: 3 },
  /** Every word of a longer name is an everyday English word, none a given name: no person's name. */
  everydayWords: { body: 2 },
  /**
   * A longer name whose words (but for particles inside it) are neither English nor given names
   * ("Aliança Democrática", "Assembleia da República"): a person's full name opens with a given name,
   * so this is a body's name in another language.
   */
  foreignWords: { body: 2 },
  /** One everyday word written with a capital mid-sentence ("Shelter", "Nationwide"): an organisation's name. */
  everydayWord: { body: 1 },
  acronym: { body: 2 },
  /** "Democrats 66": no person's name ends in a number. */
  numbered: { body: 3 },
  /** A country, by its name or its initials ("UK", "US"). */
  country: { place: 6 },
  /** A country's capital ("said Oslo would consider …" is its government speaking): never a person. */
  capital: { place: 6 },
  /** "GHENT, Belgium –": the city a story is filed from. */
  dateline: { place: 6 },
} as const satisfies Record<string, Partial<Evidence>>;

export type Cue = keyof typeof CUES;

export function addCue(ev: Evidence, cue: Cue, times = 1): void {
  const w: Partial<Evidence> = CUES[cue];
  ev.person += (w.person ?? 0) * times;
  ev.body += (w.body ?? 0) * times;
  ev.place += (w.place ?? 0) * times;
}

/**
 * Words that open a country's name ("North", "San", "El", "Saint", "New") and the points of the
 * compass ("West Flanders", "East Sussex"): a place's prefix, whatever the first-name lists say of them.
 */
const PLACE_OPENERS: ReadonlySet<string> = new Set([
  ...COUNTRIES.flatMap((c) => [c.name.common, c.name.official].filter((n) => n.includes(' ')).map((n) => n.split(/\s+/)[0]!)),
  ...['North', 'South', 'East', 'West'].flatMap((p) => [p, `${p}ern`]),
]);

/** Whether a capitalised word is a given name in the first-name lists (not a function word or a place's prefix). */
export function isGivenName(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && !SENTENCE_OPENERS.has(word.toLowerCase()) && !PLACE_OPENERS.has(word) && getGender(word) !== 'unknown';
}

/** Words before a month that make it a date whatever follows ("in May Parliament voted", "since June", "the June vote", "13 November"). */
const DATE_BEFORE = /^(?:\d+(?:st|nd|rd|th)?|in|since|until|till|through|during|early|late|mid|last|next|this|from|before|after|the|of|on)$/;

/**
 * Whether a month's name that is also a given name ("Jan", "May", "June", "August") opens a person's
 * name: written right before another capitalised word that is no month or weekday ("edited by Jan
 * Ekier", "Singer June Carter"), where a date's month has a day, a year or nothing capitalised after
 * it; not after a word that makes it a date ("in May Parliament voted"). `before` is the word before
 * the month, lower-case; `next` the word after it in the same sentence, as written.
 */
export function isMonthAsGivenName(month: string, before: string | undefined, next: string | undefined): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(month) &&
    MONTHS.has(month.toLowerCase()) &&
    isGivenName(month) &&
    next !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(next) &&
    !MONTHS.has(next.toLowerCase().replace(/\.$/, '')) &&
    !WEEKDAYS.has(next.toLowerCase()) &&
    !DATE_BEFORE.test(before ?? '')
  );
}

/** The gender a given name usually has, for resolving he/she; none for names used by both or unknown. */
export function genderOf(word: string): 'f' | 'm' | undefined {
  if (!isGivenName(word) || isCommonWord(word.toLowerCase())) return undefined;
  const g = getGender(word);
  return g === 'female' ? 'f' : g === 'male' ? 'm' : undefined;
}

/**
 * Countries' initials ("UK", "US", "UAE", "DRC"): a spelling in capitals whose letters are the
 * initials of the country's name ("United Kingdom"), not a two-letter code ("AD" of Andorra).
 */
const COUNTRY_INITIALS: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => {
    const initials = [c.name.common, c.name.official].map((n) =>
      n
        .split(/\s+/)
        .filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()))
        .map((w) => w[0]!.toUpperCase())
        .join(''),
    );
    return c.altSpellings.filter((s) => /^\p{Lu}{2,5}$/u.test(s) && initials.includes(s));
  }),
);

/** Whether a name is a country's, by its name ("Spain") or its initials ("UK"). */
export function isCountryName(name: string): boolean {
  return COUNTRY_INITIALS.has(name) || (!name.includes(' ') && isCountryWord(name));
}

/** Particles inside a person's name ("Marco de Wit", "Henrik van der Laan", "Inês da Silva"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set('de da das do dos di du del della van von der den ter ten bin ibn al'.split(' '));

/** Evidence from the words of one occurrence of a name: a word for an organisation or a place, an acronym. */
export function wordsEvidence(words: readonly string[]): Evidence {
  const ev: Evidence = { person: 0, body: 0, place: 0 };
  const lower = words.map((w) => w.toLowerCase());
  // The last word decides between an organisation and a place: "Harbor Peak Partners", "Bank Street".
  // (A body word in the plural closes a body's name too, "Valley Hospitals", but not a person's: "Tyra Banks".)
  const head = lower.at(-1)!;
  const bodyHead = BODY_WORDS.has(head) || (BODY_WORDS.has(head.replace(/s$/, '')) && !isGivenName(words[0]!));
  if (bodyHead || (!PLACE_WORDS.has(head) && lower.some((w) => BODY_WORDS.has(w)))) addCue(ev, 'bodyWord');
  else if (lower.some((w) => PLACE_WORDS.has(w))) addCue(ev, 'placeWord');
  if (words.length > 1 && /^\d+$/.test(head)) addCue(ev, 'numbered');
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!) && !COUNTRY_INITIALS.has(words[0]!)) addCue(ev, 'acronym');
  return ev;
}

/**
 * Evidence from what a name is, counted once for the article: a country; a given name opening it
 * (unless `placeFirst`: "the" stands before it, or its first word is a place the article names); a
 * name of everyday words only; one everyday word standing alone (`alone`: no full name ends with it).
 */
export function nameEvidence(words: readonly string[], { placeFirst = false, alone = false } = {}): Evidence {
  const ev: Evidence = { person: 0, body: 0, place: 0 };
  if (isCountryName(words.join(' '))) {
    addCue(ev, 'country');
    return ev;
  }
  if (isCapital(words.join(' '))) {
    addCue(ev, 'capital');
    return ev;
  }
  const lower = words.map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  const first = words[0]!;
  const everyday = (w: string) => isCommonWord(w) || FUNCTION_WORDS.has(w) || NAME_PARTICLES.has(w);
  const given = words.length > 1 && !placeFirst && isGivenName(first);
  if (given && !isCommonWord(lower[0]!)) addCue(ev, 'givenName');
  else if (words.length > 1 && lower.every(everyday)) addCue(ev, 'everydayWords');
  else if (given) addCue(ev, 'everydayGivenName');
  else if (words.length > 1 && !placeFirst && !PLACE_OPENERS.has(first) && lower.every((w, k) => NAME_PARTICLES.has(w) ? k > 0 : !everyday(w) && !isGivenName(words[k]!))) {
    addCue(ev, 'foreignWords');
  } else if (words.length === 1 && alone && /^\p{Lu}\p{Ll}+$/u.test(first) && isCommonWord(lower[0]!) && !isGivenName(first)) addCue(ev, 'everydayWord');
  return ev;
}

/** The kind the evidence speaks for; none when nothing does. */
export function decideKind(ev: Evidence): Kind | undefined {
  const top = Math.max(ev.person, ev.body, ev.place);
  if (top <= 0) return undefined;
  return ev.place === top ? 'place' : ev.body === top ? 'body' : 'person';
}
