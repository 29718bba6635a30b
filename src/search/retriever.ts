/** The retriever's contract, as the commands use it. */
import type { Passage, Story } from '../knowledge/story.js';
import type { SpanKind } from './answer-kinds.js';
import type { Outcome } from './verdict.js';

export interface Hit {
  story: Story;
  passage: Passage;
  /** Higher is better; comparable within one answer. */
  score: number;
}

/** The words of a passage that answer the question. */
export interface AnswerWords {
  /** Exact words of the passage: `passage.text.slice(start, end)`. */
  text: string;
  kind: SpanKind;
  story: Story;
  passage: Passage;
  start: number;
  end: number;
  /** storybot's reading of a date answer, when the story resolves it (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`). */
  date?: string;
}

/** Words of a passage that say what the question asks was kept back: "declined to say how much the buyer paid". */
export type WithheldWords = Pick<AnswerWords, 'text' | 'story' | 'passage' | 'start' | 'end'>;

export interface Answer {
  /** Best first: the answering passage leads. */
  hits: Hit[];
  /** False when nothing in the story answers well; `hits` may still hold weak leads. */
  answered: boolean;
  /** answered; unanswered (the story speaks of the subject, not of what was asked); unknown (nor of the subject). */
  outcome: Outcome;
  /** The words that answer, when the question asks for something specific and the story gives it. */
  answer?: AnswerWords;
  /** What the question asks for, when something specific. */
  wants?: SpanKind;
  /** Words of the question the story says nothing about (when it does not answer). */
  missing: string[];
  /** Words of the question the story uses (when it does not answer). */
  mentioned: string[];
  /** Passages about the question's subject (when it does not answer). */
  about: Hit[];
  /** Where the story says that what is asked was kept back (when it does not answer for that reason). */
  withheld?: WithheldWords;
  /** Words read as other words, mistyped ones: "sumit" searched as "summit". */
  corrected: { typed: string; read: string }[];
}

export interface AskOptions {
  /** Only this story (by id). */
  story?: string;
  /** How many hits at most (default 5). */
  limit?: number;
}

export interface Retriever {
  ask(question: string, options?: AskOptions): Answer;
}
