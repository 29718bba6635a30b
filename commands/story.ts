import type { CommandContext, OptionsOf } from '../src/command.js';
import type { Story } from '../src/knowledge/story.js';
import type { Reply } from '../src/reply/reply.js';

export const definition = {
  name: 'story',
  description: 'What the story is: title, date, size, and the commands that answer about it',
  options: [],
} as const;

function dateLine(story: Story): string {
  const { published, publishedInferred } = story.meta;
  if (!published) return 'Date: not known (the story gives none)';
  return publishedInferred ? `Date: ${published} (inferred from the text, not printed with it)` : `Date: ${published}`;
}

/** "1 quotation", "2 quotations": every noun here takes a plain -s. */
function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

function describe(story: Story): string[] {
  const words = story.passages.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
  const credit = [story.meta.outlet, story.meta.author].filter(Boolean).join(', ');
  return [
    `${story.title} [${story.id}]`,
    dateLine(story),
    ...(credit ? [`Published by: ${credit}`] : []),
    `Size: ${count(story.paragraphs.length, 'paragraph')}, ${count(story.passages.length, 'passage')}, ${count(words, 'word')}; ` +
      `${count(story.quotes.length, 'quotation')}, ${count(story.events.length, 'dated event')}, ${count(story.sources.length, 'credited source')}`,
  ];
}

export function handle(_options: OptionsOf<typeof definition>, { stories, catalogue }: CommandContext): Reply {
  return {
    command: definition.name,
    title: stories.length === 1 ? 'About the story' : `About the ${stories.length} stories`,
    lines: [...stories.flatMap(describe), `Commands: ${catalogue.map((c) => `/${c.name}`).join(' ')}`],
    items: [],
    data: {
      stories: stories.map((s) => ({
        id: s.id,
        title: s.title,
        published: s.meta.published ?? null,
        publishedInferred: s.meta.publishedInferred ?? false,
        paragraphs: s.paragraphs.length,
        passages: s.passages.length,
        quotes: s.quotes.length,
        events: s.events.length,
        sources: s.sources.length,
      })),
      commands: catalogue.map((c) => c.name),
    },
  };
}
