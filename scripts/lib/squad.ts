/**
 * A question set in SQuAD v1.1 form (XQuAD, eval/xquad/README.md, and eval/dev-squad.json)
 * as storybot stories and question cases: each article's paragraphs, joined by a blank line, are one
 * story built with storybot's own splitter; a passage answers when it overlaps the character span
 * of one of the question's answers.
 */
import { readFileSync } from 'node:fs';
import { buildStory } from '../../src/knowledge/load.js';
import type { Story } from '../../src/knowledge/story.js';
import type { Case } from './metrics.js';

interface Squad {
  data: {
    title: string;
    paragraphs: { context: string; qas: { id: string; question: string; answers: { answer_start: number; text: string }[] }[] }[];
  }[];
}

export interface Dataset {
  stories: Story[];
  cases: Case[];
}

export function loadSquad(file: string): Dataset {
  const squad = JSON.parse(readFileSync(file, 'utf8')) as Squad;
  const stories: Story[] = [];
  const cases: Case[] = [];
  for (const article of squad.data) {
    let text = '';
    const spans: { question: string; spans: [number, number][]; gold: string[] }[] = [];
    for (const paragraph of article.paragraphs) {
      if (text) text += '\n\n';
      const offset = text.length;
      text += paragraph.context;
      for (const qa of paragraph.qas) {
        spans.push({
          question: qa.question,
          spans: qa.answers.map((a) => [offset + a.answer_start, offset + a.answer_start + a.text.length]),
          gold: qa.answers.map((a) => a.text),
        });
      }
    }
    const story = buildStory({ id: article.title, article: text });
    stories.push(story);
    for (const s of spans) {
      cases.push({
        story: story.id,
        question: s.question,
        answers: (p) => s.spans.some(([start, end]) => p.start < end && start < p.end),
        gold: s.gold,
      });
    }
  }
  return { stories, cases };
}
