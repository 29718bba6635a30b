/**
 * storybot's own development questions (eval/dev-stories.json): invented articles, questions
 * with the answering sentence given by a substring, and questions the articles do not answer.
 */
import { readFileSync } from 'node:fs';
import { buildStory } from '../../src/knowledge/load.js';
import type { Story } from '../../src/knowledge/story.js';
import type { Case } from './metrics.js';

interface DevStories {
  stories: { id: string; article: string; questions: { q: string; a: string[] }[]; unanswerable: string[] }[];
}

/** Stories with the questions asked of them. */
export interface QuestionSet {
  stories: Story[];
  cases: Case[];
  /** Questions the stories do not answer, by story id. */
  unanswerable: { story: string; question: string }[];
}

export function loadDevStories(file: string): QuestionSet {
  const dev = JSON.parse(readFileSync(file, 'utf8')) as DevStories;
  return {
    stories: dev.stories.map((s) => buildStory({ id: s.id, article: s.article })),
    cases: dev.stories.flatMap((s) =>
      s.questions.map(({ q, a }) => ({ story: s.id, question: q, answers: (p: { text: string }) => a.some((x) => p.text.includes(x)) })),
    ),
    unanswerable: dev.stories.flatMap((s) => s.unanswerable.map((question) => ({ story: s.id, question }))),
  };
}
