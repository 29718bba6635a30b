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

/** Discord caps a choice's name and value at 100 characters. */
const CHOICE_LENGTH = 100;

function clip(text: string): string {
  if (text.length <= CHOICE_LENGTH) return text;
  const cut = text.slice(0, CHOICE_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

/**
 * Suggestions while a question is typed: the question itself, then the passages it would find,
 * so picking one asks for exactly that passage.
 */
export function autocomplete(_option: string, typed: string, { retriever }: CommandContext): Choice[] {
  const text = typed.trim();
  if (text.length < 3) return [];
  const passages = retriever
    .ask(text, { limit: 24 })
    .hits.map((h) => ({ name: clip(`¶${h.passage.paragraph}: ${h.passage.text}`), value: clip(h.passage.text) }));
  return [{ name: clip(text), value: clip(text) }, ...passages];
}
