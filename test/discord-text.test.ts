import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/app.js';
import type { CommandDefinition } from '../src/command.js';
import { createCooldown } from '../src/discord/cooldown.js';
import { parseMessage, stripMention } from '../src/discord/text.js';

const catalogue: CommandDefinition[] = [
  { name: 'ask', description: 'Ask', options: [{ name: 'question', description: 'q', type: 'string', required: true }] },
  { name: 'timeline', description: 'Timeline', options: [] },
  { name: 'quote', description: 'Quotes', options: [{ name: 'speaker', description: 's', type: 'string' }, { name: 'about', description: 'a', type: 'string' }] },
  { name: 'who', description: 'Who', options: [{ name: 'name', description: 'n', type: 'string' }] },
];

describe('parseMessage', () => {
  it.each([
    ['timeline', { command: 'timeline', options: {} }],
    ['quote speaker:Tusk about:"drone attack"', { command: 'quote', options: { speaker: 'Tusk', about: 'drone attack' } }],
    ['/who Tusk', { command: 'who', options: { name: 'Tusk' } }],
    ['ask where did they meet?', { command: 'ask', options: { question: 'where did they meet?' } }],
    // Starts with a command's name, but reads as a question: asked word for word, quotes kept.
    ['who is Tusk?', { command: 'ask', options: { question: 'who is Tusk?' } }],
    ['Who said "running out fast"?', { command: 'ask', options: { question: 'Who said "running out fast"?' } }],
    ['timeline of the talks?', { command: 'ask', options: { question: 'timeline of the talks?' } }],
  ])('%s', (text, request) => {
    expect(parseMessage(text, catalogue)).toEqual(request);
  });

  it('has nothing to say for an empty message, and a clear error for a bad command line', () => {
    expect(parseMessage('   ', catalogue)).toBeUndefined();
    expect(() => parseMessage('/nope', catalogue)).toThrow(UsageError);
    expect(() => parseMessage('quote mood:angry', catalogue)).toThrow('/quote has no option "mood"');
  });

  it('strips mentions of the bot only', () => {
    expect(stripMention('<@123456789012345678> where? <@!123456789012345678>', '123456789012345678')).toBe('where?');
    expect(stripMention('<@223456789012345678> hi', '123456789012345678')).toBe('<@223456789012345678> hi');
  });
});

describe('createCooldown', () => {
  it('lets one request through per window and reports the first refusal once', () => {
    let now = 0;
    const cooldown = createCooldown(3, () => now);
    expect(cooldown.take('a')).toEqual({ ok: true });
    expect(cooldown.take('b')).toEqual({ ok: true });
    now = 1_000;
    expect(cooldown.take('a')).toEqual({ ok: false, waitSeconds: 2, firstRefusal: true });
    expect(cooldown.take('a')).toEqual({ ok: false, waitSeconds: 2, firstRefusal: false });
    now = 3_000;
    expect(cooldown.take('a')).toEqual({ ok: true });
    expect(createCooldown(0).take('a')).toEqual({ ok: true });
  });
});
