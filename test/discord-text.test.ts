import { describe, expect, it } from 'vitest';
import { createCooldown } from '../src/discord/cooldown.js';
import { stripMention } from '../src/discord/text.js';

describe('stripMention', () => {
  it('strips mentions of the bot only', () => {
    expect(stripMention('<@123456789012345678> where? <@!123456789012345678>', '123456789012345678')).toBe('where?');
    expect(stripMention('<@223456789012345678> hi', '123456789012345678')).toBe('<@223456789012345678> hi');
  });
});

describe('createCooldown', () => {
  it('lets one request through per window and reports the first refusal once', () => {
    let now = 0;
    const cooldown = createCooldown(3, 1, () => now);
    expect(cooldown.take('a')).toEqual({ ok: true });
    expect(cooldown.take('b')).toEqual({ ok: true });
    now = 1_000;
    expect(cooldown.take('a')).toEqual({ ok: false, waitSeconds: 2, firstRefusal: true });
    expect(cooldown.take('a')).toEqual({ ok: false, waitSeconds: 2, firstRefusal: false });
    now = 3_000;
    expect(cooldown.take('a')).toEqual({ ok: true });
    expect(createCooldown(0).take('a')).toEqual({ ok: true });
  });

  it('lets a burst through, then one request each time one is earned back', () => {
    let now = 0;
    const cooldown = createCooldown(20, 5, () => now);
    for (let i = 0; i < 5; i++) expect(cooldown.take('a')).toEqual({ ok: true });
    expect(cooldown.take('a')).toEqual({ ok: false, waitSeconds: 4, firstRefusal: true });
    now = 3_000;
    expect(cooldown.take('a')).toEqual({ ok: false, waitSeconds: 1, firstRefusal: false });
    now = 4_000;
    expect(cooldown.take('a')).toEqual({ ok: true });
    expect(cooldown.take('a')).toMatchObject({ ok: false, firstRefusal: true });
    // Idle long enough, the whole burst is back, and no more.
    now = 1_000_000;
    for (let i = 0; i < 5; i++) expect(cooldown.take('a')).toEqual({ ok: true });
    expect(cooldown.take('a')).toMatchObject({ ok: false });
  });
});
