import { type CommandContext, MAX_TEXT_LENGTH, type OptionsOf } from '../src/command.js';
import { itemForPassage } from '../src/reply/items.js';
import type { Reply } from '../src/reply/reply.js';

export const definition = {
  name: 'ask',
  description: 'Ask a question about the story; get the passages that answer it',
  options: [
    {
      name: 'question',
      description: 'Your question, e.g. "Where did the leaders meet?"',
      type: 'string',
      required: true,
      autocomplete: true,
      maxLength: MAX_TEXT_LENGTH,
    },
  ],
} as const;

export function handle({ question }: OptionsOf<typeof definition>, { retriever }: CommandContext): Reply {
  const { hits, answered } = retriever.ask(question, { limit: 5 });
  const items = hits.map((h) => ({ ...itemForPassage(h.story, h.passage.id), score: h.score }));
  return {
    command: definition.name,
    title: question,
    lead: answered ? undefined : 'The story does not say. These passages come closest:',
    items: answered ? items : items.slice(0, 3),
    data: {
      answered,
      passages: items.map((i) => ({ text: i.text, paragraph: i.place.paragraph, score: i.score, story: i.place.story, date: i.place.date, speaker: i.place.speaker, source: i.place.source })),
    },
  };
}
