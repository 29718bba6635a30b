/**
 * General world knowledge from a maintained data package (world-countries, ODbL): the countries,
 * their names and their demonyms, so that a story's "Irish" is about its "Ireland".
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

export const COUNTRIES = createRequire(import.meta.url)('world-countries') as readonly Country[];

/** Each way of naming a country in words (common and official names, longer spellings) → its demonyms. */
const DEMONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const c of COUNTRIES) {
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])].filter((d): d is string => !!d);
    // Codes ("PL") and other languages' spellings stay out: a name of one or more capitalised English words.
    for (const name of [c.name.common, c.name.official, ...c.altSpellings].filter((n) => /^\p{Lu}\p{Ll}+(?:\s+\p{L}+)*$/u.test(n))) {
      if (!map.has(name)) map.set(name, demonyms);
    }
  }
  return map;
})();

/** The demonyms of the country `name` names ("Ireland" → "Irish"); none when it names no country. */
export function demonymsOf(name: string): readonly string[] {
  return DEMONYMS.get(name) ?? [];
}

/** Whether a name is a country's, in any of its English forms ("Ireland", "United Kingdom"). */
export function isCountryName(name: string): boolean {
  return DEMONYMS.has(name);
}

const ALL_DEMONYMS = [...new Set([...DEMONYMS.values()].flat())];
const DEMONYM_SET: ReadonlySet<string> = new Set(ALL_DEMONYMS.filter((d) => !DEMONYMS.has(d)));

/** Whether a word is a demonym and no country's name: "American", "Irish", not "Kuwait". */
export function isDemonym(word: string): boolean {
  return DEMONYM_SET.has(word);
}

/**
 * Whether a single word names a country: a name of one ("Spain"), or a short form that shares all
 * but its last three letters with a country's demonym ("Britain" of "British").
 */
export function isCountryWord(word: string): boolean {
  if (DEMONYMS.has(word)) return true;
  return word.length >= 7 && ALL_DEMONYMS.some((d) => d.startsWith(word.slice(0, -3)));
}

/**
 * Each country's names of one word, as written: the common name (when one word) and the demonyms
 * ("Germany", "German"), so that "german" finds "Germany". src/search/terms.ts reads them as words.
 */
export const COUNTRY_NAMES: readonly (readonly string[])[] = COUNTRIES.map((c) =>
  [...new Set([c.name.common, c.demonyms?.eng?.m, c.demonyms?.eng?.f])].filter((n): n is string => !!n && /^\p{L}+$/u.test(n)),
);

/** Each country's capital when it is one word, by the order of COUNTRY_NAMES ("Lusaka" for Zambia); undefined otherwise. */
export const COUNTRY_CAPITALS: readonly (string | undefined)[] = COUNTRIES.map((c) => {
  const capital = c.capital?.[0];
  return capital !== undefined && /^\p{L}+$/u.test(capital) ? capital : undefined;
});

const CAPITALS: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.capital ?? []));

/** Whether a name is a country's capital ("Oslo"), which a story may also write for its government. */
export function isCapital(name: string): boolean {
  return CAPITALS.has(name);
}

/** The last words of the world's regions and subregions ("Asia", "Africa", "America", "Caribbean"). */
const REGION_WORDS: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => [c.region, c.subregion ?? '']).flatMap((r) => {
    if (!/^[\p{L}-]+(?:\s+[\p{L}-]+)?$/u.test(r)) return [];
    const last = r.split(/\s+/).at(-1)!;
    return [last, last.replace(/s$/, '')];
  }),
);
/** The words that open a subregion's name and say which part of it ("Southern", "Southeast", "Central"). */
const REGION_PARTS: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => (c.subregion ?? '').split(/\s+/).slice(0, -1)));

/**
 * Whether a name is one of the world's regions: a continent or a part of one, as the world data names them ("Asia",
 * "Central Asia", "Central America", "the Caribbean"): a place, never a person.
 */
export function isWorldRegion(name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  return REGION_WORDS.has(words.at(-1)!) && words.slice(0, -1).every((w) => REGION_PARTS.has(w)) && !isCountryName(name);
}

/**
 * Whether a place's name ends on a region of the world's word and names no country: "Sub-Saharan Africa", "Latin America"
 * (not "South Africa"). (A body's name may end so too, "Bank of America": only for a name known to be a place.)
 */
export function endsInRegion(name: string): boolean {
  return REGION_WORDS.has(name.split(/\s+/).at(-1)!) && !isCountryName(name);
}
