/** Building reply items: an article passage with its place in the story. */
import { passageContext } from '../knowledge/context.js';
import type { Story } from '../knowledge/story.js';
import type { ReplyItem } from './reply.js';

export function itemForPassage(story: Story, passageId: number, heading?: string): ReplyItem {
  const ctx = passageContext(story, passageId);
  return {
    text: story.passages[passageId]!.text,
    heading,
    place: { story: story.id, passage: passageId, ...ctx },
  };
}
