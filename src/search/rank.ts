/**
 * Ranking a story's passages for a question, by evidence:
 * - BM25 per topic word of the question, through its best term: the word, a correction, a related
 *   form, a word of its family, an alias or a pronoun that stands for the person;
 * - context: a word missing from a sentence but found in the one before or after counts for part
 *   of its weight, more when the sentence opens by pointing back ("It was held in ...");
 * - proximity: question words close together in the passage, in the question's order;
 * - the kind of answer: a date for "when", a name for "who", a number for "how many", a place for
 *   "where", a reason for "why", one that the question does not already name.
 * Scores are shares of the question's weight: 1 is about every topic word found in the passage.
 * The constants were set on the development questions (shared/eval/story-dev.json and
 * scripts/dev-stories.json).
 */
import { givesKind } from './answer-kinds.js';
import type { Query, Slot } from './question.js';
import type { StoryIndex } from './story-index.js';

/** Share of a word's weight that the next or previous sentence of the same paragraph lends. */
const NEIGHBOUR = 0.3;
/** What the sentence before lends when this one opens with "He", "It", "This"... */
const REFERS_BACK = 0.5;
/** Across a paragraph break, a neighbour lends this share of what it would lend within one. */
const ACROSS_PARAGRAPHS = 0.5;
/** Bonus, as a share of the lesser word's weight, for two question words side by side, in order. */
const PROXIMITY = 0.25;
/** Distance in words at which the proximity bonus has halved. */
const PROXIMITY_HALF = 4;
/** Bonus for giving the kind of answer the question wants. */
const KIND = 0.6;

/** How much each term weighs for this question: rarity in the story, or among all stories. */
export interface Weights {
  idf(term: number): number;
  has(term: number): boolean;
  /** Weight of a topic word no story holds, in the total that scores are shares of (a name's or a number's, which are not paraphrased). */
  unknown: number;
  unknownLiteral: number;
}

export interface Ranked {
  passage: number;
  /** Higher is better. */
  score: number;
  /** Share of the question's weight the passage itself holds (no context, no bonus). */
  coverage: number;
}

/** The question's total weight: each topic word at its best term's weight. */
export function totalWeight(slots: readonly Slot[], weights: Weights): number {
  let total = 0;
  for (const slot of slots) {
    let best = 0;
    for (const a of slot.alternatives) if (a.kind === 'word' && weights.has(a.id)) best = Math.max(best, a.weight * weights.idf(a.id));
    total += best > 0 ? best : slot.literal ? weights.unknownLiteral : weights.unknown;
  }
  return total;
}

/**
 * The most a story could score for the question: each word at its best term's weight and count,
 * proximity if two words are there, the kind bonus if any passage gives that kind.
 */
export function scoreBound(index: StoryIndex, query: Query, weights: Weights, total: number): number {
  let sum = 0;
  let present = 0;
  for (const slot of query.slots) {
    let best = 0;
    for (const a of slot.alternatives) {
      if (index.has(a.id)) best = Math.max(best, a.weight * (a.kind === 'alias' ? index.idf(a.id) : weights.idf(a.id)));
    }
    sum += best;
    if (best > 0) present++;
  }
  const proximity = present > 1 ? 1 + PROXIMITY : 1;
  const kind = query.wants && index.kinds.has(query.wants) ? 1 + KIND : 1;
  return (sum * index.maxTfWeight * proximity * kind) / total;
}

/** Bonus for each matched question word and the next matched one standing close in the passage. */
function proximityBonus(terms: Int32Array, slots: readonly Slot[], own: Float64Array, base: number): number {
  let bonus = 0;
  let previous: { value: number; at: number[] } | undefined;
  for (let s = 0; s < slots.length; s++) {
    const value = own[base + s]!;
    if (value === 0) continue;
    const at: number[] = [];
    for (let i = 0; i < terms.length; i++) if (slots[s]!.alternatives.some((a) => a.id === terms[i])) at.push(i);
    if (at.length === 0) continue;
    if (previous) {
      let closeness = 0;
      for (const x of previous.at) {
        for (const y of at) {
          if (x === y) continue;
          // Full when side by side in the question's order, half in the other order.
          closeness = Math.max(closeness, (y > x ? 1 : 0.5) / (1 + (Math.abs(y - x) - 1) / PROXIMITY_HALF));
        }
      }
      bonus += PROXIMITY * closeness * Math.min(previous.value, value);
    }
    previous = { value, at };
  }
  return bonus;
}

/** The story's passages that hold any of the question's evidence, best first. */
export function rankPassages(index: StoryIndex, query: Query, weights: Weights, total: number): Ranked[] {
  const { passages } = index;
  const slots = [...query.slots].sort((x, y) => x.pos - y.pos);
  const n = passages.length;
  const width = slots.length;
  if (width === 0 || total === 0 || n === 0) return [];
  // own[p * width + s]: the best evidence for slot s in passage p alone.
  const own = new Float64Array(n * width);
  const touched = new Uint8Array(n);
  slots.forEach((slot, s) => {
    for (const a of slot.alternatives) {
      const w = a.weight * (a.kind === 'alias' ? index.idf(a.id) : weights.idf(a.id));
      index.postings(a.id, (p, tf) => {
        const v = w * tf;
        if (v > own[p * width + s]!) own[p * width + s] = v;
        touched[p] = 1;
      });
    }
  });
  const lends = (p: number, q: number) => {
    if (q < 0 || q >= n || !touched[q]) return 0;
    // A sentence that opens with "He", "It", "This"... is about what the one before named.
    const share = q === p - 1 && passages[p]!.refersBack ? REFERS_BACK : NEIGHBOUR;
    return passages[q]!.paragraph === passages[p]!.paragraph ? share : share * ACROSS_PARAGRAPHS;
  };
  const ranked: Ranked[] = [];
  for (let p = 0; p < n; p++) {
    const passage = passages[p]!;
    const prev = lends(p, p - 1);
    const next = lends(p, p + 1);
    let score = 0;
    let held = 0;
    let matched = 0;
    for (let s = 0; s < width; s++) {
      const v = own[p * width + s]!;
      const lent = Math.max(prev * (prev ? own[(p - 1) * width + s]! : 0), next * (next ? own[(p + 1) * width + s]! : 0));
      score += Math.max(v, lent);
      held += v;
      if (v > 0) matched++;
    }
    if (score === 0) continue;
    if (matched > 1) score += proximityBonus(passage.terms, slots, own, p * width);
    if (query.wants && givesKind(passage.offers, query.wants, query.named)) score *= 1 + KIND;
    ranked.push({ passage: p, score: score / total, coverage: Math.min(1, held / total) });
  }
  return ranked.sort((a, b) => b.score - a.score || a.passage - b.passage);
}
