/**
 * One story's index, built once: for each term the passages that hold it and how often (compact
 * arrays of term numbers, so a thousand stories stay small), each passage's terms in order (for
 * proximity) and the kinds of answer it gives, the story's alias groups as terms of their own, and
 * its words among the shared vocabulary that typos are corrected against.
 */
import { FUTURE_MARK, isAfterPublication } from '../knowledge/dates.js';
import { within } from '../knowledge/marks.js';
import type { Passage, Story, StoryEvent } from '../knowledge/story.js';
import { type AliasGroup, aliasGroups, findName } from './aliases.js';
import { type AnswerKind, nameWords, type Offers, offeredKinds, singularOf, YEAR } from './answer-kinds.js';
import { countedNouns } from './counted.js';
import { idf, tfWeight } from './bm25.js';
import { Dictionary } from './dictionary.js';
import { BACK_REFERENCES, DATE_WORDS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAYS } from './english.js';
import { datelineOf } from '../knowledge/dateline.js';
import { NearWords } from './embeddings.js';
import { MEDIA_WORDS, ROLE_MODIFIERS, ROLE_TITLES, SPEECH_VERBS } from '../knowledge/vocabulary.js';
import { lowerBound } from './sorted.js';
import { exactTerm, groupTerm, pronounTerm } from './term-kinds.js';
import { capitalOf, COUNTRY_WORDS, familiesOf, isStemmed, isStopword, termOf, type Token, tokenize } from './terms.js';
import { type Correction, Speller, WordSet } from './typos.js';
import { runSteps, type Steps } from '../steps.js';
import { NAME_PARTICLES } from '../knowledge/name-kind.js';

export interface IndexedPassage {
  /** Term numbers of every word in order, function words included, so positions are the text's. */
  terms: Int32Array;
  /** Content words only: the length BM25 normalises by. */
  length: number;
  /** Paragraph number, to tell which neighbours share the passage's context. */
  paragraph: number;
  /** Opens with a word that refers to something named before ("He", "It", "This"). */
  refersBack: boolean;
  /** Is all a quotation, with no one named as saying it there (“We will appeal.”). */
  quoteOnly: boolean;
  /** By position in `terms`, 1 for a word inside quotation marks; absent when the passage quotes no one. */
  quoted?: Uint8Array;
  /** The alias groups (by number) whose words the passage quotes; absent when it quotes no one the story names. */
  speakers?: ReadonlySet<number>;
  offers: Offers;
  /**
   * When what it tells happens: `ahead`, it speaks of what is to come (a word that looks ahead, "will", "expected",
   * "set to", or a date after the story's publication); `past`, it does not, and dates what it tells (a date the story
   * resolves, "on August 15" in a dated story, "in 2019"); neither, for a passage that gives no date and looks nowhere ahead.
   */
  time?: 'ahead' | 'past';
  /** Every date it gives is after the story's publication ("next year", "on March 15" in a story of March 2): it dates nothing that has happened. */
  later?: true;
  /**
   * Every date it gives dates the report, not what it tells: the dateline's ("OSLO, Nov 17 -") or a verb of saying's
   * ("the zoo said on Tuesday", "told reporters on Monday").
   */
  reported?: true;
  /** The terms of the nouns its numbers count, in the singular ("11 coal miners": coal, miner); absent when they count none. */
  counts?: ReadonlySet<string>;
}

/** What the stories indexed together share: one numbering of terms, one vocabulary of words. */
export interface Shared {
  dictionary: Dictionary;
  vocabulary: Speller;
}

/** Within its first words ("In 1923 it was..."), a sentence that uses a pronoun for what came before. */
function refersBack(tokens: readonly Token[]): boolean {
  return tokens.slice(0, 3).some((t) => BACK_REFERENCES.has(t.word));
}

/** What stands before a word that opens a sentence: an end of sentence, or an opening quote. */
const SENTENCE_START = /(?:[.!?]["”’]?\s+|[“"‘]\s*)$/u;

