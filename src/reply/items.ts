/** Building reply items: an article passage with its place in the story. */
import { passageContext } from '../knowledge/context.js';
import type { Story } from '../knowledge/story.js';
import type { Place, ReplyItem } from './reply.js';

export function itemForPassage(
  story: Story,
  passageId: number,
  extra: { heading?: string; place?: Partial<Place>; score?: number } = {},
): ReplyItem {
  return {
    text: story.passages[passageId]!.text,
    heading: extra.heading,
    place: { story: story.id, passage: passageId, ...passageContext(story, passageId), ...extra.place },
    score: extra.score,
  };
}

/** The `passages` field of the JSON contract. */
export function passagesData(items: readonly ReplyItem[]) {
  return items.map((i) => ({
    text: i.text,
    paragraph: i.place.paragraph,
    score: i.score ?? null,
    date: i.place.date ?? null,
    speaker: i.place.speaker ?? null,
    source: i.place.source ?? null,
    story: i.place.story,
  }));
}
