/**
 * The timeline as a picture: an SVG drawn from the Reply (dates down a line, each event's passage
 * beside it), rasterised to PNG by resvg with the DejaVu Sans font shipped in an npm package, so the
 * picture is the same on every machine. It names its stories (title and date, "inferred" where the
 * date is storybot's guess) and, with several, marks each event with its story's colour. Sized for a
 * phone: about 1,100 px wide with large type, on an opaque light card that reads on dark and light
 * themes alike.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { fingerprint } from '../knowledge/fingerprint.js';
import type { Story } from '../knowledge/story.js';
import { formatDate, placeParts } from './place.js';
import type { Reply } from './reply.js';
import { wrap } from './terminal.js';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(FONT_DIR, f));

export const WIDTH = 1100;
const MARGIN = 40;
const AXIS = 290; // x of the timeline's line: room for "15 September 2025" before it
const TEXT_X = AXIS + 30;
const LINE = 31; // line height of body text
const CHARS = 57; // characters per line of body text at 23px right of the axis
const STORY_CHARS = 88; // characters of a story's line at 20px across the picture
/** Events drawn at most: a picture stays quick to draw and small to upload; the text lists them all. */
export const MAX_EVENTS = 25;
/**
 * Lines of an event's passage drawn at most (about 450 characters), for the same reason: a passage
 * of thousands of characters (a quotation left open to the end of its paragraph) would make a
 * picture tens of thousands of pixels tall, seconds to draw. The text quotes every passage whole.
 */
const MAX_EVENT_LINES = 8;
/** A colour per story, when the picture shows several. */
const STORY_COLOURS = ['#1a4d8f', '#b5470b', '#2e7d32', '#7b1fa2', '#00838f', '#ad1457'];

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}" ${attrs}>${escapeXml(content)}</text>`;
}

/** "Title · 14 September 2025" or "… · 14 September 2025 (inferred)", the title cut to fit. */
function storyLine(story: Story, room: number): string {
  const date = story.meta.published ? ` · ${formatDate(story.meta.published)}${story.meta.publishedInferred ? ' (inferred)' : ''}` : '';
  const most = room - date.length;
  const title = story.title.length <= most ? story.title : `${story.title.slice(0, most - 1).replace(/\s+\S*$/, '')}…`;
  return `${title}${date}`;
}

/** The stories the reply's events come from. */
function storiesOf(reply: Reply, stories: readonly Story[]): Story[] {
  return stories.filter((s) => reply.items.some((i) => i.place.story === s.id));
}

export function timelineSvg(reply: Reply, stories: readonly Story[] = []): string {
  const shown = storiesOf(reply, stories);
  const colour = (id: string) => (shown.length > 1 ? STORY_COLOURS[shown.findIndex((s) => s.id === id) % STORY_COLOURS.length]! : STORY_COLOURS[0]!);
  const parts: string[] = [];
  let y = MARGIN + 34;
  parts.push(text(MARGIN, y, reply.title, 'font-size="34" font-weight="bold" fill="#111"'));
  // Which story each colour is: the legend, one story a line.
  for (const story of shown) {
    y += 30;
    if (shown.length > 1) parts.push(`<circle cx="${MARGIN + 9}" cy="${y - 7}" r="8" fill="${colour(story.id)}"/>`);
    parts.push(text(shown.length > 1 ? MARGIN + 26 : MARGIN, y, storyLine(story, shown.length > 1 ? STORY_CHARS - 3 : STORY_CHARS), 'font-size="20" fill="#444"'));
  }
  if (reply.lead) parts.push(text(MARGIN, (y += 30), reply.lead, 'font-size="20" fill="#444"'));
  const top = y + 20;
  for (const item of reply.items.slice(0, MAX_EVENTS)) {
    y += 52;
    const date = item.heading ? formatDate(item.heading) : '';
    const fill = colour(item.place.story);
    parts.push(text(AXIS - 22, y, date, `font-size="22" font-weight="bold" fill="${fill}" text-anchor="end"`));
    parts.push(`<circle cx="${AXIS}" cy="${y - 8}" r="9" fill="${fill}"/>`);
    parts.push(text(TEXT_X, y, placeParts(item).join(' · '), 'font-size="18" fill="#666"'));
    const lines = wrap(item.text, CHARS).split('\n');
    const drawn = lines.length > MAX_EVENT_LINES ? [...lines.slice(0, MAX_EVENT_LINES - 1), `${lines[MAX_EVENT_LINES - 1]}…`] : lines;
    for (const line of drawn) {
      parts.push(text(TEXT_X, (y += LINE), line, 'font-size="23" fill="#111"'));
    }
  }
  const more = reply.items.length - MAX_EVENTS;
  if (more > 0) parts.push(text(TEXT_X, (y += 48), `… and ${more} more ${more === 1 ? 'event' : 'events'}: the text lists them all.`, 'font-size="20" fill="#444"'));
  const height = y + MARGIN;
  const axis = reply.items.length
    ? `<line x1="${AXIS}" y1="${top}" x2="${AXIS}" y2="${height - MARGIN}" stroke="#9bb3d6" stroke-width="3"/>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="DejaVu Sans">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    axis,
    ...parts,
    '</svg>',
  ].join('\n');
}

export function timelinePng(reply: Reply, stories: readonly Story[] = []): Buffer {
  const resvg = new Resvg(timelineSvg(reply, stories), {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** Pictures drawn, by story versions and events: a story that changes draws anew. */
const drawn = new Map<string, Buffer>();
const MAX_DRAWN = 32;

/** The timeline picture, drawn once per version of its stories (about 0.1 s to draw, nothing after). */
export function cachedTimelinePng(reply: Reply, stories: readonly Story[]): Buffer {
  const shown = storiesOf(reply, stories);
  const key = [reply.title, ...shown.map(fingerprint), ...reply.items.map((i) => `${i.place.story}#${i.place.passage}`)].join('|');
  let png = drawn.get(key);
  if (!png) {
    png = timelinePng(reply, shown);
    if (drawn.size >= MAX_DRAWN) drawn.delete(drawn.keys().next().value!);
    drawn.set(key, png);
  }
  return png;
}
