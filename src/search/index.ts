/**
 * The retriever `/ask` uses: every story indexed once at start-up; a question is read against the
 * story it is scoped to (or all stories), its passages ranked by evidence, and the answer flagged
 * as unanswered when even the best passage holds too little of what the question asks about.
 */
import type { Story } from '../knowledge/story.js';
import { idf, smoothedIdf } from './bm25.js';
import { Corpus } from './corpus.js';
import { type Query, readQuestion, withAliases } from './question.js';
import { rankPassages, type Ranked, scoreBound, totalWeight, type Tuning, TUNING, type Weights } from './rank.js';
import type { Answer, AskOptions, Retriever } from './retriever.js';
import type { StoryIndex } from './story-index.js';

/** When the best passage answers, fitted on the development questions by scripts/fit-rank.ts. */
export interface AnswerRule {
  /**
   * A topic word found nowhere weighs this share of a word found in one passage only: a question
   * about something the story never names is less answered, but paraphrase is common.
   */
  unknownShare: number;
  /** The best passage (with its neighbours) must hold this share of the question's weight, each word once... */
  covered: number;
  /** ...and lack no question word heavier than this share of the question's weight. */
  missing: number;
  /** What the best passage must hold more when it does not give the kind of answer wanted ("who" and no name). */
  unkinded: number;
}

export const ANSWER_RULE: Readonly<AnswerRule> = { unknownShare: 0.5, covered: 0.35, missing: 0.5, unkinded: 0.3 };

/** What scripts/fit-rank.ts varies: the ranking's constants and the answer rule. */
export type Settings = Tuning & AnswerRule;

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
function storyWeights(index: StoryIndex, corpus: Corpus, unknownShare: number, tuning: Tuning): Weights {
  const n = index.passages.length;
  return {
    idf: (t) => smoothedIdf(n, index.df(t), corpus.rate(t), PRIOR) * topicShare(index.spread(t), tuning),
    has: (t) => index.has(t),
    unknown: unknownShare * idf(n, 0),
    unknownLiteral: idf(n, 0),
  };
}

/** Weights for a question about every story: rarity among all passages. */
function corpusWeights(corpus: Corpus, unknownShare: number): Weights {
  const unknown = idf(corpus.size, 0);
  return { idf: (t) => corpus.idf(t), has: (t) => corpus.holds(t), unknown: unknownShare * unknown, unknownLiteral: unknown };
}

interface Found extends Ranked {
  index: StoryIndex;
}

/** Whether the best passage answers the question. */
export function answers(best: Ranked, rule: AnswerRule): boolean {
  return best.covered >= rule.covered + (best.gives ? 0 : rule.unkinded) && best.missing <= rule.missing;
}

function answer(found: readonly Found[], limit: number, rule: AnswerRule): Answer {
  const top = [...found].sort((a, b) => b.score - a.score).slice(0, limit);
  return {
    hits: top.map((f) => ({ story: f.index.story, passage: f.index.story.passages[f.passage]!, score: f.score })),
    answered: top.length > 0 && answers(top[0]!, rule),
  };
}

/**
 * The best passages of all stories: stories are ranked in the order of the most they could score,
 * and the rest skipped once that cannot reach the top `limit`.
 */
function searchAll(corpus: Corpus, query: Query, limit: number, tuning: Tuning, rule: AnswerRule): Found[] {
  const weights = corpusWeights(corpus, rule.unknownShare);
  const total = totalWeight(query.slots, weights);
  const candidates = corpus
    .storiesWith(query.slots.flatMap((s) => s.alternatives.map((a) => a.id)))
    .map((index) => {
      const q = withAliases(query, index);
      return { index, query: q, bound: scoreBound(index, q, weights, total, tuning) };
    })
    .sort((a, b) => b.bound - a.bound);
  const found: Found[] = [];
  for (const c of candidates) {
    if (found.length >= limit && c.bound <= found[limit - 1]!.score) break;
    for (const r of rankPassages(c.index, c.query, weights, total, tuning).slice(0, limit)) found.push({ ...r, index: c.index });
    found.sort((a, b) => b.score - a.score);
    found.length = Math.min(found.length, limit);
  }
  return found;
}

/** A story's passages ranked for a question, best first (scripts/fit-rank.ts reads their evidence). */
export type StoryRanker = (question: string, story: string) => Ranked[];

function storyRanker(corpus: Corpus, tuning: Tuning, rule: AnswerRule) {
  return (question: string, only: StoryIndex): Ranked[] => {
    const query = withAliases(readQuestion(question, corpus.lexicon(only)), only);
    const weights = storyWeights(only, corpus, rule.unknownShare, tuning);
    return rankPassages(only, query, weights, totalWeight(query.slots, weights), tuning);
  };
}

/** For scripts/fit-rank.ts: the ranking of one story's passages, with the evidence the answer rule reads. */
export function createStoryRanker(stories: readonly Story[], settings: Partial<Settings> = {}): StoryRanker {
  const corpus = new Corpus(stories);
  const rank = storyRanker(corpus, { ...TUNING, ...settings }, { ...ANSWER_RULE, ...settings });
  return (question, story) => rank(question, corpus.byId.get(story)!);
}

/** `settings` only for scripts/fit-rank.ts: the app uses the fitted constants. */
export function createRetriever(stories: readonly Story[], settings: Partial<Settings> = {}): Retriever {
  const corpus = new Corpus(stories);
  const tuning: Tuning = { ...TUNING, ...settings };
  const rule: AnswerRule = { ...ANSWER_RULE, ...settings };
  const rank = storyRanker(corpus, tuning, rule);
  return {
    ask(question: string, options: AskOptions = {}): Answer {
      const limit = options.limit ?? 5;
      const only = options.story === undefined ? (corpus.indexes.length === 1 ? corpus.indexes[0] : undefined) : corpus.byId.get(options.story);
      if (options.story !== undefined && !only) return { hits: [], answered: false };
      if (!only) return answer(searchAll(corpus, readQuestion(question, corpus), limit, tuning, rule), limit, rule);
      return answer(
        rank(question, only)
          .slice(0, limit)
          .map((r) => ({ ...r, index: only })),
        limit,
        rule,
      );
    },
  };
}
