/**
 * A news story's dateline: the city it was filed from, in capitals, then its country or region, the agency or the
 * day, and a dash ("LISBON (Reuters) —", "GHENT, Belgium –", "OSLO, Nov 17 -", "ADDIS ABABA, March 18 (Reuters) -",
 * "LAUSANNE, Switzerland, Feb 12 (AFP) -"); a story filed from two cities names both ("SAO PAULO/SYDNEY, Sept 2
 * (Reuters) -"), the first the city.
 */
const DATELINE = /^(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*)(?:\/\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*)*(?:,\s*[\p{L}\d .]{1,30}?){0,2}\s*(?:\([^)]*\)\s*)?[—–-]\s/u;

export interface Dateline {
  /** The city as the dateline writes it ("ADDIS ABABA"). */
  city: string;
  /** Where its dash stands in the text. */
  dash: number;
  /** Where the story's first sentence starts, after the dash. */
  end: number;
}

/** The dateline a text (an article, or its first passage) opens with, if any. */
export function datelineOf(text: string): Dateline | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const end = m[0].length;
  return { city: m[1]!, dash: m[0].trimEnd().length - 1, end: end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0) };
}
