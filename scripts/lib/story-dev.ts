/**
 * The development questions (eval/seed/story-dev.json) on the seed story: a passage answers when
 * its text contains one of the question's answer substrings.
 */
import { readFileSync } from 'node:fs';
import type { Story } from '../../src/knowledge/story.js';
import type { Case } from './metrics.js';

interface StoryDev {
  questions: { q: string; a: string[] }[];
}

export function loadStoryDev(file: string, story: Story): Case[] {
  const dev = JSON.parse(readFileSync(file, 'utf8')) as StoryDev;
  return dev.questions.map(({ q, a }) => ({
    story: story.id,
    question: q,
    answers: (p) => a.some((s) => p.text.includes(s)),
  }));
}
