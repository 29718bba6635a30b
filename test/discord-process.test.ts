/**
 * The bot's entry points as real processes against the stand-in: one bot process and SIGTERM,
 * the ShardingManager with an automatic shard count, and deploy-commands.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { PRIVATE_OPTION } from '../src/command.js';
import { quotedText } from '../src/reply/discord.js';
import { commandPayloads } from '../src/discord/registration.js';
import { FakeDiscord, type FakeUser, guild, snowflake, user } from './discord/fake-discord.js';
import { tokenFor } from './discord/harness.js';
import { type Running, runScript } from './discord/processes.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function standIn(options: { shards?: number; guilds?: ReturnType<typeof guild>[] } = {}) {
  const bot = user('storybot', true);
  const token = tokenFor(bot.id);
  const fake = await FakeDiscord.start({ token, bot, ...options });
  cleanup.push(() => fake.close());
  return { fake, bot, token };
}

function start(script: string, env: Record<string, string>, args: string[] = []): Running {
  const running = runScript(script, env, args);
  cleanup.push(() => running.kill());
  return running;
}

describe('npm start with DISCORD_TOKEN (src/discord/run.ts)', () => {
  it('answers, and on SIGTERM closes the gateway connection and exits promptly', async () => {
    const g = guild('News');
    const { fake, bot, token } = await standIn({ guilds: [g] });
    const running = start('src/discord/run.ts', { DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, COOLDOWN_SECONDS: '0' }, ['--knowledge', 'knowledge']);
    await running.waitForOutput('connected to Discord');
    const asked = fake.post(user('alice'), { kind: 'guild', guild: g }, `<@${bot.id}> Where did Trump and Putin meet?`, [bot as FakeUser]);
    const reply = await fake.waitForRequest((r) => (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === asked);
    const best = createApp('knowledge').run('ask', { question: 'Where did Trump and Putin meet?' }).items[0]!;
    expect((reply.body as { embeds: { description: string }[] }).embeds[0]!.description).toContain(`> ${quotedText(best)}`);

    running.child.kill('SIGTERM');
    expect(await running.exited()).toBe(0);
    const closed = await fake.waitForGateway((p) => p.closeCode !== undefined);
    expect(closed.closeCode).toBe(1000);
    expect(running.output()).toContain('"signal":"SIGTERM"');
    expect(running.output()).not.toContain(token);
  });

  it('follows edits to its stories while connected: new text, old buttons, broken edits logged once, a new story in autocomplete', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storybot-live-bot-'));
    mkdirSync(join(dir, 'harbour'));
    writeFileSync(join(dir, 'harbour', 'article.txt'), 'The harbour reopened on Monday, port officials said.\n');
    const g = guild('News');
    const where = { kind: 'guild', guild: g } as const;
    const { fake, bot, token } = await standIn({ guilds: [g] });
    const running = start('src/discord/run.ts', { DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, COOLDOWN_SECONDS: '0' }, ['--knowledge', dir]);
    type Callback = { data: { content?: string; embeds?: unknown[]; components?: { components: { label: string; custom_id: string }[] }[] } };
    const mention = async (question: string) => {
      const asked = fake.post(user('alice'), where, `<@${bot.id}> ${question}`, [bot as FakeUser]);
      return JSON.stringify((await fake.waitForRequest((r) => (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === asked)).body);
    };
    /** Waits until the log has said `text` `n` times. */
    const said = (text: string, n = 1) => expect.poll(() => running.output().split(text).length - 1, { timeout: 10_000 }).toBe(n);
    try {
      await running.waitForOutput('connected to Discord');
      const alice = user('alice');
      const before = (await fake.interactionResponse(fake.slash(alice, where, 'ask', { question: 'when did the harbour reopen' }))) as Callback;
      const paragraph = before.data.components![0]!.components.find((c) => c.label.endsWith('in full'))!;
      const onMessage = fake.message(g.channels[0]!.id, before.data);

      writeFileSync(join(dir, 'harbour', 'article.txt'), 'The harbour reopened on Monday, port officials said.\nThe first ferry returned on Friday.\n');
      await said('reloaded story harbour');
      expect(await mention('when did the ferry come back')).toContain('The first ferry returned on **Friday**');
      // A button on a reply made from the old text.
      const pressed = (await fake.interactionResponse(fake.press(alice, where, paragraph.custom_id, onMessage))) as Callback;
      expect(pressed.data.content).toBe('The story this button belongs to has changed since. Please ask again.');

      // Broken edits: one line each, and the last good version answers meanwhile.
      writeFileSync(join(dir, 'harbour', 'story.json'), '{ not json');
      await said('story.json: is not valid JSON');
      writeFileSync(join(dir, 'harbour', 'story.json'), '{}');
      await said('reloaded story harbour', 2);
      writeFileSync(join(dir, 'harbour', 'article.txt'), '');
      await said('article.txt: is empty');
      expect(await mention('when did the ferry come back')).toContain('The first ferry returned on **Friday**');

      // A new folder is a new story: its names are offered while typing.
      mkdirSync(join(dir, 'bridge'));
      writeFileSync(join(dir, 'bridge', 'article.txt'), 'Engineer Dana Pike said the bridge would reopen in May.\n');
      await said('added story bridge');
      const offered = (await fake.interactionResponse(fake.autocomplete(alice, where, 'who', 'name', 'Pik'))) as unknown as { data: { choices: { value: string }[] } };
      expect(offered.data.choices.map((c) => c.value)).toContain('Dana Pike');
      // Each broken edit was said once, however many file events the writes made and reloads followed.
      await said('story.json: is not valid JSON');
      await said('article.txt: is empty');
      await said('the last good version keeps answering', 2);
    } finally {
      running.child.kill('SIGTERM');
      await running.exited();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses to start with a one-line message when a setting is wrong', async () => {
    const running = start('src/discord/run.ts', { DISCORD_TOKEN: 'nonsense', DISCORD_API_URL: 'http://127.0.0.1:9/api' });
    expect(await running.exited()).toBe(1);
    expect(running.output().trim()).toBe(
      'storybot: DISCORD_TOKEN does not look like a bot token (three dot-separated parts); copy it again from the Bot page of your application.',
    );
  });
});

