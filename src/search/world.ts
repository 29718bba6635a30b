/**
 * General world knowledge from a maintained data package (world-countries, ODbL): each country's
 * common name, its demonyms and its short codes, so that "german" finds "Germany", "kenyan"
 * finds "Kenya" and "French" finds "France".
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

export interface CountryWords {
  /** Lower-case single words: the common name (when one word) and the demonyms ("germany", "german"). */
  words: string[];
}

const countries = createRequire(import.meta.url)('world-countries') as Country[];

function lower(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** Each country's one-word names and demonyms, lower case. */
export const COUNTRIES: readonly CountryWords[] = countries.map((c) => {
  const names = [c.name.common, c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((n): n is string => !!n && /^\p{L}+$/u.test(n));
  return { words: [...new Set(names.map(lower))] };
});

/** Every country name and demonym of one word, lower case. */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.words));
