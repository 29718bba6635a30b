/** The retriever's contract, as the commands use it. */
import type { Passage, Story } from '../knowledge/story.js';

export interface Hit {
  story: Story;
  passage: Passage;
  /** Higher is better; comparable within one answer. */
  score: number;
}

export interface Answer {
  /** Best first. */
  hits: Hit[];
  /** False when nothing in the story answers well; `hits` may still hold weak leads. */
  answered: boolean;
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