describe('npm run start:sharded (src/discord/shards.ts)', () => {
  it('spawns the recommended number of shards, each answering its own guilds, and stops them all on SIGTERM', async () => {
    const now = Date.now();
    // Guild ids from consecutive milliseconds fall on different shards of two.
    const guilds = [0, 1].map((i) => ({ ...guild(`Guild ${i}`), id: snowflake(now + i) }));
    const { fake, bot, token } = await standIn({ shards: 2, guilds });
    const running = start('src/discord/shards.ts', { DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, SHARD_COUNT: 'auto', COOLDOWN_SECONDS: '0' }, [
      '--knowledge',
      'knowledge',
    ]);
    await running.waitForOutput('all shards ready', 45_000);
    const shards = fake.gateway.filter((p) => p.op === 2).map((p) => (p.d as { shard: number[] }).shard);
    expect(shards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const g of guilds) {
      const asked = fake.post(user('alice'), { kind: 'guild', guild: g }, `<@${bot.id}> Where did Trump and Putin meet?`, [bot as FakeUser]);
      await fake.waitForRequest((r) => (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === asked);
    }

    running.child.kill('SIGTERM');
    expect(await running.exited(20_000)).toBe(0);
    expect(fake.gateway.filter((p) => p.closeCode !== undefined).map((p) => p.closeCode)).toEqual([1000, 1000]);
  }, 60_000);
});

describe('npm run deploy-commands (src/discord/deploy.ts)', () => {
  it('registers every command in the development guild, with `private` on each and no global-only fields', async () => {
    const { fake, bot, token } = await standIn();
    const guildId = snowflake();
    const running = start('src/discord/deploy.ts', { DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: guildId });
    expect(await running.exited()).toBe(0);
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${bot.id}/guilds/${guildId}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${token}`);
    const body = put.body as { name: string; type: number; contexts?: number[]; integration_types?: number[]; options: { name: string; type: number }[] }[];
    expect(body.length).toBeGreaterThan(1);
    for (const command of body) {
      // Discord reads where a command may be used and installed only on global commands.
      expect(command).not.toHaveProperty('contexts');
      expect(command).not.toHaveProperty('integration_types');
      if (command.type === 1) expect(command.options).toContainEqual({ name: 'private', description: PRIVATE_OPTION.description, type: 5, required: false });
    }
    // And the message command, last.
    expect(body.at(-1)).toEqual({ type: 3, name: 'Ask storybot' });
    expect(body.find((c) => c.name === 'ask')!.options[0]).toEqual({
      name: 'question',
      description: expect.any(String),
      type: 3,
      required: true,
      autocomplete: true,
      max_length: 500,
    });
    expect(running.output()).toMatch(new RegExp(`^Registered ${body.length} commands in guild ${guildId}: /ask.*, and the message command “Ask storybot”\\.`));
  });

  it('registers globally without DISCORD_GUILD_ID, and explains a refusal in one line', async () => {
    const { fake, bot, token } = await standIn();
    const ok = start('src/discord/deploy.ts', { DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl });
    expect(await ok.exited()).toBe(0);
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${bot.id}/commands`);
    for (const command of put.body as { contexts: number[]; integration_types: number[]; options?: { type: number; max_length?: number }[] }[]) {
      expect(command.contexts).toEqual([0, 1, 2]);
      expect(command.integration_types).toEqual([0, 1]);
      // Every text option is bounded, so Discord refuses an over-long one before storybot sees it.
      for (const option of (command.options ?? []).filter((o) => o.type === 3)) expect(option.max_length).toBe(500);
    }

    const refused = start('src/discord/deploy.ts', { DISCORD_TOKEN: tokenFor(bot.id).replace('s3cr3t', 'wrong'), DISCORD_API_URL: fake.apiUrl });
    expect(await refused.exited()).toBe(1);
    expect(refused.output().trim()).toBe('storybot: Discord refused the commands (401 401: Unauthorized). Check DISCORD_TOKEN.');
  });
});

