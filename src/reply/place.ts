/** Saying where a quoted text stands, in storybot's own words: "¶2 · 15 August 2025 · via The Daily Star". */
import type { Place, ReplyItem } from './reply.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-08-15` → `15 August 2025`, `2025-08` → `August 2025`, `2024` → `2024`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return iso;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** An item's heading as shown: a date heading (the timeline's) spelled out, anything else as it is. */
export function headingText(item: ReplyItem): string | undefined {
  return item.heading && /^\d{4}(-\d\d){0,2}$/.test(item.heading) ? formatDate(item.heading) : item.heading;
}

/**
 * The place of an item as short parts, leaving out what its heading already says.
 * `withStory` names the story too, for answers drawn from several stories.
 */
export function placeParts(item: ReplyItem, withStory = false): string[] {
  const p: Place = item.place;
  const parts = [`¶${p.paragraph}`];
  if (p.date && p.date !== item.heading) parts.push(formatDate(p.date));
  // A quote card's heading is the speaker, with their role after a comma: "Ana Ruiz, Mayor".
  if (p.speaker && p.speaker !== item.heading && !item.heading?.startsWith(`${p.speaker}, `)) parts.push(p.speaker);
  if (p.source && p.source !== item.heading) parts.push(`via ${p.source}`);
  if (withStory) parts.push(`story ${p.story}`);
  return parts;
}

/** True when a reply's items come from more than one story. */
export function spansStories(items: readonly ReplyItem[]): boolean {
  return new Set(items.map((i) => i.place.story)).size > 1;
}
