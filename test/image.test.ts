/** `timeline --image FILE`: a real PNG, decoded and looked at. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { cachedTimelinePng, timelinePng, timelineSvg } from '../src/reply/image.js';

const ROOT = new URL('..', import.meta.url).pathname;
const app = createApp(join(ROOT, 'knowledge'));

/** Text as the SVG writes it. */
function escapeXmlLike(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Share of pixels in a box that are not white. */
function ink(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let dark = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (png.width * y + x) * 4;
      if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200) dark++;
    }
  }
  return dark / ((x1 - x0) * (y1 - y0));
}

describe('timeline picture', () => {
  it('draws every event: the PNG decodes, grows with the events and has text where the dates stand', () => {
    const reply = app.run('timeline');
    const png = PNG.sync.read(timelinePng(reply, app.stories));
    const empty = PNG.sync.read(timelinePng({ ...reply, items: [] }));
    // Phone-sized: about 1,100 px wide.
    expect(png.width).toBe(1100);
    expect(png.height).toBeGreaterThan(empty.height + 60 * reply.items.length);
    expect(ink(png, 40, 100, 240, png.height - 40)).toBeGreaterThan(0.005); // the date column
    expect(ink(empty, 40, 100, 240, empty.height)).toBe(0);
  });

  it('names its stories, and with several, marks each event with its story’s colour', () => {
    const seed = app.stories[0]!;
    const flood = createApp(join(ROOT, 'test/fixtures/stories')).stories[0]!;
    const one = timelineSvg(app.run('timeline'), [seed]);
    expect(one).toContain(escapeXmlLike(seed.title.split(' ').slice(0, 5).join(' ')));
    const both = createApp(join(ROOT, 'test/fixtures/stories'));
    const items = [...app.run('timeline').items, ...both.run('timeline').items];
    const svg = timelineSvg({ command: 'timeline', title: 'Timeline', items, data: {} }, [seed, flood]);
    for (const story of [seed, flood]) expect(svg).toContain(escapeXmlLike(story.title.split(' ').slice(0, 5).join(' ')));
    const colours = new Set([...svg.matchAll(/<circle [^>]*fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]));
    expect(colours.size).toBe(2);
    // A date storybot inferred says so.
    expect(timelineSvg(app.run('timeline'), [{ ...seed, meta: { ...seed.meta, published: '2025-09-14', publishedInferred: true } }])).toContain('14 September 2025 (inferred)');
  });

  it('is drawn once per version of its story, and anew when the story changes', () => {
    const reply = app.run('timeline');
    const first = cachedTimelinePng(reply, app.stories);
    expect(cachedTimelinePng(reply, app.stories)).toBe(first);
    const seed = app.stories[0]!;
    const changed = { ...seed, article: `${seed.article}\nA new paragraph.` };
    expect(cachedTimelinePng(reply, [changed])).not.toBe(first);
  });

  it('draws at most 25 events, and says how many more the text lists', () => {
    const reply = app.run('timeline');
    const many = { ...reply, items: Array.from({ length: 30 }, (_, i) => reply.items[i % reply.items.length]!) };
    const svg = timelineSvg(many, app.stories);
    expect(svg.match(/<circle /g)).toHaveLength(25);
    expect(svg).toContain('… and 5 more events: the text lists them all.');
  });

  it('draws a passage of thousands of characters in a few lines, so the picture stays a phone’s size whatever the article', () => {
    const reply = app.run('timeline');
    const long = `${reply.items[0]!.text} ${'and the talks went on '.repeat(250)}until late.`;
    const many = { ...reply, items: Array.from({ length: 25 }, (_, i) => ({ ...reply.items[i % reply.items.length]!, text: long })) };
    const svg = timelineSvg(many, app.stories);
    // 25 events of 5,500 characters each were 100 lines apiece: a picture 80,000 pixels tall.
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height).toBeLessThan(8000);
    expect(svg.match(/font-size="23"/g)).toHaveLength(25 * 8);
    expect(svg).toContain(escapeXmlLike(`${reply.items[0]!.text.split(' ').slice(0, 5).join(' ')}`));
    expect(svg.match(/…<\/text>/g)).toHaveLength(25);
  });

  it('escapes the article text into the SVG and keeps it whole', () => {
    const reply = app.run('timeline');
    const svg = timelineSvg({ ...reply, title: 'A <b> & "c"' });
    expect(svg).toContain('A &#60;b&#62; &#38; &#34;c&#34;');
    expect(svg).not.toContain('<b>');
  });

  it('is written by the CLI with --image FILE', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'storybot-')), 'timeline.png');
    const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'timeline', '--image', file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(PNG.sync.read(readFileSync(file)).width).toBe(1100);
  });
});
