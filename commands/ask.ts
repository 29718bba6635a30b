import { type Choice, type CommandContext, MAX_TEXT_LENGTH, type OptionsOf } from '../src/command.js';
import { itemForPassage, passagesData } from '../src/reply/items.js';
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
  const items = hits.map((h) => itemForPassage(h.story, h.passage.id, { score: h.score }));
  const shown = answered ? items : items.slice(0, 3);
  let lead: string | undefined;
  if (!answered) lead = shown.length ? 'The story does not say. These passages come closest:' : 'The story does not say.';
  return {
    command: definition.name,
    title: question,
    lead,
    items: shown,
    data: { answered, passages: passagesData(items) },
  };
}

/**
 * Suggestions while a question is typed: the question itself, then the passages it would find,
 * so picking one asks for exactly that passage. Whole texts: the way in cuts them to its limits.
 */
export function autocomplete(_option: string, typed: string, { retriever }: CommandContext): Choice[] {
  const text = typed.trim();
  if (text.length < 3) return [];
  const passages = retriever
    .ask(text, { limit: 24 })
    .hits.map((h) => ({ name: `¶${h.passage.paragraph}: ${h.passage.text}`, value: h.passage.text }));
  return [{ name: text, value: text }, ...passages];
}
