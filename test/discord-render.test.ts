import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import {
  DISCORD_LIMITS,
  type DiscordPage,
  escapeText,
  quotedText,
  renderChoices,
  renderForDiscord,
  truncate,
} from '../src/reply/discord.js';
import type { Reply, ReplyItem } from '../src/reply/reply.js';
import { callbackRefusal } from './discord/openapi.js';

function item(text: string, paragraph = 1, extra: Partial<ReplyItem['place']> = {}): ReplyItem {
  return { text, place: { story: 'seed', paragraph, passage: paragraph, ...extra } };
}

function reply(items: ReplyItem[], more: Partial<Reply> = {}): Reply {
  return { command: 'ask', title: 'A question?', items, data: {}, ...more };
}

/** Everything a page shows, whichever style. */
function shownText(page: DiscordPage): string {
  const embed = page.message.embeds?.[0];
  return [page.message.content, embed?.title, embed?.description, embed?.footer?.text].filter(Boolean).join('\n');
}

function withinLimits(page: DiscordPage): void {
  const { content, embeds = [] } = page.message;
  expect((content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  expect(embeds.length).toBeLessThanOrEqual(1);
  for (const e of embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect((e.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
  }
  expect(page.message.allowed_mentions).toEqual({ parse: [], replied_user: false });
  // As Discord's own API description has it (a message answering an interaction).
  expect(callbackRefusal({ type: 4, data: page.message })).toBeUndefined();
}

/** Render every page from the first, following `next`. */
function allPages(r: Reply, style: 'embed' | 'text'): DiscordPage[] {
  const pages = [renderForDiscord(r, { style })];
  while (pages.at(-1)!.next !== undefined) {
    const next = pages.at(-1)!.next!;
    pages.push(renderForDiscord(r, { style, start: next }));
    expect(pages.length).toBeLessThan(1000);
  }
  return pages;
}

describe('renderForDiscord', () => {
  it('quotes an answer from the seed story with its place, in an embed', () => {
    const app = createApp('knowledge');
    const answer = app.run('ask', { question: 'Where did Trump and Putin meet?' });
    const page = renderForDiscord(answer);
    const description = page.message.embeds![0]!.description!;
    const best = answer.items[0]!;
    // The answer leads in bold, and is marked where it stands in the quote, which stays verbatim.
    const { start, end } = best.mark!;
    expect(answer.answer!.text).toBe(best.text.slice(start, end));
    expect(description.startsWith(`**${escapeText(answer.answer!.text)}**\n\n`)).toBe(true);
    expect(description).toContain(
      `> ${escapeText(best.text.slice(0, start))}**${escapeText(best.text.slice(start, end))}**${escapeText(best.text.slice(end))}`,
    );
    expect(quotedText(best)).toBe(`${escapeText(best.text.slice(0, start))}**${escapeText(best.text.slice(start, end))}**${escapeText(best.text.slice(end))}`);
    expect(description).toContain(`\n-# ¶${best.place.paragraph}`);
    expect(page.message.embeds![0]!.title).toBe('Where did Trump and Putin meet?');
    expect(page.shown).toEqual(answer.items);
    expect(page.next).toBeUndefined();
  });

  it('sets a resolved date beside the answer as storybot’s reading, outside the quote', () => {
    const app = createApp('knowledge');
    const answer = app.run('ask', { question: 'what day did the drones go into poland' });
    expect(answer.answer).toEqual({ text: 'Wednesday', reading: '10 September 2025' });
    const description = renderForDiscord(answer).message.embeds![0]!.description!;
    expect(description.split('\n')[0]).toBe('**Wednesday** — *10 September 2025, as storybot reads the date*');
    expect(description).toContain('airspace on **Wednesday**, marking');
    expect(description).not.toMatch(/^>.*10 September 2025/m);
  });

  it('shows the date, speaker and credited outlet of a quote', () => {
    const page = renderForDiscord(
      reply([item('He said it.', 8, { date: '2025-09-12', speaker: 'Donald Trump', source: 'Fox News' })]),
      { style: 'text' },
    );
    expect(page.message.content).toContain('-# ¶8 · 12 September 2025 · Donald Trump · via Fox News');
    expect(page.message.embeds).toBeUndefined();
  });

  it('pages at passage boundaries, each passage whole, within the embed limit', () => {
    const items = Array.from({ length: 30 }, (_, i) => item(`Passage ${i} ${'word '.repeat(80)}end.`, i + 1));
    const pages = allPages(reply(items), 'embed');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach(withinLimits);
    expect(pages.flatMap((p) => p.shown)).toEqual(items);
    for (const page of pages) {
      for (const shown of page.shown) expect(shownText(page)).toContain(`> ${shown.text}`);
    }
    expect(pages[0]!.message.embeds![0]!.footer!.text).toMatch(/^Showing 1–\d+ of 30$/);
    expect(pages[1]!.message.embeds![0]!.title).toBe('A question? (continued)');
  });

  it('keeps plain text under 2,000 characters', () => {
    const items = Array.from({ length: 12 }, (_, i) => item(`Sentence ${i}: ${'lorem ipsum '.repeat(30)}`, i + 1));
    const pages = allPages(reply(items, { lead: 'The story does not say. These passages come closest:' }), 'text');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach(withinLimits);
    expect(pages.flatMap((p) => p.shown)).toEqual(items);
    expect(pages[0]!.message.content).toContain('*The story does not say.');
    expect(pages[1]!.message.content).not.toContain('The story does not say');
  });

  it('cuts a passage longer than a whole page at a word, never mid-word', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`);
    const page = renderForDiscord(reply([item(words.join(' '))]), { style: 'text' });
    withinLimits(page);
    const quoted = page.message.content!.split('\n').find((l) => l.startsWith('> '))!;
    expect(quoted).toMatch(/ w\d+…$/);
    const lastWord = quoted.slice(2, -1).split(' ').at(-1)!;
    expect(words).toContain(lastWord);
    expect(page.next).toBeUndefined();
  });

  it('never pings: mentions in user text are defused and nothing is parsed', () => {
    const page = renderForDiscord(reply([item('Hello <@123456789012345678> and @here.')], { title: 'does @everyone know <@&987654321098765432>?' }), {
      style: 'text',
    });
    withinLimits(page);
    const text = page.message.content!;
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text).toContain('@\u200beveryone');
    expect(text).not.toMatch(/(^|[^\\])<@/);
    const embedPage = renderForDiscord(reply([], { title: '@everyone look' }));
    expect(embedPage.message.embeds![0]!.title).toBe('@\u200beveryone look');
  });

  it('shows mention syntax literally: every "<" comes out escaped, whatever precedes it', () => {
    expect(escapeText('<@1> <@!2> <@&3> <#4> \\<@5>')).toBe('\\<@1> \\<@!2> \\<@&3> \\<#4> \\\\\\<@5>');
    // An odd run of backslashes before each "<": the last one is escapeText's own, so Discord parses no mention.
    const unescaped = /(^|[^\\])(\\\\)*</;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '@', '&', '!', '#', '\\', '>', '1', ' ', '\n', '*', ':') }), (text) => {
        expect(escapeText(text)).not.toMatch(unescaped);
      }),
      { numRuns: 2000 },
    );
  });

  it('shows a web address as text, never as a link: in a quote, an echoed question, a lead', () => {
    // Found by asking "is https://evil.example/free-nitro real": Discord links a bare address by
    // itself, so the answer's title (plain text) and lead showed the asker's address as a link.
    const address = 'https://evil.example/free-nitro';
    const r = reply([item(`Read more at ${address}.`)], { title: `is ${address} real?`, lead: `The story doesn't answer “is ${address} real”.` });
    for (const style of ['text', 'embed'] as const) {
      const page = renderForDiscord(r, { style });
      withinLimits(page);
      const body = page.message.content ?? page.message.embeds![0]!.description!;
      expect(body).not.toMatch(/[a-z]:\/\//i);
      expect(body.match(/https\\:\/\/evil\.example\/free-nitro/g)).toHaveLength(style === 'text' ? 3 : 2);
    }
    expect(escapeText('ftp://a.b and a: //b, 10:30')).toBe('ftp\\://a.b and a: //b, 10:30');
  });

  it('escapes markdown so quoted and echoed text shows exactly as written', () => {
    expect(escapeText('*bold* _it_ `code` ||spoiler|| [link](https://x.y) ~~s~~')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\[link\\](https\\://x.y) \\~\\~s\\~\\~',
    );
    expect(escapeText('# heading\n-# small\n> quote\n1. list')).toBe('\\# heading\n\\-# small\n\\> quote\n1\\. list');
    expect(escapeText('Elmendorf-Richardson, 50% to 100%')).toBe('Elmendorf-Richardson, 50% to 100%');
  });

  it('puts the quotation marks back around a quotation, and reads a date heading', () => {
    const page = renderForDiscord(reply([{ ...item('running out fast', 8), quotation: true, heading: '2025-09-12' }]), { style: 'text' });
    expect(page.message.content).toContain('**12 September 2025**\n> “running out fast”\n-# ¶8');
  });

  it('renders an error as one polite line of text', () => {
    const page = renderForDiscord(reply([], { error: 'No speaker matches "@everyone".' }));
    expect(page.message).toEqual({ content: '⚠️ No speaker matches "@\u200beveryone".', allowed_mentions: { parse: [], replied_user: false } });
  });

  it('always shows a quote on a page, whatever its place says: a speaker’s name run on for thousands of characters', () => {
    // Found by loading an article opening with 400 capitalised words before "said": they were read as
    // one speaker's name, and /ask's place line alone outgrew a text page, so the page showed no
    // quote and its "More" led to the same page again.
    const speaker = Array.from({ length: 400 }, (_, i) => `Zor${i}ke`).join(' ');
    const items = [item('We will rebuild the bridge by May.', 1, { speaker, source: speaker }), item('The bridge cost 4 million pounds.', 2)];
    for (const style of ['text', 'embed'] as const) {
      const pages = allPages(reply(items, { title: 'q'.repeat(400), lead: 'l'.repeat(600) }), style);
      pages.forEach(withinLimits);
      const shown = pages.map(shownText).join('\n');
      expect(shown).toContain('We will rebuild the bridge by May.');
      expect(shown).toContain('The bridge cost 4 million pounds.');
    }
  });

  it('renders storybot lines after the quotes, paged like them', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `Line ${i}: ${'x'.repeat(100)}`);
    const pages = allPages(reply([], { lines }), 'text');
    pages.forEach(withinLimits);
    const all = pages.map((p) => p.message.content).join('\n');
    for (const line of lines) expect(all).toContain(line);
  });

  it('shows what storybot’s own lines carry from the story as written: a title with markdown in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storybot-lines-'));
    try {
      mkdirSync(join(dir, 'crane'));
      writeFileSync(join(dir, 'crane', 'article.txt'), 'The crane at Berth 4 fell on Tuesday.\n');
      writeFileSync(join(dir, 'crane', 'story.json'), JSON.stringify({ title: 'Port_Elsby_Live: *what* went wrong [updates](https://x.example)' }));
      const page = renderForDiscord(createApp(dir).run('story'));
      expect(page.message.embeds![0]!.description).toContain('Port\\_Elsby\\_Live: \\*what\\* went wrong \\[updates\\](https\\://x.example) \\[crane\\]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stays within every limit whatever the reply (property)', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3000 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ text, heading: fc.option(text.map((t) => t.slice(0, 200)), { nil: undefined }) }), { maxLength: 12 }),
        fc.array(text, { maxLength: 5 }),
        fc.string({ maxLength: 600 }),
        fc.constantFrom('embed' as const, 'text' as const),
        (raw, lines, title, style) => {
          const r = reply(
            raw.map((x, i) => ({ ...item(x.text, i + 1), heading: x.heading })),
            { title: title || '?', lines },
          );
          const pages = allPages(r, style);
          pages.forEach(withinLimits);
          expect(pages.flatMap((p) => p.shown)).toEqual(r.items);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('renderChoices', () => {
  it('offers at most 25 distinct choices with names and values of at most 100 characters', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({ name: `Question ${i % 30} ${'long words here '.repeat(10)}`, value: `q${i % 30} ${'v '.repeat(80)}` }));
    const out = renderChoices(choices);
    expect(out).toHaveLength(25);
    expect(new Set(out.map((c) => c.value)).size).toBe(25);
    for (const c of out) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(out[0]!.name).toMatch(/ (long|words|here)…$/);
    expect(callbackRefusal({ type: 8, data: { choices: out } })).toBeUndefined();
  });

  it('drops empty choices', () => {
    expect(renderChoices([{ name: ' ', value: 'x' }, { name: 'Tusk', value: 'Tusk' }])).toEqual([{ name: 'Tusk', value: 'Tusk' }]);
  });
});

describe('truncate', () => {
  it('never leaves a dangling escape or half a surrogate pair', () => {
    expect(truncate('ab\\*cdefghij', 4)).toBe('ab…');
    expect(truncate('a😀😀😀😀😀', 4)).toBe('a😀…');
  });
});
