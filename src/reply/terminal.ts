/** A Reply as readable terminal text: quotes indented and wrapped, each under its place. */
import { headingText, placeParts, spansStories } from './place.js';
import type { Reply, ReplyItem } from './reply.js';

/** Wrap `text` to `width` columns, breaking at spaces only (the words stay verbatim). */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function renderItem(item: ReplyItem, n: number, width: number, withStory: boolean): string {
  const label = [headingText(item), placeParts(item, withStory).join(' · ')].filter(Boolean).join(' — ');
  const text = item.quotation ? `“${item.text}”` : item.text;
  return `${String(n).padStart(2)}. ${label}\n${wrap(text, width, '    ')}`;
}

/** C0/C1 controls and bidi overrides: echoed user text could recolour or reorder the terminal. */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}]/gu;

/** `text` with every control shown as U+FFFD, tabs as spaces, and newlines kept for the layout. */
function printable(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\n' ? c : c === '\t' ? ' ' : '\uFFFD'));
}

export function renderTerminal(reply: Reply, width = 80): string {
  return printable(layOut(reply, width));
}

function layOut(reply: Reply, width: number): string {
  if (reply.error) return `${reply.title}\n${reply.error}`;
  const withStory = spansStories(reply.items);
  const blocks = [reply.title];
  if (reply.lead) blocks.push(wrap(reply.lead, width));
  if (reply.lines?.length) blocks.push(reply.lines.map((l) => wrap(l, width)).join('\n'));
  if (reply.items.length) blocks.push(reply.items.map((item, i) => renderItem(item, i + 1, width, withStory)).join('\n\n'));
  return blocks.join('\n\n');
}
