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

  /** `sorted`: the terms are sorted already, each once (a list of them is kept as it is). */
  constructor(terms: Iterable<string>, sorted = false) {
    this.sorted = sorted ? (Array.isArray(terms) ? (terms as string[]) : [...terms]) : [...new Set(terms)].sort();
  }

  /**
   * This list with terms gained and lost, as a new list (this one is left as it is, for whoever
   * still reads it): the stretches between the changes are copied whole, not compared term by term.
   */
  with(added: Iterable<string>, removed: Iterable<string>): TermList {
    const fresh = [...new Set(added)].filter((t) => !this.has(t)).sort();
    const lost = [...new Set(removed)].filter((t) => this.has(t));
    if (fresh.length === 0 && lost.length === 0) return this;
    // Each change at its place in the list: a gained term goes before the term there, a lost one is that term.
    const changes = [...fresh.map((t) => ({ at: lowerBound(this.sorted, t), gained: t })), ...lost.map((t) => ({ at: lowerBound(this.sorted, t), gained: undefined }))];
    const lostAt = (change: { gained?: string }) => (change.gained === undefined ? 1 : 0);
    changes.sort((a, b) => a.at - b.at || lostAt(a) - lostAt(b));
    const parts: (readonly string[])[] = [];
    let from = 0;
    for (const { at, gained } of changes) {
      parts.push(this.sorted.slice(from, at));
      if (gained === undefined) from = at + 1;
      else {
        parts.push([gained]);
        from = at;
      }
    }
    parts.push(this.sorted.slice(from));
    return new TermList(([] as string[]).concat(...parts), true);
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
