/**
 * The timeline as a picture: an SVG drawn from the Reply (dates down a line, each event's passage
 * beside it), rasterised to PNG by resvg with the DejaVu Sans font shipped in an npm package, so the
 * picture is the same on every machine.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { formatDate, placeParts } from './place.js';
import type { Reply } from './reply.js';
import { wrap } from './terminal.js';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(FONT_DIR, f));

const WIDTH = 1200;
const MARGIN = 40;
const AXIS = 250; // x of the timeline's line
const TEXT_X = AXIS + 30;
const LINE = 22; // line height of body text
const CHARS = 96; // characters per line of body text at 16px right of the axis

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}" ${attrs}>${escapeXml(content)}</text>`;
}

export function timelineSvg(reply: Reply): string {
  const parts: string[] = [];
  let y = MARGIN + 28;
  parts.push(text(MARGIN, y, reply.title, 'font-size="28" font-weight="bold" fill="#111"'));
  y += 24;
  if (reply.lead) parts.push(text(MARGIN, (y += 20), reply.lead, 'font-size="16" fill="#444"'));
  const top = y + 16;
  for (const item of reply.items) {
    y += 40;
    const date = item.heading ? formatDate(item.heading) : '';
    parts.push(text(AXIS - 20, y, date, 'font-size="17" font-weight="bold" fill="#1a4d8f" text-anchor="end"'));
    parts.push(`<circle cx="${AXIS}" cy="${y - 6}" r="7" fill="#1a4d8f"/>`);
    parts.push(text(TEXT_X, y, placeParts(item).join(' · '), 'font-size="14" fill="#666"'));
    for (const line of wrap(item.text, CHARS).split('\n')) {
      parts.push(text(TEXT_X, (y += LINE), line, 'font-size="16" fill="#111"'));
    }
  }
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

export function timelinePng(reply: Reply): Buffer {
  const resvg = new Resvg(timelineSvg(reply), {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