/** Whether a passage is all a quotation, and which of its words stand inside quotation marks, when any do. */
function quotedWords(story: Story, passage: Passage, tokens: readonly Token[]): { quoteOnly: boolean; quoted?: Uint8Array } {
  const quotes = story.quotes.filter((q) => q.end > passage.start && q.start < passage.end);
  if (quotes.length === 0) return { quoteOnly: false };
  return {
    // Within a mark of each end: the quotation marks, and the full stop a quote's text leaves out.
    quoteOnly: quotes.some((q) => q.start <= passage.start + 1 && q.end >= passage.end - 2),
    quoted: Uint8Array.from(tokens, (t) => (within(quotes, passage.start + t.start) ? 1 : 0)),
  };
}

/** Words that look ahead only before "to": "set to open", "going to close". */
const AHEAD_BEFORE_TO: ReadonlySet<string> = new Set(['set', 'going']);

/**
 * When what a passage tells happens (IndexedPassage.time): ahead, by a word of the knowledge layer's that looks ahead
 * ("will", "would", "expected", "next", "set to") or a date after the story's publication ("meet again on March 15");
 * else past, when it gives a date the story resolves.
 */
function timeOf(published: string | undefined, dates: readonly StoryEvent[], tokens: readonly Token[]): IndexedPassage['time'] {
  if (tokens.some((t, i) => FUTURE_MARK.has(t.word) && (!AHEAD_BEFORE_TO.has(t.word) || tokens[i + 1]?.word === 'to'))) return 'ahead';
  if (dates.some((e) => isAfterPublication(e.date, published))) return 'ahead';
  return dates.length > 0 ? 'past' : undefined;
}

/** Words between a verb of saying and the date that dates it: "said late on Tuesday", "said in a statement on Monday". */
const REPORT_GAP: ReadonlySet<string> = new Set(['on', 'late', 'early', 'earlier', 'in', 'a', 'statement']);

/** Where the words that give a date start, by token: a year, a month or weekday, a word that dates. */
function dateWords(tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  tokens.forEach((t, i) => {
    if ((t.numeric && YEAR.test(t.word)) || (t.capital && (MONTHS.has(t.word) || WEEKDAYS.has(t.word))) || DATE_WORDS.has(t.word)) starts.push(i);
  });
  return starts;
}

/** The first token of an event's date phrase in the passage, or -1. */
function eventStart(passage: Passage, tokens: readonly Token[], e: StoryEvent): number {
  const at = passage.text.indexOf(e.phrase);
  return at < 0 ? -1 : tokens.findIndex((t) => t.start >= at);
}

