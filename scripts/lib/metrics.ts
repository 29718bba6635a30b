/** Retrieval figures: hit@1, hit@3 and MRR over the first 10, of rankers on question cases. */
import type { Passage } from '../../src/knowledge/story.js';

/** A question asked of one story, and how to tell a passage that answers it. */
export interface Case {
  story: string;
  question: string;
  answers(passage: Passage): boolean;
  /** The words that answer, where the set gives them (SQuAD form). */
  gold?: string[];
}

/** Anything that ranks a story's passages for a question, best first. */
export interface Ranker {
  name: string;
  rank(question: string, story: string): readonly Passage[];
}

export interface Figures {
  questions: number;
  hit1: number;
  hit3: number;
  mrr: number;
}

/** MRR counts an answer found within this many passages. */
export const MRR_DEPTH = 10;

/** 1-based rank of the first answering passage within the depth, or undefined. */
export function firstAnswer(ranked: readonly Passage[], c: Case): number | undefined {
  const i = ranked.slice(0, MRR_DEPTH).findIndex((p) => c.answers(p));
  return i < 0 ? undefined : i + 1;
}

export function figures(ranks: readonly (number | undefined)[]): Figures {
  const n = ranks.length;
  const share = (f: (r: number | undefined) => number) => (n === 0 ? 0 : ranks.reduce<number>((s, r) => s + f(r), 0) / n);
  return {
    questions: n,
    hit1: share((r) => (r === 1 ? 1 : 0)),
    hit3: share((r) => (r !== undefined && r <= 3 ? 1 : 0)),
    mrr: share((r) => (r === undefined ? 0 : 1 / r)),
  };
}

export function measure(ranker: Ranker, cases: readonly Case[]): Figures {
  return figures(cases.map((c) => firstAnswer(ranker.rank(c.question, c.story), c)));
}
