/**
 * The retriever `/ask` uses: every story indexed once at start-up; a question is read against the
 * story it is scoped to (or all stories), its passages ranked by evidence, and the answer flagged
 * as unanswered when even the best passage holds too little of what the question asks about.
 */
import type { Story } from '../knowledge/story.js';
import { idf, smoothedIdf } from './bm25.js';
import { buildCorpus, type Corpus, corpusSteps } from './corpus.js';
import { asFounding, foundingOf, isBodyNoun, toldOfFounding } from './founding.js';
import { isVague, type Query, readQuestion, type Slot, withAliases } from './question.js';
import { rankPassages, type Ranked, scoreBound, totalWeight, type Tuning, TUNING, type Weights } from './rank.js';
import type { Answer, AskOptions, Hit, Retriever, WithheldWords } from './retriever.js';
import { type Evidence, gather, judge, type Verdict, VERDICT_RULE, type VerdictRule, type WithheldClause } from './verdict.js';
import type { StoryIndex } from './story-index.js';
import { runSteps, type Steps } from '../steps.js';

/**
 * A topic word found nowhere weighs this share of a word found in one passage only: a question
 * about something the story never names is less answered, but paraphrase is common.
 */
const UNKNOWN_SHARE = 0.5;

/** What the fitting scripts vary: the ranking's constants (scripts/fit-rank.ts) and the verdict's (scripts/fit-verdict.ts). */
export type Settings = Tuning & VerdictRule;

/** Passages' worth of prior belief that a term is as common in a story as in all stories. */
const PRIOR = 10;

/**
 * What a term found all through the story keeps of its weight: it names what the story is about
 * (its subject, often written out in some sentences and "it" in the rest), so it tells little of
 * which sentence answers.
 */
function topicShare(spread: number, tuning: Tuning): number {
  return 1 - tuning.topic * Math.max(0, (spread - tuning.topicFrom) / (1 - tuning.topicFrom));
}

/** Weights for a question about one story: rarity in it, smoothed toward all stories. */
function storyWeights(index: StoryIndex, corpus: Corpus, tuning: Tuning): Weights {
  const n = index.passages.length;
  return {
    idf: (t) => smoothedIdf(n, index.df(t), corpus.rate(t), PRIOR) * topicShare(index.spread(t), tuning),
    has: (t) => index.has(t),
    unknown: UNKNOWN_SHARE * idf(n, 0),
    unknownLiteral: idf(n, 0),
  };
}

/** Weights for a question about every story: rarity among all passages. */
function corpusWeights(corpus: Corpus): Weights {
  const unknown = idf(corpus.size, 0);
  return { idf: (t) => corpus.idf(t), has: (t) => corpus.holds(t), unknown: UNKNOWN_SHARE * unknown, unknownLiteral: unknown };
}

/** A passage ranked in its own story, when a question is asked of every story. */
interface RankedIn extends Ranked {
  index: StoryIndex;
}

function hit(index: StoryIndex, r: Ranked): Hit {
  return { story: index.story, passage: index.story.passages[r.passage]!, score: r.score };
}

/** The words of a passage that say what is asked was kept back. */
function withheldWords(index: StoryIndex, clause: WithheldClause): WithheldWords {
  const passage = index.story.passages[clause.passage]!;
  return { text: passage.text.slice(clause.start, clause.end), story: index.story, passage, start: clause.start, end: clause.end };
}

/** The answer for a question about one story: its passages (the answering one first) and the verdict. */
function answerOf(index: StoryIndex, query: Query, ranked: readonly Ranked[], verdict: Verdict, limit: number): Answer {
  const { story } = index;
  const span = verdict.answer;
  return {
    hits: ranked.slice(0, limit).map((r) => hit(index, r)),
    answered: verdict.outcome === 'answered',
    outcome: verdict.outcome,
    ...(span && {
      answer: {
        text: span.text,
        kind: span.kind,
        story,
        passage: story.passages[span.passage]!,
        start: span.start,
        end: span.end,
        ...(span.date && { date: span.date }),
      },
    }),
    ...(query.asked.kind && { wants: query.asked.kind }),
    missing: verdict.missing,
    mentioned: verdict.mentioned,
    about: ranked.filter((r) => verdict.about.includes(r.passage)).map((r) => hit(index, r)),
    ...(verdict.withheld && { withheld: withheldWords(index, verdict.withheld) }),
    corrected: query.corrected,
  };
}

/**
 * The answer to a question no story holds a word of ("who was the judge", "when did it happen" among several
 * stories): none speaks of its subject, whichever was loaded first, so every word it names is missing. (Over every
 * story, words are not matched by meaning: see Corpus.similar.)
 */
function unmentioned(query: Query): Answer {
  const missing = query.slots.map((s) => query.typed[s.pos]!).filter((word) => !isVague(word));
  return { hits: [], answered: false, outcome: 'unknown', ...(query.asked.kind && { wants: query.asked.kind }), missing, mentioned: [], about: [], corrected: query.corrected };
}

/**
 * The best passages of all stories: stories are ranked in the order of the most they could score,
 * and the rest skipped once that cannot reach the top `limit`.
 */
