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

/** How the answer is set off: bold at a terminal (ANSI), nothing when the output is a file or a pipe. */
export interface TerminalStyle {
  bold: boolean;
}

const BOLD_ON = '\u001b[1m';
const BOLD_OFF = '\u001b[22m';

function renderItem(item: ReplyItem, n: number, width: number, withStory: boolean, style: TerminalStyle): string {
  const label = printable([headingText(item), placeParts(item, withStory).join(' · ')].filter(Boolean).join(' — '));
  let text = printable(item.text);
  // The answer is marked where it stands; the words themselves stay as they are.
  if (item.mark && style.bold) {
    const { start, end } = item.mark;
    text = `${text.slice(0, start)}${MARK_ON}${text.slice(start, end)}${MARK_OFF}${text.slice(end)}`;
  }
  if (item.quotation) text = `“${text}”`;
  return `${String(n).padStart(2)}. ${label}\n${wrap(text, width, '    ')}`;
}

/** Stand-ins for the bold codes while the text is wrapped (non-characters: never in printable text). */
const MARK_ON = '\uFDD0';
const MARK_OFF = '\uFDD1';

/** C0/C1 controls and bidi overrides: echoed user text could recolour or reorder the terminal. */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\uFDD0\uFDD1]/gu;

/** `text` with every control (and the mark stand-ins) shown as U+FFFD, tabs as spaces, and newlines kept for the layout. */
function printable(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\n' ? c : c === '\t' ? ' ' : '\uFFFD'));
}

/** The text of a reply; `style.bold` sets the answer in bold for a terminal that shows it. */
export function renderTerminal(reply: Reply, width = 80, style: TerminalStyle = { bold: false }): string {
  const text = layOut(reply, width, style);
  return text.replaceAll(MARK_ON, BOLD_ON).replaceAll(MARK_OFF, BOLD_OFF);
}

function layOut(reply: Reply, width: number, style: TerminalStyle): string {
  if (reply.error) return `${printable(reply.title)}\n${printable(reply.error)}`;
  const withStory = spansStories(reply.items);
  const blocks = [printable(reply.title)];
  if (reply.answer) {
    const reading = reply.answer.reading ? ` — ${reply.answer.reading} (the date as storybot reads it)` : '';
    blocks.push(wrap(`${MARK_ON}${printable(reply.answer.text)}${MARK_OFF}${printable(reading)}`, width));
  }
  if (reply.lead) blocks.push(wrap(printable(reply.lead), width));
  if (reply.lines?.length) blocks.push(reply.lines.map((l) => wrap(printable(l), width)).join('\n'));
  if (reply.items.length) blocks.push(reply.items.map((item, i) => renderItem(item, i + 1, width, withStory, style)).join('\n\n'));
  const text = blocks.join('\n\n');
  return style.bold ? text : text.replaceAll(MARK_ON, '').replaceAll(MARK_OFF, '');
}
