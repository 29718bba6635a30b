import type { CommandContext, OptionsOf } from '../src/command.js';
import { itemForPassage, passagesData } from '../src/reply/items.js';
import type { Reply } from '../src/reply/reply.js';

export const definition = {
  name: 'sources',
  description: 'The outlets and platforms the story credits, and what each reported',
  options: [],
} as const;

export function handle(_options: OptionsOf<typeof definition>, { stories }: CommandContext): Reply {
  const sources = stories.flatMap((story) => story.sources.map((source) => ({ story, source })));
  const items = sources.flatMap(({ story, source }) =>
    source.passages.map((id) => itemForPassage(story, id, { heading: source.name, place: { source: source.name } })),
  );
  return {
    command: definition.name,
    title: 'Sources',
    lead: sources.length ? undefined : 'The story credits no outlet or platform.',
    items,
    data: {
      sources: sources.map(({ story, source }) => ({
        name: source.name,
        kind: source.kind,
        story: story.id,
        paragraphs: source.passages.map((id) => story.passages[id]!.paragraph),
      })),
      passages: passagesData(items),
    },
  };
}
