/**
 * Whether the story answers a question, and if not, what it lacks. Names only give the topic; the
 * other words of the question are its focus (what it asks about: an age, casualties, a visit), and
 * a passage answers only when it, or the sentence beside it, holds that focus and, for a question
 * that asks for something specific, words of that kind (src/search/answer.ts).
 *
 * Three outcomes: the story answers; the story talks about the subject but not what was asked
 * (`missing` says which words it never uses, `about` which passages speak of the subject); the
 * story does not mention the subject at all.
 */
import { type AnswerSpan, answerIn } from './answer.js';
import type { Query, Slot } from './question.js';
import type { Ranked } from './rank.js';
import type { StoryIndex } from './story-index.js';
import { rarity } from './frequency.js';

export type Outcome = 'answered' | 'unanswered' | 'unknown';

export interface Verdict {
  outcome: Outcome;
  answer?: AnswerSpan;
  /** Words of the question the story says nothing about (when it does not answer). */
  missing: string[];
  /** Words of the question the story uses (when it does not answer). */
  mentioned: string[];
  /** Passages that mention the question's subject, in story order (when it does not answer). */
  about: number[];
  /** The passages to show, best first: the answering one leads. */
  order: Ranked[];
}

/** When the story answers, fitted on the reader-style development questions (scripts/fit-verdict.ts). */
export interface VerdictRule {
  /** Share of the focus (by rarity) the answering passage, or a sentence beside it, must hold. */
  focus: number;
  /** Rarity of the rarest focus word the story never uses, above which the story does not answer. */
  absent: number;
  /** Least share of the whole question's weight (names included) the passage must hold. */
  covered: number;
  /** Least score of the answer words, for a question that asks for something specific. */
  candidate: number;
  /** Among the first passages, what the answer words' score and the focus held add to the ranking's score (as a share of the best). */
  byAnswer: number;
  byFocus: number;
}

export const VERDICT_RULE: Readonly<VerdictRule> = { focus: 0.3, absent: 1, covered: 0.35, candidate: 0.4, byAnswer: 0.25, byFocus: 0.5 };

/** Rarity's worth of focus taken as held in every passage, so that a focus of common words decides little. */
const FOCUS_PRIOR = 0.2;
/** What a name weighs beside the focus words for the answer words' closeness. */
const NAME_SHARE = 0.5;

/** Passages the verdict reads, best first. */
const CONSIDERED = 5;

/** Passages holding any of the slot's terms: the word, its forms and family, the names it stands for. */
function holders(index: StoryIndex, slot: Slot): Set<number> {
  const found = new Set<number>();
  for (const a of slot.alternatives) index.postings(a.id, (p) => found.add(p));
  return found;
}

/** A name or a number: the question's topic. The rest is its focus. */
function isName(index: StoryIndex, slot: Slot): boolean {
  return slot.literal || slot.alternatives.some((a) => a.kind === 'alias' || (a.kind === 'word' && index.nameTerms.has(a.id)));
}

/** What the verdict reads: the evidence of the passages that may answer. */
export interface Evidence {
  /** Whether the question asks for words of a kind that must be there (a date, a number...). */
  needsAnswer: boolean;
  /** Rarity of the rarest focus word the story never uses (0 when it uses them all). */
  absent: number;
  /** The passages considered, best first, each with the share of the focus near it and its answer words. */
  considered: Considered[];
  missing: string[];
  /** Words of the question the story uses. */
  mentioned: string[];
  /** Every topic word of the question. */
  words: string[];
  about: number[];
  present: boolean;
}

interface Considered {
  ranked: Ranked;
  focus: number;
  answer?: AnswerSpan;
}