describe('commandPayloads', () => {
  it('maps the neutral option types and puts required options first', () => {
    const [payload] = commandPayloads([
      {
        name: 'demo',
        description: 'A demo',
        options: [
          { name: 'count', description: 'How many', type: 'integer', minValue: 1, maxValue: 10 },
          { name: 'who', description: 'Who', type: 'string', required: true, autocomplete: true },
          { name: 'loud', description: 'Loudly', type: 'boolean' },
        ],
      },
    ]);
    if (payload?.type !== 1) throw new Error('the slash command comes first');
    expect(payload.options!.map((o) => [o.name, o.type, o.required])).toEqual([
      ['who', 3, true],
      ['count', 4, false],
      ['loud', 5, false],
      ['private', 5, false],
    ]);
    expect(payload.options![1]).toMatchObject({ min_value: 1, max_value: 10 });
  });

  it('names the command Discord would refuse', () => {
    expect(() => commandPayloads([{ name: 'Bad Name', description: 'x', options: [] }])).toThrow('/Bad Name: Discord needs a lower-case name');
    expect(() => commandPayloads([{ name: 'Ask', description: 'x', options: [] }])).toThrow('/Ask: Discord needs a lower-case name');
    // Discord's rule takes letters of any script, and an apostrophe.
    expect(commandPayloads([{ name: "qui-est-là", description: 'x', options: [] }, { name: 'पूछो', description: 'x', options: [] }])).toHaveLength(3);
    expect(() => commandPayloads([{ name: 'long', description: 'x'.repeat(101), options: [] }])).toThrow('/long: Discord needs a description of 1 to 100 characters (it has 101).');
  });
});
