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
import { indexSteps, type Shared, type StoryIndex } from './story-index.js';
import { runSteps, type Steps } from '../steps.js';
import { type Correction, Speller } from './typos.js';

/** Least similarity of meaning (word vectors' cosine) for a story word to stand in for a question word it lacks. */
export const SIMILAR = 0.55;
/** At most this many story words stand in for one question word. */
const MOST_SIMILAR = 3;

export class Corpus implements Lexicon {
  readonly dictionary: Dictionary;
  readonly vocabulary: Speller;
  readonly indexes: StoryIndex[];
  readonly byId: ReadonlyMap<string, StoryIndex>;
  /** Passages in all stories. */
  readonly size: number;
  /** Passages holding each term (by number), in all stories; alias groups are left out. */
  readonly df: Int32Array;
  /**
   * Each story's slot, a number its id keeps through live reloads, so that an edit changes only the
   * story lists of the terms it gains or loses.
   */
  readonly slots: ReadonlyMap<string, number>;
  /** The index in each slot, and its place in story order. */
  private readonly bySlot: StoryIndex[] = [];
  private readonly position: number[] = [];
  /** Stories (by slot) holding each term or naming it in an alias; after a reload, shared with the corpus before unless changed. */
  readonly storiesOf: readonly (readonly number[] | undefined)[];
  readonly terms: TermList;
  /**
   * How many stories hold each word of the vocabulary (by id). The vocabulary outlives reloads and
   * keeps the words of old versions; a typo is corrected only to a word some story holds now.
   */
  readonly wordCounts: Int32Array;
  private readonly held = { has: (id: number) => (this.wordCounts[id] ?? 0) > 0 };

  /** Made by `corpusSteps`. */
  constructor(parts: CorpusParts) {
    ({
      dictionary: this.dictionary,
      vocabulary: this.vocabulary,
      indexes: this.indexes,
      byId: this.byId,
      df: this.df,
      slots: this.slots,
      storiesOf: this.storiesOf,
      terms: this.terms,
      wordCounts: this.wordCounts,
    } = parts);
    this.size = this.indexes.reduce((n, index) => n + index.passages.length, 0);
    this.indexes.forEach((index, p) => {
      const slot = this.slots.get(index.story.id)!;
      this.bySlot[slot] = index;
      this.position[slot] = p;
    });
  }

  holds(term: number): boolean {
    return term >= 0 && (this.df[term] ?? 0) > 0;
  }

  correct(typed: string): Correction[] {
    return this.vocabulary.correct(typed, this.held);
  }

  /** (Over every story, the words beside a clipped one do not choose: the story found reads the question again, and they do there.) */
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

  isName(term: number): boolean {
    return this.indexes.some((index) => index.nameTerms.has(term));
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
      unclip: (typed, beside) => index.unclip(typed, beside),
      spellOut: (initials) => index.spellOut(initials),
      isName: (term) => index.nameTerms.has(term),
      similar: (words) => nearest(index, words),
      relatives: (term) => this.terms.relatives(term, (t) => index.has(this.dictionary.find(t))),
    };
  }
}

/** The story's words nearest in meaning to any of `words`, most similar first: as many as for one word. */
function nearest(index: StoryIndex, words: readonly string[]): { word: string; similarity: number }[] {
  if (words.length === 1) return index.similar(words[0]!, SIMILAR, MOST_SIMILAR);
  const found = new Map<string, number>();
  for (const word of words) for (const n of index.similar(word, SIMILAR, MOST_SIMILAR)) found.set(n.word, Math.max(found.get(n.word) ?? 0, n.similarity));
  return [...found].map(([word, similarity]) => ({ word, similarity })).sort((a, b) => b.similarity - a.similarity).slice(0, MOST_SIMILAR);
}

/** The terms a story holds or names in an alias: those it is listed under. */
function holdings(index: StoryIndex): Set<number> {
  const terms = new Set<number>();
  for (const [term] of index.terms()) terms.add(term);
  for (const names of index.groupNames) for (const name of names) for (const term of name) terms.add(term);
  return terms;
}

type CorpusParts = Pick<Corpus, 'dictionary' | 'vocabulary' | 'indexes' | 'byId' | 'df' | 'slots' | 'storiesOf' | 'terms' | 'wordCounts'>;

