/** A Reply as readable terminal text: quotes indented and wrapped, each under its place. */
import { styleText } from 'node:util';
import wrapAnsi from 'wrap-ansi';
import { headingText, placeParts, spansStories } from './place.js';
import type { Reply, ReplyItem } from './reply.js';

/**
 * Wrap `text` to `width` columns of display width (a wide character or an emoji takes two), breaking
 * at spaces only, so the words stay verbatim; style codes in it carry over line breaks.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const words = text.trim().split(/\s+/).join(' ');
  return wrapAnsi(words, Math.max(1, width - indent.length), { hard: false, trim: true })
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}

/** How text is set off: the answer in bold, places (paragraph, date) dimmed. */
export interface TerminalStyle {
  paint(format: 'bold' | 'dim', text: string): string;
}

/** No styling: for a file, a pipe, or NO_COLOR. */
export const PLAIN: TerminalStyle = { paint: (_format, text) => text };

/** Always styled, whatever the output: for comparing the codes themselves. */
export const STYLED: TerminalStyle = { paint: (format, text) => styleText(format, text, { validateStream: false }) };

/**
 * Styled as `stream` can show it: only at a terminal with colours, never with NO_COLOR set, always
 * with FORCE_COLOR=1 (node:util decides, as every Node tool does).
 */
export function styleFor(stream: NodeJS.WritableStream): TerminalStyle {
  return { paint: (format, text) => styleText(format, text, { stream }) };
}

function renderItem(item: ReplyItem, n: number, width: number, withStory: boolean, style: TerminalStyle): string {
  const heading = headingText(item);
  const place = style.paint('dim', printable(placeParts(item, withStory).join(' · ')));
  const label = heading ? `${printable(heading)} — ${place}` : place;
  let text = printable(item.text);
  // The answer is marked where it stands; the words themselves stay as they are.
  if (item.mark) {
    const { start, end } = item.mark;
    text = `${text.slice(0, start)}${style.paint('bold', text.slice(start, end))}${text.slice(end)}`;
  }
  if (item.quotation) text = `“${text}”`;
  return `${String(n).padStart(2)}. ${label}\n${wrap(text, width, '    ')}`;
}

/** C0/C1 controls and bidi overrides: echoed user text could recolour or reorder the terminal. */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}]/gu;

/** `text` with every control shown as U+FFFD (one for one, so offsets hold), tabs as spaces, and newlines kept for the layout. */
function printable(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\n' ? c : c === '\t' ? ' ' : '\uFFFD'));
}

/** The text of a reply, wrapped to `width` columns and styled with `style`. */
export function renderTerminal(reply: Reply, width = 80, style: TerminalStyle = PLAIN): string {
  if (reply.error) return `${printable(reply.title)}\n${wrap(printable(reply.error), width)}`;
  const withStory = spansStories(reply.items);
  const blocks = [printable(reply.title)];
  if (reply.answer) {
    const reading = reply.answer.reading ? ` — ${style.paint('dim', `${printable(reply.answer.reading)} (the date as storybot reads it)`)}` : '';
    blocks.push(wrap(`${style.paint('bold', printable(reply.answer.text))}${reading}`, width));
  }
  if (reply.lead) blocks.push(wrap(printable(reply.lead), width));
  if (reply.lines?.length) blocks.push(reply.lines.map((l) => wrap(printable(l), width)).join('\n'));
  if (reply.items.length) blocks.push(reply.items.map((item, i) => renderItem(item, i + 1, width, withStory, style)).join('\n\n'));
  return blocks.join('\n\n');
}
