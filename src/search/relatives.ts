/**
 * Terms related by a shared beginning, which stemming leaves apart: "critic" (criticism) and
 * "criticis" (criticise), "equal" and "equalis", "constitut" and "constitution". A sorted term
 * list finds the terms that extend a term; its own beginnings are looked up directly.
 */
import { lowerBound } from './sorted.js';

/** Shortest term that relates to others by its beginning: shorter ones are too often chance. */
export const MIN_RELATIVE = 4;
/** Least share of the longer term's letters the shorter must hold: "light" is not "lighthouse". */
const MIN_OVERLAP = 0.6;

export interface Relative {
  term: string;
  /** The shorter term's share of the longer one's letters. */
  overlap: number;
}

export class TermList {
  private readonly sorted: string[];
  private readonly known: ReadonlySet<string>;

  constructor(terms: Iterable<string>) {
    this.known = new Set(terms);
    this.sorted = [...this.known].sort();
  }

  /**
   * Terms here that begin with `term`, or with which `term` begins, sharing enough letters, the
   * closest first; `accept` narrows them (to one story's terms).
   */
  relatives(term: string, accept: (term: string) => boolean = () => true, most = 4): Relative[] {
    if (term.length < MIN_RELATIVE || !/^\p{L}+$/u.test(term)) return [];
    const found: Relative[] = [];
    for (let n = term.length - 1; n >= MIN_RELATIVE; n--) {
      const prefix = term.slice(0, n);
      if (n / term.length < MIN_OVERLAP) break;
      if (this.known.has(prefix) && accept(prefix)) found.push({ term: prefix, overlap: n / term.length });
    }
    for (let i = lowerBound(this.sorted, term); i < this.sorted.length && this.sorted[i]!.startsWith(term); i++) {
      const longer = this.sorted[i]!;
      if (longer !== term && term.length / longer.length >= MIN_OVERLAP && accept(longer)) found.push({ term: longer, overlap: term.length / longer.length });
    }
    return found.sort((a, b) => b.overlap - a.overlap).slice(0, most);
  }
}