function searchAll(corpus: Corpus, query: Query, limit: number, tuning: Tuning): RankedIn[] {
  const weights = corpusWeights(corpus);
  const total = totalWeight(query.slots, weights);
  const candidates = corpus
    .storiesWith(query.slots.flatMap((s) => s.alternatives.map((a) => a.id)))
    .map((index) => {
      const q = withAliases(query, index);
      return { index, query: q, bound: scoreBound(index, q, weights, total, tuning) };
    })
    .sort((a, b) => b.bound - a.bound);
  const found: RankedIn[] = [];
  for (const c of candidates) {
    if (found.length >= limit && c.bound <= found[limit - 1]!.score) break;
    for (const r of rankPassages(c.index, c.query, weights, total, tuning).slice(0, limit)) found.push({ ...r, index: c.index });
    found.sort((a, b) => b.score - a.score);
    found.length = Math.min(found.length, limit);
  }
  return found;
}

interface Analysis {
  query: Query;
  ranked: Ranked[];
}

function storyRanker(corpus: Corpus, tuning: Tuning) {
  return (question: string, only: StoryIndex): Analysis => {
    const query = withAliases(readQuestion(question, corpus.lexicon(only)), only);
    const weights = storyWeights(only, corpus, tuning);
    return { query, ranked: rankPassages(only, query, weights, totalWeight(query.slots, weights), tuning) };
  };
}

/** For scripts/fit-verdict.ts: the evidence the verdict reads, for one story's question. */
export function createEvidence(stories: readonly Story[]): (question: string, story: string) => { evidence: Evidence } {
  const corpus = buildCorpus(stories);
  const rank = storyRanker(corpus, TUNING);
  return (question, story) => {
    const index = corpus.byId.get(story)!;
    const { query, ranked } = rank(question, index);
    return { evidence: gather(index, query, ranked) };
  };
}

/** Each retriever's corpus, so that a live reload can keep the indexes of the stories that did not change. */
const corpora = new WeakMap<Retriever, Corpus>();

/** `settings` only for scripts/fit-rank.ts: the app uses the fitted constants. */
export function createRetriever(stories: readonly Story[], settings: Partial<Settings> = {}): Retriever {
  return runSteps(retrieverSteps(stories, settings));
}

/**
 * A retriever made in steps (a live reload runs them in slices). `previous`, the retriever before
 * a live reload: unchanged stories keep their indexes.
 */
export function* retrieverSteps(stories: readonly Story[], settings: Partial<Settings> = {}, previous?: Retriever): Steps<Retriever> {
  const corpus = yield* corpusSteps(stories, previous && corpora.get(previous));
  const tuning: Tuning = { ...TUNING, ...settings };
  const rank = storyRanker(corpus, tuning);
  const verdictRule: VerdictRule = { ...VERDICT_RULE, ...settings };
  const asked = (question: string, index: StoryIndex, limit: number): { query: Query; answer: Answer } => {
    const { query, ranked } = rank(question, index);
    return { query, answer: answerOf(index, query, ranked, judge(index, query, ranked, verdictRule), limit) };
  };
  const about = (question: string, index: StoryIndex, limit: number): Answer => {
    const typed = asked(question, index, limit).answer;
    // "how old is the brewery", "when did the college open": its founding, where the story tells one (founding.ts).
    const { verb, people } = foundingOf(index.story);
    const founding = verb && asFounding(question, verb, !typed.answered, people);
    if (!founding) return typed;
    const { query, answer: read } = asked(founding, index, limit);
    const words = read.answer;
    if (!(read.answered && words && toldOfFounding(words.passage.text, words.start, words.end, verb))) return typed;
    // The body asked about is named where the founding is told, by a word, a form of it or a name that stands for it
    // ("when did the strike start": not the founding of the union that called it).
    // ("when was the firm set up": "Founded in 1962 …, Quillfen grew", a body the passage names, by a noun for a body.)
    const bodyNamed = index.story.entities.some((e) => e.kind === 'body' && e.passages.includes(words.passage.id));
    const named = (slot: Slot) => {
      if (bodyNamed && isBodyNoun(query.typed[slot.pos]!)) return true;
      let held = false;
      for (const a of slot.alternatives) if (a.kind !== 'meaning' && a.id >= 0) index.postings(a.id, (p) => (held ||= p === words.passage.id));
      return held;
    };
    const body = query.slots.filter((s) => !verb.split(' ').includes(query.typed[s.pos]!));
    // ("when did it start": no body named, and a story's "it" is mostly its subject, not the body founded.)
    return body.length > 0 && body.every(named) ? read : typed;
  };
  const retriever: Retriever = {
    ask(question: string, options: AskOptions = {}): Answer {
      const limit = options.limit ?? 5;
      const only = options.story === undefined ? (corpus.indexes.length === 1 ? corpus.indexes[0] : undefined) : corpus.byId.get(options.story);
      if (options.story !== undefined && !only) return { hits: [], answered: false, outcome: 'unknown', missing: [], mentioned: [], about: [], corrected: [] };
      if (only) return about(question, only, limit);
      // Every story: the best passages of all, and the verdict of the story the best one is from.
      const query = readQuestion(question, corpus);
      const found = searchAll(corpus, query, limit, tuning);
      if (found.length === 0) return unmentioned(query);
      const best = about(question, found[0]!.index, limit);
      const lead = best.hits[0];
      const rest = found.map((f) => hit(f.index, f)).filter((h) => !(lead && h.story === lead.story && h.passage === lead.passage));
      return { ...best, hits: [...(lead ? [lead] : []), ...rest].slice(0, limit) };
    },
  };
  corpora.set(retriever, corpus);
  return retriever;
}