/** Marks between two words that part a verb from a date: "said, on Monday," is another clause's. */
const CLAUSE_MARK = /[^\s\p{L}\p{N}'’-]/u;

/**
 * Whether the date at token `i` dates the report, not what the passage tells: the dateline's ("REYKJAVIK, Nov 17 -") or
 * one a verb of saying takes ("the zoo said on Tuesday", "told reporters on Monday", "said in a statement on Sunday").
 */
function datesReport(passage: Passage, tokens: readonly Token[], i: number): boolean {
  const line = datelineOf(passage.text);
  if (line && tokens[i]!.start < line.dash) return true;
  let j = i - 1;
  while (j >= 0 && REPORT_GAP.has(tokens[j]!.word)) j--;
  // (A figure right after the verb is what was said: "said 1840 houses were destroyed".)
  if (j < 0 || (j === i - 1 && tokens[i]!.numeric)) return false;
  if (CLAUSE_MARK.test(passage.text.slice(tokens[j]!.end, tokens[i]!.start))) return false;
  if (SPEECH_VERBS.has(tokens[j]!.word)) return true;
  // "told reporters on Monday", "told the BBC on Monday".
  return [j - 1, j - 2].some((k) => k >= 0 && tokens[k]!.word === 'told' && !CLAUSE_MARK.test(passage.text.slice(tokens[k]!.end, tokens[j]!.end)));
}

/** Whether every date a passage gives dates the report (datesReport), where what it tells is not dated there. */
function reportDated(passage: Passage, tokens: readonly Token[], dates: readonly StoryEvent[]): boolean {
  const starts = [...dateWords(tokens), ...dates.map((e) => eventStart(passage, tokens, e)).filter((i) => i >= 0)];
  return starts.length > 0 && starts.every((i) => datesReport(passage, tokens, i));
}

/** Stretches a story is cut into to tell how widely a term is spread. */
const BLOCKS = 5;
/** Share of the story's parts a word is found in for it to be the story's subject (`spread`). */
export const SUBJECT_SPREAD = 0.8;

/** Postings pack a passage and a count into one number: passage * COUNTS + count. */
const COUNTS = 256;

/** Terms whose postings are packed in one step of a build. */
const TERMS_A_STEP = 500;

export class StoryIndex {
  readonly passages: IndexedPassage[];
  readonly groups: AliasGroup[];
  /** Each group's names as term numbers, and the number of its own term. */
  readonly groupNames: Int32Array[][];
  readonly groupIds: number[];
  readonly pronounIds: number[];
  readonly averageLength: number;
  /** The most any one posting's count can weigh here (BM25): bounds what a story can score. */
  readonly maxTfWeight: number;
  /** The kinds of answer some passage gives. */
  readonly kinds: ReadonlySet<AnswerKind>;
  /** Terms of the names the story uses (people, bodies, places, outlets, countries): a question's topic, not its focus. */
  readonly nameTerms: ReadonlySet<number>;
  /** The story's names of several capitalised words by their initials ("nyc": "New York City"). */
  readonly spelled: ReadonlyMap<string, string>;
  /** Sorted term numbers; the postings of termIds[i] are entries[starts[i]] up to entries[starts[i + 1]]. */
  readonly termIds: Int32Array;
  readonly starts: Int32Array;
  readonly entries: Int32Array;
  /** Share of the story's parts (BLOCKS stretches of passages) where termIds[i] is found. */
  readonly spreads: Float32Array;
  /** The story's words, to find those nearest in meaning to a question's. */
  readonly meanings: NearWords;
  /** The story's words (names and aliases included) in the shared vocabulary. */
  readonly words: WordSet;

  constructor(
    readonly story: Story,
    readonly shared: Shared,
    parts: IndexParts,
  ) {
    ({
      passages: this.passages,
      groups: this.groups,
      groupNames: this.groupNames,
      groupIds: this.groupIds,
      pronounIds: this.pronounIds,
      averageLength: this.averageLength,
      maxTfWeight: this.maxTfWeight,
      kinds: this.kinds,
      nameTerms: this.nameTerms,
      spelled: this.spelled,
      termIds: this.termIds,
      starts: this.starts,
      entries: this.entries,
      spreads: this.spreads,
      meanings: this.meanings,
      words: this.words,
    } = parts);
  }

  /** Where the term's postings are listed, or -1 when the story does not hold it. */
  private slot(term: number): number {
    const i = lowerBound(this.termIds, term);
    return this.termIds[i] === term ? i : -1;
  }

  has(term: number): boolean {
    return term >= 0 && this.slot(term) >= 0;
  }

  /** The alias group whose own term this is (an alternative of kind 'alias'), or -1. */
  groupOf(term: number): number {
    return this.groupIds.indexOf(term);
  }

  /** Calls `each(passage, weight)` for every passage that holds the term, with its BM25 count weight. */
  postings(term: number, each: (passage: number, weight: number) => void): void {
    const i = term < 0 ? -1 : this.slot(term);
    if (i < 0) return;
    for (let k = this.starts[i]!; k < this.starts[i + 1]!; k++) {
      const entry = this.entries[k]!;
      const passage = Math.floor(entry / COUNTS);
      each(passage, tfWeight(entry % COUNTS, this.passages[passage]!.length, this.averageLength));
    }
  }

  /** Share of the story's parts that hold the term: near 1 for what the whole story is about. */
  spread(term: number): number {
    const i = term < 0 ? -1 : this.slot(term);
    return i < 0 ? 0 : this.spreads[i]!;
  }

  /** How many passages hold the term. */
  df(term: number): number {
    const i = term < 0 ? -1 : this.slot(term);
    return i < 0 ? 0 : this.starts[i + 1]! - this.starts[i]!;
  }

  /** Every term the story holds, with how many passages hold it. */
  *terms(): Generator<[term: number, df: number]> {
    for (let i = 0; i < this.termIds.length; i++) yield [this.termIds[i]!, this.starts[i + 1]! - this.starts[i]!];
  }

  /** Rarity of a term within this story. */
  idf(term: number): number {
    return idf(this.passages.length, this.df(term));
  }

  /** Story words near in meaning to a word the story lacks ("fee" for "pay"), most similar first. */
  similar(word: string, least: number, most: number): { word: string; similarity: number }[] {
    return this.meanings.near(word, least, most);
  }

  /** The story's name that lower-case or capital initials stand for ("nyc", "ECB"). */
  spellOut(initials: string): string | undefined {
    return this.spelled.get(initials);
  }

  /** The story word a clipped form ("govt") stands for: one that shares a passage with a word `beside` it, where one does. */
  unclip(typed: string, beside: readonly string[] = []): string | undefined {
    const { dictionary } = this.shared;
    const near = beside.map((w) => dictionary.find(termOf(w))).filter((t) => this.has(t));
    return this.shared.vocabulary.unclip(typed, this.words, (word) => near.length > 0 && this.together(dictionary.find(termOf(word)), near));
  }

  /** Whether a passage holds the term and any of the others. */
  together(term: number, others: readonly number[]): boolean {
    const passages = new Set<number>();
    this.postings(term, (p) => passages.add(p));
    let found = false;
    for (const other of others) this.postings(other, (p) => (found ||= passages.has(p)));
    return found;
  }

  /** Story words (or alias words) a mistyped word may stand for. */
  correct(typed: string): Correction[] {
    return this.shared.vocabulary.correct(typed, this.words);
  }
}

/** What an index is made of: see StoryIndex's fields. */
type IndexParts = Pick<
  StoryIndex,
  'passages' | 'groups' | 'groupNames' | 'groupIds' | 'pronounIds' | 'averageLength' | 'maxTfWeight' | 'kinds' | 'nameTerms' | 'spelled' | 'termIds' | 'starts' | 'entries' | 'spreads' | 'meanings' | 'words'
>;

/** A story's index, made at once; `shared`: the numbering and vocabulary of the stories indexed with it. */
export function buildIndex(story: Story, shared: Shared = { dictionary: new Dictionary(), vocabulary: new Speller() }): StoryIndex {
  return runSteps(indexSteps(story, shared));
}

/** A story's index, made a passage (or a stretch of terms) a step, so that a live reload can give way between them. */
export function* indexSteps(story: Story, shared: Shared): Steps<StoryIndex> {
  const { dictionary, vocabulary } = shared;
  const id = (term: string) => dictionary.add(term);
  const counts = new Map<number, Map<number, number>>();
  const post = (term: number, passage: number) => {
    let m = counts.get(term);
    if (!m) counts.set(term, (m = new Map()));
    m.set(passage, (m.get(passage) ?? 0) + 1);
  };
  const groups = aliasGroups(story);
  const tokenized = story.passages.map((p) => tokenize(p.text));
  yield;
  const names = nameWords(story.passages.map((p) => ({ text: p.text, tokens: tokenized[p.id]! })));
  const datesOf = new Map<number, StoryEvent[]>();
  for (const e of story.events) {
    const dates = datesOf.get(e.passage);
    if (dates) dates.push(e);
    else datesOf.set(e.passage, [e]);
  }
  const words: number[] = [];
  const passages: IndexedPassage[] = [];
  for (const p of story.passages) {
    yield;
    const tokens = tokenized[p.id]!;
    let length = 0;
    for (const t of tokens) {
      if (isStopword(t)) continue;
      length++;
      post(id(t.term), p.id);
      if (isStemmed(t)) post(id(exactTerm(t.word)), p.id);
      for (const f of familiesOf(t.term)) post(id(f.term), p.id);
      const capital = capitalOf(t.term);
      if (capital !== undefined) post(id(capital), p.id);
      if (!t.numeric) words.push(vocabulary.add(t.word));
    }
    const dates = datesOf.get(p.id) ?? [];
    const time = timeOf(story.meta.published, dates, tokens);
    const later = dates.length > 0 && dates.every((e) => isAfterPublication(e.date, story.meta.published));
    const reported = reportDated(p, tokens, dates);
    const counts = new Set(countedNouns(tokens, p.text).flatMap((noun) => noun.map((w) => termOf(singularOf(w)))));
    passages.push({
      terms: Int32Array.from(tokens, (t) => id(t.term)),
      length,
      paragraph: p.paragraph,
      refersBack: refersBack(tokens),
      ...quotedWords(story, p, tokens),
      offers: offeredKinds(tokens, names, story, p.id, id),
      ...(time && { time }),
      ...(later && { later }),
      ...(reported && { reported }),
      ...(counts.size > 0 && { counts }),
    });
  }
  // Whose words each passage quotes, as the knowledge layer attributes them.
  const groupOf = new Map(groups.flatMap((g, i) => (g.entity ? [[g.entity, i] as const] : [])));
  const speakers = new Map<number, Set<number>>();
  for (const q of story.quotes) {
    const g = q.speaker === undefined ? undefined : groupOf.get(q.speaker);
    if (g === undefined || !passages[q.passage]) continue;
    if (!speakers.has(q.passage)) speakers.set(q.passage, new Set());
    speakers.get(q.passage)!.add(g);
  }
  for (const [p, groups] of speakers) passages[p]!.speakers = groups;
  const groupNames = groups.map((g) => g.names.map((name) => Int32Array.from(name, id)));
  const groupIds = groups.map((_, g) => id(groupTerm(g)));
  const pronounIds = groups.map((_, g) => id(pronounTerm(g)));
  // Where each group is named (the knowledge layer's passages, and wherever a name of it stands), and where a pronoun stands for it.
  for (const [g, group] of groups.entries()) {
    yield;
    const named = new Set(group.passages);
    passages.forEach((p, i) => {
      if (groupNames[g]!.some((name) => findName(p.terms, name).length > 0)) named.add(i);
    });
    for (const i of named) post(groupIds[g]!, i);
    for (const i of group.pronouns) post(pronounIds[g]!, i);
    for (const word of group.words) words.push(vocabulary.add(word));
  }
  yield;
  // Words that count or order ("eight", "second") are near too many others in meaning to stand in for them.
  const meaningful = (t: Token) => !isStopword(t) && !t.numeric && !t.acronym && t.word.length > 2 && !NUMBER_WORDS.has(t.word) && !ORDINAL_WORDS.has(t.word);
  const meanings = new NearWords([...new Set(tokenized.flat().filter(meaningful).map((t) => t.word))]);
  yield;
  const nameTerms = new Set<number>();
  const addName = (text: string) => {
    for (const t of tokenize(text)) if (!isStopword(t)) nameTerms.add(id(t.term));
  };
  for (const e of story.entities) for (const n of [e.name, ...e.aliases]) if (/^\p{Lu}/u.test(n)) addName(n);
  for (const source of story.sources) addName(source.name);
  const spelled = new Map<string, string>();
  for (const name of [...story.entities.flatMap((e) => [e.name, ...e.aliases]), ...story.sources.map((s) => s.name)]) {
    const initials = name.match(/(?<![\p{L}\p{N}'’])\p{Lu}/gu)?.join('').toLowerCase();
    if (initials && initials.length >= 2 && !spelled.has(initials)) spelled.set(initials, name);
  }
  yield;
  // Words of longer names, countries, and any word written with a capital inside a sentence ("in
  // Barcelona"), not shouted ("STOP BUYING OIL").
  tokenized.forEach((tokens, p) => {
    const text = story.passages[p]!.text;
    for (const t of tokens) {
      const capitalised = /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.end));
      // A sentence may open inside the passage: a quote's second sentence, or one that opens a quote ("“Together, we...").
      const opens = t.pos === 0 || SENTENCE_START.test(text.slice(Math.max(0, t.start - 4), t.start));
      const inside = capitalised && !opens && !isStopword(t) && !MONTHS.has(t.word) && !WEEKDAYS.has(t.word);
      // A word in a run of capitals is shouted ("NO DEAL WITHOUT WAGES"), no name.
      const shouted = !t.acronym && /^\p{Lu}{2,}$/u.test(text.slice(t.start, t.end));
      if (shouted) continue;
      if (names.has(t.word) || (t.capital && COUNTRY_WORDS.has(t.word)) || inside) nameTerms.add(id(t.term));
    }
  });
  // A word the story also writes in lower case ("the river", beside "Millbrook River") is a common
  // noun, a title ("Fire Chief Marcus Bell") a role, and a word that says a name is an outlet's ("the Irish
  // Times") an everyday word a question uses for itself ("the last time").
  // (Not the particles inside a name, "Martijn van Dongen", "Henrik van der Laan": they are the name's, no lower-case use.)
  const particle = (tokens: readonly Token[], k: number) => {
    const inRun = (at: number) => NAME_PARTICLES.has(tokens[at]?.word ?? '') && tokens[at]?.capital === false;
    if (!inRun(k)) return false;
    let from = k;
    let to = k;
    while (inRun(from - 1)) from--;
    while (inRun(to + 1)) to++;
    return tokens[from - 1]?.capital === true && tokens[to + 1]?.capital === true;
  };
  for (const tokens of tokenized) {
    for (const [k, t] of tokens.entries()) {
      if ((!t.capital && !t.numeric && !particle(tokens, k)) || ROLE_TITLES.has(t.word) || ROLE_MODIFIERS.has(t.word) || MEDIA_WORDS.has(t.word)) nameTerms.delete(id(t.term));
    }
  }
  yield;

  const total = passages.reduce((sum, p) => sum + p.length, 0);
  const averageLength = Math.max(1, total / Math.max(1, passages.length));
  const termIds = Int32Array.from(counts.keys()).sort();
  const starts = new Int32Array(termIds.length + 1);
  const entries: number[] = [];
  let maxTfWeight = 0;
  for (const [i, term] of termIds.entries()) {
    if (i % TERMS_A_STEP === 0) yield;
    for (const [passage, count] of [...counts.get(term)!].sort((a, b) => a[0] - b[0])) {
      const c = Math.min(count, COUNTS - 1);
      entries.push(passage * COUNTS + c);
      maxTfWeight = Math.max(maxTfWeight, tfWeight(c, passages[passage]!.length, averageLength));
    }
    starts[i + 1] = entries.length;
  }
  const n = passages.length;
  const blocks = Math.min(BLOCKS, n);
  const spreads = new Float32Array(termIds.length);
  for (let i = 0; i < termIds.length; i++) {
    if (i % TERMS_A_STEP === 0) yield;
    const seen = new Set<number>();
    for (let k = starts[i]!; k < starts[i + 1]!; k++) seen.add(Math.floor((Math.floor(entries[k]! / COUNTS) * blocks) / n));
    spreads[i] = blocks > 0 ? seen.size / blocks : 0;
  }
  const kinds = new Set(passages.flatMap((p) => Object.keys(p.offers) as AnswerKind[]));
  return new StoryIndex(story, shared, {
    passages,
    groups,
    groupNames,
    groupIds,
    pronounIds,
    averageLength,
    maxTfWeight,
    kinds,
    nameTerms,
    spelled,
    termIds,
    starts,
    entries: Int32Array.from(entries),
    spreads,
    meanings,
    words: new WordSet(words),
  });
}
