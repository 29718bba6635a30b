/**
 * General world knowledge from a maintained data package (world-countries, ODbL): each country's
 * common name, its demonyms and its short codes, so that "german" finds "Germany", "kenyan"
 * finds "Kenya" and "French" finds "France"; and its capital.
 */
import { COUNTRIES as countries } from '../knowledge/countries.js';

/**
 * Each country's names of one word, as written: the common name (when one word) and the demonyms
 * ("Germany", "German"). src/search/terms.ts reads them as words.
 */
export const COUNTRY_NAMES: readonly (readonly string[])[] = countries.map((c) =>
  [...new Set([c.name.common, c.demonyms?.eng?.m, c.demonyms?.eng?.f])].filter((n): n is string => !!n && /^\p{L}+$/u.test(n)),
);

/** Each country's capital when it is one word, by the order of COUNTRY_NAMES ("Lusaka" for Zambia); undefined otherwise. */
export const COUNTRY_CAPITALS: readonly (string | undefined)[] = countries.map((c) => {
  const capital = c.capital?.[0];
  return capital !== undefined && /^\p{L}+$/u.test(capital) ? capital : undefined;
});
