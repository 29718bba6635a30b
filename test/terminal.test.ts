/** Terminal rendering: user text echoed back cannot drive the terminal. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { renderTerminal } from '../src/reply/terminal.js';

const app = createApp(new URL('../knowledge', import.meta.url).pathname);
// C0 and C1 controls (but newline) and the bidi controls, which reorder what follows them.
const UNSAFE = /[\0-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u; // eslint-disable-line no-control-regex

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

  it('leads with the answer, in bold at a terminal and plain in a pipe, and marks it in the quote', () => {
    const reply = app.run('ask', { question: 'what day did the drones go into poland' });
    const bold = renderTerminal(reply, 200, { bold: true });
    expect(bold.split('\n\n')[1]).toBe('\u001b[1mWednesday\u001b[22m — 10 September 2025 (the date as storybot reads it)');
    expect(bold).toContain('airspace on \u001b[1mWednesday\u001b[22m, marking');
    const plain = renderTerminal(reply, 200);
    expect(plain.split('\n\n')[1]).toBe('Wednesday — 10 September 2025 (the date as storybot reads it)');
    expect(plain).not.toMatch(UNSAFE);
  });

  it('sets no bold from text a user typed', () => {
    const text = renderTerminal(app.run('who', { name: 'x\uFDD0y\uFDD1z' }), 80, { bold: true });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('x\uFFFDy\uFFFDz');
  });
});
