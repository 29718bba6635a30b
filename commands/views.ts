/**
 * What a button shows without asking anything again: the whole paragraph a quote stands in ("¶N
 * in full"), and the passages a "More" button carried. Handlers beside the commands, though no
 * one types them: each gives a Reply of the story's own words, which every way in renders.
 */
import { UsageError } from '../src/errors.js';
import type { Story } from '../src/knowledge/story.js';
import { itemForPassage } from '../src/reply/items.js';
import type { Reply } from '../src/reply/reply.js';

/** The Reply.command of a whole paragraph, and of the passages a "More" button carried. */
export const PARAGRAPH = 'paragraph';
const MORE = 'more';

/** The whole paragraph (numbered from 1) a quote stands in, verbatim. */
export function paragraphReply(story: Story, number: number): Reply {
  const paragraph = story.paragraphs[number - 1];
  if (!paragraph) throw new UsageError(`The story has no paragraph ${number}. Please ask again.`);
  return {
    command: PARAGRAPH,
    title: `Paragraph ${number} of “${story.title}”`,
    items: [{ text: paragraph.text, place: { story: story.id, paragraph: number, passage: paragraph.passages[0]! } }],
    data: { story: story.id, paragraph: number, text: paragraph.text },
  };
}

/** The passages a "More" button carried, verbatim, each in its place. */
export function passagesReply(passages: readonly { story: Story; passage: number }[]): Reply {
  const stories = [...new Set(passages.map((p) => p.story))];
  return {
    command: MORE,
    title: stories.length === 1 ? `More from “${stories[0]!.title}”` : 'More from the stories',
    items: passages.map((p) => itemForPassage(p.story, p.passage)),
    data: {},
  };
}
