/**
 * Tab completion in the console, through a real readline Interface fed keystrokes over streams:
 * what the line becomes after each Tab, and what a second Tab lists.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.js';
import { complete } from '../src/cli/complete.js';

const ROOT = new URL('..', import.meta.url).pathname;
const seed = createApp(join(ROOT, 'knowledge'));

/** Two stories: the flood fixture, and a short one whose two people share the start of their names. */
function twoStories(): App {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-complete-'));
  cpSync(join(ROOT, 'test/fixtures/stories/eastfield-flood'), join(dir, 'eastfield-flood'), { recursive: true });
  mkdirSync(join(dir, 'harbour'));
  writeFileSync(
    join(dir, 'harbour', 'article.txt'),
    'The harbour board met on Monday to decide the future of the old pier.\n' +
      '“We cannot wait another winter,” said Anna Karlsson, the board’s chair.\n' +
      'Her deputy, Anna Karlberg, said repairs would start in May. “The money is there,” Karlberg said.\n',
  );
  return createApp(dir);
}
const stories = twoStories();

/** A console line at a real readline Interface: type keys, read the line, see what was listed. */
function session(app: App) {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  const rl = createInterface({ input, output, terminal: true, completer: (line: string) => complete(app, line) });
  return {
    /** Each Tab is its own keystroke: readline completes only on a Tab that ends what it reads at once (no pasted Tabs). */
    async type(keys: string): Promise<void> {
      for (const chunk of keys.split(/(?<=\t)/)) {
        input.write(chunk);
        // The completer runs after an await inside readline.
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    line: () => rl.line,
    /** What was written since the last call, less readline's redrawing of the line itself. */
    listed(): string {
      const text = shown.split('\r\n').slice(1, -1).join('\n').trim();
      shown = '';
      return text;
    },
    close: () => rl.close(),
  };
}

describe('console completion', () => {
  it('keeps what was typed when several names match, and lists them on a second Tab', async () => {
    const s = session(seed);
    await s.type('/who name:Pe');
    s.listed();
    await s.type('\t');
    expect(s.line()).toBe('/who name:Pe');
    expect(s.listed()).toBe('');
    await s.type('\t');
    expect(s.line()).toBe('/who name:Pe');
    expect(s.listed().split(/\n|\s{2,}/)).toEqual(['Dmitry Peskov', 'European Union']);
    s.close();
  });

  it('matches case-insensitively and inside names, and completes a lone match whole, quoted', async () => {
    const s = session(seed);
    await s.type('/who name:pes\t');
    expect(s.line()).toBe('/who name:"Dmitry Peskov" ');
    s.close();
    const t = session(stories);
    await t.type('quote speaker:LOPEZ\t');
    expect(t.line()).toBe('quote speaker:"Maria Lopez" ');
    t.close();
  });

  it('completes to the longest prefix the matches share, leaving the quotation open, then to the one chosen', async () => {
    const s = session(stories);
    await s.type('/who name:karl\t');
    expect(s.line()).toBe('/who name:"Anna Karl');
    s.listed();
    await s.type('\t');
    expect(s.listed().split(/\n|\s{2,}/)).toEqual(['Anna Karlsson', 'Anna Karlberg']);
    await s.type('b\t');
    expect(s.line()).toBe('/who name:"Anna Karlberg" ');
    s.close();
  });

  it('offers every option, private: too, but not one already given, and true or false for private:', async () => {
    const s = session(stories);
    await s.type('/quote \t\t');
    expect(s.listed().split(/\s+/)).toEqual(['speaker:', 'about:', 'private:']);
    await s.type('speaker:Roe \t\t');
    expect(s.listed().split(/\s+/)).toEqual(['about:', 'private:']);
    await s.type('PR\t');
    expect(s.line()).toBe('/quote speaker:Roe private:');
    await s.type('t\t');
    expect(s.line()).toBe('/quote speaker:Roe private:true ');
    s.close();
  });

  it('completes command names, with or without a slash, in any case', async () => {
    const s = session(stories);
    await s.type('/TI\t');
    expect(s.line()).toBe('/timeline ');
    s.close();
    const t = session(stories);
    await t.type('wh\t');
    expect(t.line()).toBe('who ');
    t.close();
  });

  it('completes --story and the story ids after it', async () => {
    const s = session(stories);
    await s.type('/timeline --st\t');
    expect(s.line()).toBe('/timeline --story ');
    s.listed();
    // Tab follows Tab: this one lists.
    await s.type('\t');
    expect(s.listed().split(/\s+/)).toEqual(['eastfield-flood', 'harbour']);
    await s.type('EAST\t');
    expect(s.line()).toBe('/timeline --story eastfield-flood ');
    s.close();
  });

  it('leaves a question alone', async () => {
    const s = session(stories);
    await s.type('where did the board meet\t\t');
    expect(s.line()).toBe('where did the board meet');
    expect(s.listed()).toBe('');
    s.close();
  });
});
