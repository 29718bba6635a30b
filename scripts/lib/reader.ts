/**
 * The reader-style question sets (scripts/reader-dev.json, scripts/reader-holdout.json, and the
 * seed questions of ../shared/eval/reader-dev.json): questions written the way Discord readers
 * write, about invented news articles and the seed story. Each answerable question gives a fragment
 * of the sentence that answers it and, when the question asks for something specific, the exact
 * words that answer; unanswerable ones stay on topic but ask what the story does not say.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStory, loadStory } from '../src/knowledge/load.js';
import type { Story } from '../src/knowledge/story.js';

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

const root = resolve(import.meta.dirname, '..');

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
function sharedSeedSet(seed: Story): ReaderSet | undefined {
  const file = resolve(root, '../shared/eval/reader-dev.json');
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    answerable: { q: string; passage: string; answer: string | null }[];
    unanswerable: string[];
  };
  return {
    title: 'reader seed (shared/eval/reader-dev.json)',
    stories: [seed],
    answerable: data.answerable.map((a) => ({ story: seed.id, question: a.q, passage: a.passage, answer: a.answer })),
    unanswerable: data.unanswerable.map((question) => ({ story: seed.id, question })),
  };
}

/** Development sets first (constants are chosen on these), then the held-out set (only ever reported). */
export function readerSets(): { development: ReaderSet[]; heldOut: ReaderSet[] } {
  const seed = loadStory(join(root, 'knowledge', 'seed'));
  const shared = sharedSeedSet(seed);
  return {
    development: [
      ...(shared ? [shared] : []),
      loadReaderFile('reader dev (scripts/reader-dev.json)', join(root, 'scripts', 'reader-dev.json'), seed),
    ],
    heldOut: [loadReaderFile('reader held-out (scripts/reader-holdout.json)', join(root, 'scripts', 'reader-holdout.json'), seed)],
  };
}
