import type { CommandContext, OptionsOf } from '../src/command.js';
import { itemForPassage } from '../src/reply/items.js';
import type { Reply } from '../src/reply/reply.js';

export const definition = {
  name: 'timeline',
  description: 'The dated events the story reports, in order',
  options: [],
} as const;

export function handle(_options: OptionsOf<typeof definition>, { stories }: CommandContext): Reply {
  const events = stories
    .flatMap((story) => story.events.map((event) => ({ story, event })))
    // Stable: events with the same date keep story order (each story's list is sorted already).
    .sort((a, b) => a.event.date.localeCompare(b.event.date));
  const items = events.map(({ story, event }) =>
    itemForPassage(story, event.passage, { heading: event.date, place: { date: event.date } }),
  );
  return {
    command: definition.name,
    title: 'Timeline',
    lead: items.length ? undefined : 'The story reports no dated events.',
    items,
    data: {
      events: events.map(({ story, event }, i) => ({
        date: event.date,
        text: items[i]!.text,
        phrase: event.phrase,
        paragraph: items[i]!.place.paragraph,
        story: story.id,
      })),
    },
  };
}
