import { describe, expect, it } from 'vitest';
import { createCooldown } from '../src/discord/cooldown.js';
import { stripMention } from '../src/discord/text.js';
import { type App, createApp } from '../src/app.js';
import { createRouter } from '../src/discord/router.js';
import { createLogger } from '../src/log.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callbackRefusal } from './discord/openapi.js';

describe('stripMention', () => {
  it('strips mentions of the bot only', () => {
    expect(stripMention('<@123456789012345678> where? <@!123456789012345678>', '123456789012345678')).toBe('where?');
    expect(stripMention('<@223456789012345678> hi', '123456789012345678')).toBe('<@223456789012345678> hi');
  });

  it("strips the bot's own role in a server, and no other role", () => {
    expect(stripMention('<@&323456789012345678> where? <@&423456789012345678>', '123456789012345678', '323456789012345678')).toBe('where? <@&423456789012345678>');
    expect(stripMention('<@&323456789012345678> where?', '123456789012345678')).toBe('<@&323456789012345678> where?');
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

describe('buttons through the router', () => {
  // Five long paragraphs: more than one embed holds, so an answer has a "More" button.
  const dir = mkdtempSync(join(tmpdir(), 'storybot-router-'));
  mkdirSync(join(dir, 'harbour'));
  const sentence = (i: number) => `The harbour report number ${i} says ${Array.from({ length: 200 }, (_, k) => `ship${i}x${k}`).join(' ')} reached the harbour.`;
  writeFileSync(join(dir, 'harbour', 'article.txt'), Array.from({ length: 5 }, (_, i) => sentence(i + 1)).join('\n'));
  const app = createApp(dir);
  rmSync(dir, { recursive: true, force: true });
  const logger = createLogger({ level: 'silent' });
  const question = [{ name: 'question', value: 'what did the harbour report say?' }];
  const idsOf = (answer: ReturnType<ReturnType<typeof createRouter>['command']>) =>
    (answer.data.components?.[0] as { components: { custom_id: string }[] } | undefined)?.components.map((c) => c.custom_id) ?? [];

  it('counts running a request again ("More") against the rate limit, but not showing a paragraph', () => {
    const router = createRouter(app, { logger, cooldownSeconds: 20, cooldownBurst: 2 });
    const ids = idsOf(router.command('u', 'ask', question));
    const more = ids.find((id) => id.startsWith('m:'))!;
    const paragraph = ids.find((id) => id.startsWith('p:'))!;
    expect(router.button('u', more).data.content ?? '').not.toMatch(/going a little fast/);
    expect(router.button('u', more).data.content).toMatch(/^You're going a little fast/);
    expect(router.button('u', paragraph).data.embeds).toBeDefined();
  });

  it('offers "did you mean" buttons Discord accepts: labels cut whole at 80, one button per request', () => {
    // Two suggestions can run the same request (the same name under two labels): Discord refuses
    // duplicate custom_ids. And a label of emoji cut at 80 UTF-16 units split the last one in half.
    const emoji = `x${'🦀'.repeat(60)}`;
    const suggesting: App = {
      ...app,
      run: (command, options, scope) =>
        options?.name === 'shipwright'
          ? {
              ...app.run(command, options, scope),
              suggestions: [
                [emoji, 'Crab'],
                ['Harbour Master', 'Harbour Master'],
                ['The crab again', 'Crab'],
                ['Harbour Master', 'Harbour Master'],
              ].map(([label, name]) => ({ label: label!, command: 'who', options: { name: name! } })),
            }
          : app.run(command, options, scope),
    };
    const { data } = createRouter(suggesting, { logger, cooldownSeconds: 0 }).command('u', 'who', [{ name: 'name', value: 'shipwright' }]);
    expect(callbackRefusal({ type: 4, data })).toBeUndefined();
    const buttons = (data.components![0] as { components: { label: string; custom_id: string }[] }).components;
    expect(buttons.map((b) => b.custom_id)).toEqual([...new Set(buttons.map((b) => b.custom_id))]);
    expect(buttons).toHaveLength(2);
    const [crabs, master] = buttons.map((b) => b.label);
    expect(master).toBe('Harbour Master');
    expect(crabs!.length).toBeLessThanOrEqual(80);
    // Whole emoji and the cut mark: no lone half of a surrogate pair.
    expect(crabs).toMatch(/^x(🦀)+…$/u);
  });

  it('takes no button whose numbers are not plain digits', () => {
    const router = createRouter(app, { logger, cooldownSeconds: 0 });
    const more = idsOf(router.command('u', 'ask', question)).find((id) => id.startsWith('m:'))!;
    expect(router.button('u', more).data.embeds).toBeDefined();
    for (const start of ['1e300', '0x1', '-0', '', '1.5']) {
      expect(router.button('u', more.replace(/^m:\d+:/, `m:${start}:`)).data.content).toBe('This button is not one storybot knows. Please ask again.');
    }
  });
});
