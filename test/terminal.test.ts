/** Terminal rendering: user text echoed back cannot drive the terminal. */
/* eslint-disable no-control-regex -- styled text is read by its escape codes */
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import stringWidth from 'string-width';
import { renderTerminal, STYLED, wrap } from '../src/reply/terminal.js';
import type { Reply } from '../src/reply/reply.js';

const app = createApp(new URL('../knowledge', import.meta.url).pathname);
// C0 and C1 controls (but newline) and the bidi controls, which reorder what follows them.
const UNSAFE = /[\0-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe('renderTerminal', () => {
  it('neutralises escape sequences and controls in echoed names', () => {
    const text = renderTerminal(app.run('who', { name: '\x1b[31mred\x9b0m\x07\rgone' }));
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain('names no one like "\uFFFD[31mred\uFFFD0m\uFFFD\uFFFDgone"');
  });

  it('neutralises bidi controls and turns tabs into spaces in echoed names', () => {
    const reply = app.run('quote', { speaker: 'Ana\u202Eeurt\u2066x\u2069\u200F\u061C\tRuiz' });
    const text = renderTerminal(reply);
    expect(reply.error).toMatch(/\u202E/);
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain('"Ana\uFFFDeurt\uFFFDx\uFFFD\uFFFD\uFFFD Ruiz"');
  });

  it('leaves the article and its own layout as they were', () => {
    const reply = app.run('ask', { question: 'What base hosted the Alaska meeting?' });
    const text = renderTerminal(reply);
    expect(text.split('\n').length).toBeGreaterThan(3);
    for (const item of reply.items) expect(text.replace(/\s+/g, ' ')).toContain(item.text.replace(/\s+/g, ' '));
  });

  it('leads with the answer, in bold when styled and plain otherwise, marks it in the quote and dims places', () => {
    const reply = app.run('ask', { question: 'what day did the drones go into poland' });
    const styled = renderTerminal(reply, 200, STYLED);
    expect(styled.split('\n\n')[1]).toBe('\u001b[1mWednesday\u001b[22m — \u001b[2m10 September 2025 (the date as storybot reads it)\u001b[22m');
    expect(styled).toContain('airspace on \u001b[1mWednesday\u001b[22m, marking');
    // The paragraph marker and the date are dimmed.
    expect(styled).toMatch(/^ 1\. \u001b\[2m¶6 · 10 September 2025\u001b\[22m$/m);
    const plain = renderTerminal(reply, 200);
    expect(plain.split('\n\n')[1]).toBe('Wednesday — 10 September 2025 (the date as storybot reads it)');
    expect(plain).toMatch(/^ 1\. ¶6 · 10 September 2025$/m);
    expect(plain).not.toMatch(UNSAFE);
  });

  it('sets no style from text a user typed', () => {
    const text = renderTerminal(app.run('who', { name: 'x\u001b[1my' }), 80, STYLED);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('x\uFFFD[1my');
  });

  it('wraps by display width: wide characters and emoji take two columns, and a style carries over the break', () => {
    const wide = Array(3).fill('東京の会議は 金曜日に 終わった 🎉🎉 そして 代表団は 帰国した').join(' ');
    for (const line of wrap(wide, 20, '    ').split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(20);
    expect(wrap(wide, 20, '    ').replace(/\s+/g, '')).toBe(wide.replace(/\s+/g, ''));
    const reply: Reply = {
      command: 'ask',
      title: 'q',
      answer: { text: '東京の会議は 金曜日に 終わった' },
      items: [],
      data: {},
    };
    const lines = renderTerminal(reply, 12, STYLED).split('\n').slice(2);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line).toMatch(/^\u001b\[1m.*\u001b\[22m$/);
      expect(stringWidth(line)).toBeLessThanOrEqual(12);
    }
  });
});

describe('a quote card', () => {
  it('names its speaker once: in the heading with their role, not again in the place line', () => {
    const reply = app.run('quote', { speaker: 'Tusk' });
    const text = renderTerminal(reply);
    const card = text.split('\n').find((line) => line.includes('Donald Tusk,'));
    expect(card).toBeDefined();
    expect(card!.match(/Donald Tusk/g)).toHaveLength(1);
  });
});
