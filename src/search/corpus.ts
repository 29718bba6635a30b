/**
 * All stories indexed together, built at start-up and brought up to date by a live reload: one
 * index per story (a question scoped to a story touches only that story's postings), and what a
 * question over every story needs: how rare each term is among all passages, which stories hold
 * it, one vocabulary for typos and one sorted list of terms for related forms.
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
  private readonly df: Int32Array;
  /**
   * Each story's slot, a number its id keeps through live reloads, so that an edit changes only the
   * story lists of the terms it gains or loses.
   */
  private readonly slots: Map<string, number>;
  /** The index in each slot, and its place in story order. */
  private readonly bySlot: StoryIndex[] = [];
  private readonly position: number[] = [];
  /** Stories (by slot) holding each term or naming it in an alias; after a reload, shared with the corpus before unless changed. */
  private readonly storiesOf: (readonly number[] | undefined)[];
  private readonly terms: TermList;
  /**
   * How many stories hold each word of the vocabulary (by id). The vocabulary outlives reloads and
   * keeps the words of old versions; a typo is corrected only to a word some story holds now.
   */
  private readonly wordCounts: Int32Array;
  private readonly held = { has: (id: number) => (this.wordCounts[id] ?? 0) > 0 };
  /** Indexes made ahead of a live reload for stories about to join (see `indexAhead`). */
  private readonly ahead = new WeakMap<Story, StoryIndex>();

  /**
   * With `previous` (the corpus before a live reload), a story that has not changed keeps its index,
   * and what is shared by all stories is brought up to date from the changed ones alone: the work
   * is one story's for one edit, however many stories there are. `previous` is left as it is, so
   * questions it is still answering see no change.
   */
  constructor(stories: readonly Story[], previous?: Corpus) {
    this.dictionary = previous?.dictionary ?? new Dictionary();
    this.vocabulary = previous?.vocabulary ?? new Speller();
    const shared: Shared = { dictionary: this.dictionary, vocabulary: this.vocabulary };
    this.indexes = stories.map((story) => {
      const kept = previous?.byId.get(story.id);
      const index = kept?.story === story ? kept : (previous?.ahead.get(story) ?? new StoryIndex(story, shared));
      this.byId.set(story.id, index);
      return index;
    });
    this.size = this.indexes.reduce((n, index) => n + index.passages.length, 0);
    this.slots = new Map(previous?.slots);
    this.indexes.forEach((index, p) => {
      const id = index.story.id;
      const slot = this.slots.get(id) ?? this.slots.set(id, this.slots.size).size - 1;
      this.bySlot[slot] = index;
      this.position[slot] = p;
    });

    // What changed, slot by slot: the index that left (retired or replaced) and the one that came.
    const changes = new Map<number, { was?: StoryIndex; now?: StoryIndex }>();
    for (const index of previous?.indexes ?? []) {
      if (this.byId.get(index.story.id) !== index) changes.set(previous!.slots.get(index.story.id)!, { was: index });
    }
    for (const index of this.indexes) {
      const slot = this.slots.get(index.story.id)!;
      if (previous?.byId.get(index.story.id) !== index) changes.set(slot, { ...changes.get(slot), now: index });
    }
    this.df = new Int32Array(this.dictionary.size);
    if (previous) this.df.set(previous.df);
    this.storiesOf = previous ? previous.storiesOf.slice() : [];
    const copied = new Set<number>();
    const listOf = (term: number): number[] => {
      if (!copied.has(term)) {
        this.storiesOf[term] = [...(this.storiesOf[term] ?? [])];
        copied.add(term);
      }
      return this.storiesOf[term] as number[];
    };
    this.wordCounts = new Int32Array(this.vocabulary.size);
    if (previous) this.wordCounts.set(previous.wordCounts);
    const touched = new Set<number>();
    for (const [slot, { was, now }] of changes) {
      for (const id of was?.words ?? []) this.wordCounts[id]!--;
      for (const id of now?.words ?? []) this.wordCounts[id]!++;
      for (const [index, sign] of [[was, -1], [now, 1]] as const) {
        if (!index) continue;
        for (const [term, df] of index.terms()) {
          const kind = termKind(this.dictionary.term(term));
          // A story's alias groups are its own: their numbers mean nothing across stories.
          if (kind !== 'alias' && kind !== 'pronoun') this.df[term]! += sign * df;
          touched.add(term);
        }
      }
      const before = was ? holdings(was) : new Set<number>();
      const after = now ? holdings(now) : new Set<number>();
      for (const term of before) {
        if (after.has(term)) continue;
        const list = listOf(term);
        list.splice(list.indexOf(slot), 1);
      }
      for (const term of after) if (!before.has(term)) listOf(term).push(slot);
    }
    // Words that some story now holds and none did, or that none holds any more.
    const added: string[] = [];
    const removed: string[] = [];
    for (const term of touched) {
      const word = this.dictionary.term(term);
      if (!isWord(word)) continue;
      const held = this.df[term]! > 0;
      if (held !== (previous?.holds(term) ?? false)) (held ? added : removed).push(word);
    }
    this.terms = previous ? previous.terms.with(added, removed) : new TermList(added);
  }

  /**
   * Index a story about to join (a live reload) ahead of the corpus that will hold it, in this
   * corpus's numbering of terms; the new corpus takes the index, and this one answers as before.
   */
  indexAhead(story: Story): void {
    this.ahead.set(story, new StoryIndex(story, { dictionary: this.dictionary, vocabulary: this.vocabulary }));
  }

  holds(term: number): boolean {
    return term >= 0 && (this.df[term] ?? 0) > 0;
  }

  correct(typed: string): Correction[] {
    return this.vocabulary.correct(typed, this.held);
  }

  unclip(typed: string): string | undefined {
    return this.vocabulary.unclip(typed, this.held);
  }

  /** The first story's name, in story order, that the initials stand for. */
  spellOut(initials: string): string | undefined {
    for (const index of this.indexes) {
      const name = index.spellOut(initials);
      if (name) return name;
    }
    return undefined;
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
    for (const term of terms) for (const slot of (term >= 0 && this.storiesOf[term]) || []) found.add(slot);
    return [...found].sort((a, b) => this.position[a]! - this.position[b]!).map((slot) => this.bySlot[slot]!);
  }

  /** One story as a lexicon: its terms and words, the corpus's numbering. */
  lexicon(index: StoryIndex): Lexicon {
    return {
      dictionary: this.dictionary,
      holds: (term) => index.has(term),
      correct: (typed) => index.correct(typed),
      unclip: (typed) => index.unclip(typed),
      spellOut: (initials) => index.spellOut(initials),
      similar: (word) => index.similar(word, SIMILAR, MOST_SIMILAR),
      relatives: (term) => this.terms.relatives(term, (t) => index.has(this.dictionary.find(t))),
    };
  }
}

/** The terms a story holds or names in an alias: those it is listed under. */
function holdings(index: StoryIndex): Set<number> {
  const terms = new Set<number>();
  for (const [term] of index.terms()) terms.add(term);
  for (const names of index.groupNames) for (const name of names) for (const term of name) terms.add(term);
  return terms;
}
