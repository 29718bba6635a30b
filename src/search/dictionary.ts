/**
 * Every term of every story, numbered once, so that indexes hold small numbers rather than
 * strings. Besides words' stems there are made-up terms (src/search/term-kinds.ts), which cannot clash with a word.
 */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** For each list of terms asked of `held`, their numbers while the dictionary has `size` terms. */
  private readonly kept = new WeakMap<readonly string[], { size: number; held: ReadonlySet<number> }>();

  /** The term's number, given a new one if the term is new. */
  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.push(term) - 1;
      this.ids.set(term, id);
    }
    return id;
  }

  /** The term's number, or -1 when no story holds it. */
  find(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  /** The numbers of the terms of a constant list that some story holds, worked out again only once a term is added. */
  held(terms: readonly string[]): ReadonlySet<number> {
    let kept = this.kept.get(terms);
    if (kept?.size !== this.size) this.kept.set(terms, (kept = { size: this.size, held: new Set(terms.map((t) => this.find(t)).filter((id) => id >= 0)) }));
    return kept.held;
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  get size(): number {
    return this.terms.length;
  }
}