/** All stories indexed together, at once. */
export function buildCorpus(stories: readonly Story[], previous?: Corpus): Corpus {
  return runSteps(corpusSteps(stories, previous));
}

/** Terms counted in one step of a build; each changed story's lists are a step of their own. */
const TERMS_A_STEP = 2000;

/**
 * All stories indexed together, in steps. With `previous` (the corpus before a live reload), a
 * story that has not changed keeps its index, and what is shared by all stories is brought up to
 * date from the changed ones alone: the work is one story's for one edit, however many stories
 * there are. `previous` is left as it is, so questions it is still answering meanwhile see no
 * change (its dictionary and vocabulary only gain entries it never looks up).
 */
export function* corpusSteps(stories: readonly Story[], previous?: Corpus): Steps<Corpus> {
  const dictionary = previous?.dictionary ?? new Dictionary();
  const vocabulary = previous?.vocabulary ?? new Speller();
  const shared: Shared = { dictionary, vocabulary };
  const byId = new Map<string, StoryIndex>();
  const indexes: StoryIndex[] = [];
  for (const story of stories) {
    const kept = previous?.byId.get(story.id);
    const index = kept?.story === story ? kept : yield* indexSteps(story, shared);
    byId.set(story.id, index);
    indexes.push(index);
  }
  const slots = new Map(previous?.slots);
  for (const index of indexes) if (!slots.has(index.story.id)) slots.set(index.story.id, slots.size);
  yield;

  // What changed, slot by slot: the index that left (retired or replaced) and the one that came.
  const changes = new Map<number, { was?: StoryIndex; now?: StoryIndex }>();
  for (const index of previous?.indexes ?? []) {
    if (byId.get(index.story.id) !== index) changes.set(previous!.slots.get(index.story.id)!, { was: index });
  }
  for (const index of indexes) {
    const slot = slots.get(index.story.id)!;
    if (previous?.byId.get(index.story.id) !== index) changes.set(slot, { ...changes.get(slot), now: index });
  }
  const df = new Int32Array(dictionary.size);
  if (previous) df.set(previous.df);
  const storiesOf = previous ? previous.storiesOf.slice() : [];
  yield;
  const copied = new Set<number>();
  const listOf = (term: number): number[] => {
    if (!copied.has(term)) {
      storiesOf[term] = [...(storiesOf[term] ?? [])];
      copied.add(term);
    }
    return storiesOf[term] as number[];
  };
  const wordCounts = new Int32Array(vocabulary.size);
  if (previous) wordCounts.set(previous.wordCounts);
  const touched = new Set<number>();
  let handled = 0;
  for (const [slot, { was, now }] of changes) {
    for (const id of was?.words ?? []) wordCounts[id]!--;
    for (const id of now?.words ?? []) wordCounts[id]!++;
    for (const [index, sign] of [[was, -1], [now, 1]] as const) {
      if (!index) continue;
      for (const [term, count] of index.terms()) {
        const kind = termKind(dictionary.term(term));
        // A story's alias groups are its own: their numbers mean nothing across stories.
        if (kind !== 'alias' && kind !== 'pronoun') df[term]! += sign * count;
        touched.add(term);
        if (++handled % TERMS_A_STEP === 0) yield;
      }
    }
    const before = was ? holdings(was) : new Set<number>();
    const after = now ? holdings(now) : new Set<number>();
    yield;
    for (const term of before) {
      if (after.has(term)) continue;
      const list = listOf(term);
      list.splice(list.indexOf(slot), 1);
    }
    for (const term of after) if (!before.has(term)) listOf(term).push(slot);
    yield;
  }
  // Words that some story now holds and none did, or that none holds any more.
  const added: string[] = [];
  const removed: string[] = [];
  for (const term of touched) {
    const word = dictionary.term(term);
    if (!isWord(word)) continue;
    const held = df[term]! > 0;
    if (held !== (previous?.holds(term) ?? false)) (held ? added : removed).push(word);
  }
  yield;
  const terms = previous ? previous.terms.with(added, removed) : new TermList(added);
  return new Corpus({ dictionary, vocabulary, indexes, byId, df, slots, storiesOf, terms, wordCounts });
}