export function gather(index: StoryIndex, query: Query, ranked: readonly Ranked[]): Evidence {
  const slots = query.slots;
  const where = slots.map((s) => holders(index, s));
  const names = slots.map((s) => isName(index, s));
  const rarities = slots.map((s) => rarity(query.typed[s.pos]!));
  const passages = index.passages;
  const near = (s: number, p: number) =>
    where[s]!.has(p) ||
    (where[s]!.has(p - 1) && passages[p - 1]?.paragraph === passages[p]!.paragraph) ||
    (where[s]!.has(p + 1) && passages[p + 1]?.paragraph === passages[p]!.paragraph);
  let focusTotal = 0;
  slots.forEach((_, s) => {
    if (!names[s]) focusTotal += rarities[s]!;
  });
  // A focus of common words only ("how high did it get") says little: the share leans toward all held.
  const focusShare = (p: number) => {
    let held = 0;
    slots.forEach((_, s) => {
      if (!names[s] && near(s, p)) held += rarities[s]!;
    });
    return (held + FOCUS_PRIOR) / (focusTotal + FOCUS_PRIOR);
  };
  // The answer words stand near what the question is about: its focus by rarity, each name by half.
  const answerWeights = slots.map((_, s) => (names[s] ? NAME_SHARE : rarities[s]!));
  const present = slots.map((_, s) => where[s]!.size > 0);
  // Said in the story's own words (not only near in meaning): what the reply says it mentions.
  const lexical = slots.map((slot) => slot.alternatives.some((a) => a.kind !== 'family' && index.df(a.id) > 0));
  let absent = 0;
  slots.forEach((_, s) => {
    if (!names[s] && !present[s]) absent = Math.max(absent, rarities[s]!);
  });
  const missing = slots.filter((_, s) => !present[s]).map((s) => query.typed[s.pos]!);
  const mentioned = slots.filter((_, s) => lexical[s]).map((s) => query.typed[s.pos]!);
  const about = new Set<number>();
  slots.forEach((_, s) => {
    if (present[s] && (names[s] || missing.length > 0)) for (const p of where[s]!) about.add(p);
  });
  return {
    needsAnswer: query.asked.kind !== undefined && query.asked.kind !== 'phrase',
    absent,
    considered: ranked.slice(0, CONSIDERED).map((r) => ({ ranked: r, focus: focusShare(r.passage), answer: answerIn(index, query, r, answerWeights) })),
    missing,
    mentioned,
    words: slots.map((s) => query.typed[s.pos]!),
    about: [...about].sort((a, b) => a - b),
    present: lexical.some(Boolean),
  };
}

export function decide(evidence: Evidence, ranked: readonly Ranked[], rule: VerdictRule = VERDICT_RULE): Verdict {
  const top = ranked[0]?.score || 1;
  const value = (c: Considered) => c.ranked.score / top + rule.byAnswer * (c.answer?.score ?? 0) + rule.byFocus * c.focus;
  const considered = [...evidence.considered].sort((a, b) => value(b) - value(a));
  const fits = (c: Considered) =>
    c.focus >= rule.focus &&
    c.ranked.covered >= rule.covered &&
    (!evidence.needsAnswer || (c.answer !== undefined && c.answer.score >= rule.candidate));
  const answering = evidence.absent <= rule.absent ? considered.find(fits) : undefined;
  const first = answering ?? considered[0];
  const order = first ? [first.ranked, ...ranked.filter((r) => r !== first.ranked)] : [...ranked];
  if (answering) {
    const answer = answering.answer && answering.answer.score >= rule.candidate ? answering.answer : undefined;
    return { outcome: 'answered', answer, missing: [], mentioned: [], about: [], order };
  }
  const { mentioned, about } = evidence;
  // Of a subject the story never names, every word is missing.
  const missing = evidence.present ? evidence.missing : evidence.words;
  return { outcome: evidence.present ? 'unanswered' : 'unknown', missing, mentioned, about, order };
}

export function judge(index: StoryIndex, query: Query, ranked: readonly Ranked[], rule: VerdictRule = VERDICT_RULE): Verdict {
  return decide(gather(index, query, ranked), ranked, rule);
}
