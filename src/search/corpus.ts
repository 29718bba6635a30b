/**
 * All stories indexed together, built once at start-up: one index per story (a question scoped to
 * a story touches only that story's postings), and what a question over every story needs: how
 * rare each term is among all passages, which stories hold it, one vocabulary for typos and one
 * sorted list of terms for related forms.
 */
import type { Story } from '../knowledge/story.js';
import { idf } from './bm25.js';
import { Dictionary } from './dictionary.js';
import { isWord, termKind } from './term-kinds.js';
import type { Lexicon } from './question.js';
import { type Relative, TermList } from './relatives.js';
import { type Shared, StoryIndex } from './story-index.js';
import { type Correction, Speller } from './typos.js';

/** Least similarity of meaning (word vectors' cosine) for a story word to stand in for a question word it lacks. */
export const SIMILAR = 0.55;
/** At most this many story words stand in for one question word. */
const MOST_SIMILAR = 3;

export class Corpus implements Lexicon {
  readonly dictionary: Dictionary;
  readonly vocabulary: Speller;
  readonly indexes: StoryIndex[];
  readonly byId = new Map<string, StoryIndex>();
  /** Passages in all stories. */
  readonly size: number;
  /** Passages holding each term (by number), in all stories; alias groups are left out. */
  private readonly df: number[] = [];
  /** Stories (by position) holding each term or naming it in an alias. */
  private readonly storiesOf: number[][] = [];
  private readonly terms: TermList;

  /**
   * With `previous` (the corpus before a live reload), a story that has not changed keeps its index:
   * only changed and new stories are indexed again, in the same numbering of terms.
   */
  constructor(stories: readonly Story[], previous?: Corpus) {
    this.dictionary = previous?.dictionary ?? new Dictionary();
    this.vocabulary = previous?.vocabulary ?? new Speller();
    const shared: Shared = { dictionary: this.dictionary, vocabulary: this.vocabulary };
    this.indexes = stories.map((story, s) => {
      const kept = previous?.byId.get(story.id);
      const index = kept?.story === story ? kept : new StoryIndex(story, shared);
      this.byId.set(story.id, index);
      for (const [term, df] of index.terms()) {
        const kind = termKind(this.dictionary.term(term));
        // A story's alias groups are its own: their numbers mean nothing across stories.
        if (kind !== 'alias' && kind !== 'pronoun') this.df[term] = (this.df[term] ?? 0) + df;
        this.record(term, s);
      }
      for (const names of index.groupNames) for (const name of names) for (const term of name) this.record(term, s);
      return index;
    });
    this.size = this.indexes.reduce((n, index) => n + index.passages.length, 0);
    const words: string[] = [];
    this.df.forEach((_, term) => {
      const t = this.dictionary.term(term);
      if (isWord(t)) words.push(t);
    });
    this.terms = new TermList(words);
  }

  private record(term: number, story: number): void {
    const list = (this.storiesOf[term] ??= []);
    if (list.at(-1) !== story) list.push(story);
  }

  holds(term: number): boolean {
    return term >= 0 && (this.df[term] ?? 0) > 0;
  }

  correct(typed: string): Correction[] {
    return this.vocabulary.correct(typed);
  }

  unclip(typed: string): string | undefined {
    return this.vocabulary.unclip(typed);
  }

  /** Over every story, words are not matched by meaning: too many to compare (a story's verdict still is). */
  similar(): { word: string; similarity: number }[] {
    return [];
  }

  relatives(term: string, accept?: (term: string) => boolean): Relative[] {
    return this.terms.relatives(term, accept);
  }

  /** Share of all passages that hold the term. */
  rate(term: number): number {
    return term < 0 ? 0 : (this.df[term] ?? 0) / this.size;
  }

  /** Rarity of a term among all passages of all stories. */
  idf(term: number): number {
    return idf(this.size, term < 0 ? 0 : (this.df[term] ?? 0));
  }

  /** Stories that hold any of the terms (or name them in an alias), in story order. */
  storiesWith(terms: Iterable<number>): StoryIndex[] {
    const found = new Set<number>();
    for (const term of terms) for (const s of (term >= 0 && this.storiesOf[term]) || []) found.add(s);
    return [...found].sort((a, b) => a - b).map((s) => this.indexes[s]!);
  }

  /** One story as a lexicon: its terms and words, the corpus's numbering. */
  lexicon(index: StoryIndex): Lexicon {
    return {
      dictionary: this.dictionary,
      holds: (term) => index.has(term),
      correct: (typed) => index.correct(typed),
      unclip: (typed) => index.unclip(typed),
      similar: (word) => index.similar(word, SIMILAR, MOST_SIMILAR),
      relatives: (term) => this.terms.relatives(term, (t) => index.has(this.dictionary.find(t))),
    };
  }
}
