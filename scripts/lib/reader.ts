/**
 * The reader-style question sets (eval/reader-dev.json, eval/reader-dev-2.json, eval/reader-dev-3.json, eval/reader-dev-4.json, eval/reader-dev-5.json, eval/reader-dev-6.json,
 * eval/reader-dev-7.json, eval/reader-dev-8.json, eval/reader-dev-9.json, eval/reader-dev-10.json, eval/reader-dev-11.json, eval/reader-dev-12.json, eval/reader-dev-13.json,
 * eval/reader-dev-14.json, eval/reader-dev-15.json, eval/reader-dev-16.json, eval/reader-dev-17.json, eval/reader-dev-18.json,
 * eval/reader-dev-19.json, eval/reader-dev-20.json,
 * eval/reader-holdout.json, eval/reader-holdout-2.json, and the seed questions of eval/seed/reader-dev.json): questions written the way Discord readers
 * write, about invented news articles and the seed story. Each answerable question gives a fragment
 * of the sentence that answers it and, when the question asks for something specific, the exact
 * words that answer; unanswerable ones stay on topic but ask what the story does not say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStory, loadStory } from '../../src/knowledge/load.js';
import type { Story } from '../../src/knowledge/story.js';
import { EVAL, SEED } from './data.js';

export interface ReaderQuestion {
  story: string;
  question: string;
  /** A fragment of the answering sentence. */
  passage: string;
  /** The exact words that answer, or null for yes/no, why and what-did-they-say questions. */
  answer: string | null;
}

export interface ReaderSet {
  title: string;
  stories: Story[];
  answerable: ReaderQuestion[];
  unanswerable: { story: string; question: string }[];
}

interface ReaderFile {
  stories: {
    id: string;
    published?: string;
    article: string;
    answerable: { q: string; passage: string; answer: string | null }[];
    unanswerable: string[];
  }[];
}

function loadReaderFile(title: string, file: string, seed: Story): ReaderSet {
  const data = JSON.parse(readFileSync(file, 'utf8')) as ReaderFile;
  const stories = data.stories.map((s) =>
    s.article ? buildStory({ id: s.id, article: s.article, meta: s.published ? { published: s.published } : {} }) : seed,
  );
  return {
    title,
    stories: [...new Map(stories.map((s) => [s.id, s])).values()],
    answerable: data.stories.flatMap((s) =>
      s.answerable.map((a) => ({ story: s.article ? s.id : seed.id, question: a.q, passage: a.passage, answer: a.answer })),
    ),
    unanswerable: data.stories.flatMap((s) => s.unanswerable.map((question) => ({ story: s.article ? s.id : seed.id, question }))),
  };
}

/** The seed questions that came with the brief, in the same form. */
function seedSet(seed: Story): ReaderSet {
  const file = join(EVAL, 'seed', 'reader-dev.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    answerable: { q: string; passage: string; answer: string | null }[];
    unanswerable: string[];
  };
  return {
    title: 'reader seed (eval/seed/reader-dev.json)',
    stories: [seed],
    answerable: data.answerable.map((a) => ({ story: seed.id, question: a.q, passage: a.passage, answer: a.answer })),
    unanswerable: data.unanswerable.map((question) => ({ story: seed.id, question })),
  };
}

/** Development sets first (constants are chosen on these), then the held-out sets (only ever reported). */
export function readerSets(): { development: ReaderSet[]; heldOut: ReaderSet[] } {
  const seed = loadStory(SEED);
  return {
    development: [
      seedSet(seed),
      loadReaderFile('reader dev (eval/reader-dev.json)', join(EVAL, 'reader-dev.json'), seed),
      loadReaderFile('reader dev 2 (eval/reader-dev-2.json)', join(EVAL, 'reader-dev-2.json'), seed),
      loadReaderFile('reader dev 3 (eval/reader-dev-3.json)', join(EVAL, 'reader-dev-3.json'), seed),
      loadReaderFile('reader dev 4 (eval/reader-dev-4.json)', join(EVAL, 'reader-dev-4.json'), seed),
      loadReaderFile('reader dev 5 (eval/reader-dev-5.json)', join(EVAL, 'reader-dev-5.json'), seed),
      loadReaderFile('reader dev 6 (eval/reader-dev-6.json)', join(EVAL, 'reader-dev-6.json'), seed),
      loadReaderFile('reader dev 7 (eval/reader-dev-7.json)', join(EVAL, 'reader-dev-7.json'), seed),
      loadReaderFile('reader dev 8 (eval/reader-dev-8.json)', join(EVAL, 'reader-dev-8.json'), seed),
      loadReaderFile('reader dev 9 (eval/reader-dev-9.json)', join(EVAL, 'reader-dev-9.json'), seed),
      loadReaderFile('reader dev 10 (eval/reader-dev-10.json)', join(EVAL, 'reader-dev-10.json'), seed),
      loadReaderFile('reader dev 11 (eval/reader-dev-11.json)', join(EVAL, 'reader-dev-11.json'), seed),
      loadReaderFile('reader dev 12 (eval/reader-dev-12.json)', join(EVAL, 'reader-dev-12.json'), seed),
      loadReaderFile('reader dev 13 (eval/reader-dev-13.json)', join(EVAL, 'reader-dev-13.json'), seed),
      loadReaderFile('reader dev 14 (eval/reader-dev-14.json)', join(EVAL, 'reader-dev-14.json'), seed),
      loadReaderFile('reader dev 15 (eval/reader-dev-15.json)', join(EVAL, 'reader-dev-15.json'), seed),
      loadReaderFile('reader dev 16 (eval/reader-dev-16.json)', join(EVAL, 'reader-dev-16.json'), seed),
      loadReaderFile('reader dev 17 (eval/reader-dev-17.json)', join(EVAL, 'reader-dev-17.json'), seed),
      loadReaderFile('reader dev 18 (eval/reader-dev-18.json)', join(EVAL, 'reader-dev-18.json'), seed),
      loadReaderFile('reader dev 19 (eval/reader-dev-19.json)', join(EVAL, 'reader-dev-19.json'), seed),
      loadReaderFile('reader dev 20 (eval/reader-dev-20.json)', join(EVAL, 'reader-dev-20.json'), seed),
    ],
    heldOut: [
      loadReaderFile('reader held-out (eval/reader-holdout.json)', join(EVAL, 'reader-holdout.json'), seed),
      loadReaderFile('reader held-out 2 (eval/reader-holdout-2.json)', join(EVAL, 'reader-holdout-2.json'), seed),
    ],
  };
}
