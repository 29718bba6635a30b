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
});
