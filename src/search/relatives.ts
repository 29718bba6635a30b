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
  /** Sorted, each term once; a term is known when binary search finds it. */
  private readonly sorted: readonly string[];

  constructor(terms: Iterable<string>, sorted = false) {
    this.sorted = sorted ? [...terms] : [...new Set(terms)].sort();
  }

  /**
   * This list with terms gained and lost, as a new list (this one is left as it is, for whoever
   * still reads it): one merge of sorted lists, not a sort of them all.
   */
  with(added: Iterable<string>, removed: Iterable<string>): TermList {
    const gone = new Set(removed);
    const fresh = [...new Set(added)].filter((t) => !this.has(t)).sort();
    const merged: string[] = [];
    let i = 0;
    for (const term of this.sorted) {
      while (i < fresh.length && fresh[i]! < term) merged.push(fresh[i++]!);
      if (!gone.has(term)) merged.push(term);
    }
    while (i < fresh.length) merged.push(fresh[i++]!);
    return new TermList(merged, true);
  }

  private has(term: string): boolean {
    return this.sorted[lowerBound(this.sorted, term)] === term;
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
      if (this.has(prefix) && accept(prefix)) found.push({ term: prefix, overlap: n / term.length });
    }
    for (let i = lowerBound(this.sorted, term); i < this.sorted.length && this.sorted[i]!.startsWith(term); i++) {
      const longer = this.sorted[i]!;
      if (longer !== term && term.length / longer.length >= MIN_OVERLAP && accept(longer)) found.push({ term: longer, overlap: term.length / longer.length });
    }
    return found.sort((a, b) => b.overlap - a.overlap).slice(0, most);
  }
}
