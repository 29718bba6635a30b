/**
 * The retriever `/ask` uses: every story indexed once at start-up; a question is read against the
 * story it is scoped to (or all stories), its passages ranked by evidence, and the answer flagged
 * as unanswered when even the best passage holds too little of what the question asks about.
 */
import type { Story } from '../knowledge/story.js';
import { idf, smoothedIdf } from './bm25.js';
import { Corpus } from './corpus.js';
import { type Query, readQuestion, withAliases } from './question.js';
import { rankPassages, type Ranked, scoreBound, totalWeight, type Weights } from './rank.js';
import type { Answer, AskOptions, Retriever } from './retriever.js';
import type { StoryIndex } from './story-index.js';

/**
 * A topic word found nowhere weighs this share of a word found in one passage only: a question
 * about something the story never names is less answered, but paraphrase is common.
 */
const UNKNOWN_SHARE = 0.5;
/** The best passage must hold this share of the question's weight to answer it. */
const ANSWERED = 0.35;
/** Passages' worth of prior belief that a term is as common in a story as in all stories. */
const PRIOR = 10;

/** Weights for a question about one story: rarity in it, smoothed toward all stories. */
function storyWeights(index: StoryIndex, corpus: Corpus): Weights {
  const n = index.passages.length;
  return {
    idf: (t) => smoothedIdf(n, index.df(t), corpus.rate(t), PRIOR),
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

interface Found extends Ranked {
  index: StoryIndex;
}

function answer(found: readonly Found[], limit: number): Answer {
  const top = [...found].sort((a, b) => b.score - a.score).slice(0, limit);
  return {
    hits: top.map((f) => ({ story: f.index.story, passage: f.index.story.passages[f.passage]!, score: f.score })),
    answered: top.length > 0 && top[0]!.coverage >= ANSWERED,
  };
}

/**
 * The best passages of all stories: stories are ranked in the order of the most they could score,
 * and the rest skipped once that cannot reach the top `limit`.
 */
function searchAll(corpus: Corpus, query: Query, limit: number): Found[] {
  const weights = corpusWeights(corpus);
  const total = totalWeight(query.slots, weights);
  const candidates = corpus
    .storiesWith(query.slots.flatMap((s) => s.alternatives.map((a) => a.id)))
    .map((index) => {
      const q = withAliases(query, index);
      return { index, query: q, bound: scoreBound(index, q, weights, total) };
    })
    .sort((a, b) => b.bound - a.bound);
  const found: Found[] = [];
  for (const c of candidates) {
    if (found.length >= limit && c.bound <= found[limit - 1]!.score) break;
    for (const r of rankPassages(c.index, c.query, weights, total).slice(0, limit)) found.push({ ...r, index: c.index });
    found.sort((a, b) => b.score - a.score);
    found.length = Math.min(found.length, limit);
  }
  return found;
}

export function createRetriever(stories: readonly Story[]): Retriever {
  const corpus = new Corpus(stories);
  return {
    ask(question: string, options: AskOptions = {}): Answer {
      const limit = options.limit ?? 5;
      const only = options.story === undefined ? (corpus.indexes.length === 1 ? corpus.indexes[0] : undefined) : corpus.byId.get(options.story);
      if (options.story !== undefined && !only) return { hits: [], answered: false };
      if (!only) return answer(searchAll(corpus, readQuestion(question, corpus), limit), limit);
      const query = withAliases(readQuestion(question, corpus.lexicon(only)), only);
      const weights = storyWeights(only, corpus);
      const ranked = rankPassages(only, query, weights, totalWeight(query.slots, weights));
      return answer(
        ranked.slice(0, limit).map((r) => ({ ...r, index: only })),
        limit,
      );
    },
  };
}
