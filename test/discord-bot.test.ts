/**
 * End to end: the real discord.js client, started by startBot, against the stand-in for Discord
 * on 127.0.0.1. Every assertion is on what the bot really sent over HTTP or the gateway.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { startBot } from '../src/discord/bot.js';
import { createLogger } from '../src/log.js';
import { escapeText, placeLine, quotedText, renderChoices, renderForDiscord } from '../src/reply/discord.js';
import { ATTACH_FILES, botRoleId, EMBED_LINKS, FakeDiscord, type FakeGuild, type FakeUser, guild, snowflake, user, type Where } from './discord/fake-discord.js';
import { type Harness, startHarness, tokenFor } from './discord/harness.js';
import { PNG } from 'pngjs';
import { timelineSvg } from '../src/reply/image.js';

type Data = {
  content?: string;
  embeds?: { title?: string; description?: string; footer?: { text: string } }[];
  components?: { components: { custom_id: string; label: string }[] }[];
  flags?: number;
  allowed_mentions?: unknown;
  message_reference?: { message_id: string };
};
type Callback = { type: number; data: Data };

const EPHEMERAL = 64;
const NO_PINGS = { parse: [], replied_user: false };
const QUESTION = 'Where did Trump and Putin meet?';

/** How the engine's best passage for `question` reads in a Discord answer: quoted, then placed. */
/** The first passage as the bot quotes it: the answer, when there is one, in bold where it stands. */
function bestQuote(app: App, question = QUESTION): string {
  const best = app.run('ask', { question }).items[0]!;
  return `> ${quotedText(best)}\n-# ${placeLine(best)}`;
}

/** An embed without the timeline's picture (tested on its own): the rest is the engine's rendering. */
function withoutPicture(embed: Record<string, unknown>) {
  const { image: _image, ...rest } = embed;
  return rest;
}

/** All the text of a message, whichever form it took. */
function textOf(data: Data): string {
  return [data.content, ...(data.embeds ?? []).flatMap((e) => [e.title, e.description, e.footer?.text])].filter(Boolean).join('\n');
}

/** The message the stand-in recorded as a reply to `messageId`. */
function replyTo(h: Harness, messageId: string) {
  return h.fake.requests.find((r) => r.method === 'POST' && (r.body as Data).message_reference?.message_id === messageId);
}

function waitForReply(h: Harness, messageId: string) {
  return h.fake.waitForRequest((r) => r.method === 'POST' && r.status === 200 && (r.body as Data).message_reference?.message_id === messageId, 10_000, `a reply to ${messageId}`);
}

/** Sample values for a command's required options, so every command can be run. */
function sampleOptions(app: App, name: string): Record<string, string | number | boolean> {
  const samples: Record<string, string> = { question: QUESTION };
  const options: Record<string, string | number | boolean> = {};
  for (const o of app.commands.get(name)!.definition.options) {
    if (!o.required) continue;
    options[o.name] = o.type === 'string' ? (samples[o.name] ?? 'Trump') : o.type === 'integer' ? (o.minValue ?? 1) : true;
  }
  return options;
}

describe('the bot on the gateway', () => {
  let h: Harness;
  let news: FakeGuild;
  let quiet: FakeGuild;
  const alice = user('alice');
  const bob = user('bob');
  let inNews: Where;
  const dm = (u: FakeUser) => ({ kind: 'dm', channelId: `9${u.id.slice(1)}` }) as const;

  beforeAll(async () => {
    news = guild('News', ['general', 'story-talk']);
    quiet = guild('Quiet');
    quiet.channels[0]!.deny = EMBED_LINKS | ATTACH_FILES;
    inNews = { kind: 'guild', guild: news };
    h = await startHarness({ guilds: [news, quiet], heartbeatInterval: 250, env: { ANSWER_CHANNELS: 'story-talk', LOG_LEVEL: 'trace' } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('identifies with the intents it needs, receives its guilds, and keeps heartbeating', async () => {
    const identify = await h.fake.waitForGateway((p) => p.op === 2);
    const intents = Number((identify.d as { intents: number }).intents);
    // Guilds, GuildMessages, DirectMessages, and MessageContent because ANSWER_CHANNELS is set.
    expect(intents).toBe((1 << 0) | (1 << 9) | (1 << 12) | (1 << 15));
    expect(h.bot.client.guilds.cache.map((g) => g.name).sort()).toEqual(['News', 'Quiet']);
    await h.fake.waitForGateway((p) => p.op === 1, 5_000, 'a heartbeat');
  });

  it('answers /ask in a server with the passage that answers it, in a block quote with its paragraph', async () => {
    const id = h.fake.slash(alice, inNews, 'ask', { question: QUESTION });
    const { type, data } = (await h.fake.interactionResponse(id)) as Callback;
    expect(type).toBe(4);
    expect(data.embeds![0]!.title).toBe(QUESTION);
    expect(data.embeds![0]!.description).toContain(bestQuote(h.app));
    expect(bestQuote(h.app)).toMatch(/\n-# ¶\d+/);
    expect(data.allowed_mentions).toEqual(NO_PINGS);
    expect(data.flags ?? 0).toBe(0);
  });

  it('answers every slash command exactly as the engine renders it', async () => {
    expect(h.app.commands.size).toBeGreaterThan(0);
    for (const name of h.app.commands.keys()) {
      const options = sampleOptions(h.app, name);
      const id = h.fake.slash(alice, inNews, name, options);
      const { type, data } = (await h.fake.interactionResponse(id)) as Callback;
      expect(type, name).toBe(4);
      const expected = renderForDiscord(h.app.run(name, options)).message;
      expect({ content: data.content ?? undefined, embeds: data.embeds?.length ? data.embeds.map(withoutPicture) : undefined }, name).toEqual({
        content: expected.content,
        embeds: expected.embeds,
      });
      expect(data.allowed_mentions, name).toEqual(NO_PINGS);
    }
  });

  it('answers `private:` ephemerally, in DMs too', async () => {
    const id = h.fake.slash(alice, dm(alice), 'ask', { question: QUESTION, private: true });
    const { type, data } = (await h.fake.interactionResponse(id)) as Callback;
    expect(type).toBe(4);
    expect(data.flags).toBe(EPHEMERAL);
    expect(textOf(data)).toContain(bestQuote(h.app));
  });

  it('answers where only a user-installed app can: a group DM', async () => {
    const id = h.fake.slash(bob, { kind: 'private', channelId: snowflake() }, 'ask', { question: QUESTION });
    const { type, data } = (await h.fake.interactionResponse(id)) as Callback;
    expect(type).toBe(4);
    expect(textOf(data)).toContain(bestQuote(h.app));
  });

  it('autocompletes with what the engine suggests, within 25 choices', async () => {
    for (const [name, command] of h.app.commands) {
      for (const option of command.definition.options.filter((o) => o.autocomplete)) {
        const id = h.fake.autocomplete(alice, inNews, name, option.name, 'Pu');
        const response = (await h.fake.interactionResponse(id)) as { type: number; data: { choices: unknown[] } };
        expect(response.type).toBe(8);
        expect(response.data.choices).toEqual(renderChoices(h.app.complete(name, option.name, 'Pu')));
        expect(response.data.choices.length).toBeLessThanOrEqual(25);
      }
    }
  });

  it('answers a question sent as a direct message, replying to it without pinging', async () => {
    const question = 'Who called the drone incursion a deliberate attack?';
    const id = h.fake.post(alice, dm(alice), question);
    const reply = await waitForReply(h, id);
    expect(reply.path).toBe(`/channels/${dm(alice).channelId}/messages`);
    const data = reply.body as Data;
    expect(textOf(data)).toContain(bestQuote(h.app, question));
    expect(data.allowed_mentions).toEqual(NO_PINGS);
  });

  it('answers when mentioned in a server channel, without the mention in the question', async () => {
    const id = h.fake.post(bob, inNews, `<@${h.botUser.id}> ${QUESTION}`, [h.botUser as FakeUser]);
    const data = (await waitForReply(h, id)).body as Data;
    expect(data.embeds![0]!.title).toBe(QUESTION);
    expect(textOf(data)).toContain(bestQuote(h.app));
  });

  it("answers when its own role is mentioned in its place (Discord's @ often picks the role named as the bot), and not for another role", async () => {
    const role = botRoleId(news);
    const id = h.fake.post(bob, inNews, `<@&${role}> ${QUESTION}`, [], [role]);
    const other = h.fake.post(bob, inNews, `<@&${snowflake()}> ${QUESTION}`, [], [snowflake()]);
    const data = (await waitForReply(h, id)).body as Data;
    expect(data.embeds![0]!.title).toBe(QUESTION);
    expect(textOf(data)).toContain(bestQuote(h.app));
    await waitForReply(h, h.fake.post(alice, dm(alice), QUESTION));
    expect(replyTo(h, other)).toBeUndefined();
  });

  it('answers in plain text where it may not embed links', async () => {
    const id = h.fake.post(bob, { kind: 'guild', guild: quiet }, `<@${h.botUser.id}> ${QUESTION}`, [h.botUser as FakeUser]);
    const data = (await waitForReply(h, id)).body as Data;
    expect(data.embeds ?? []).toEqual([]);
    expect(data.content).toContain(`**${QUESTION}**`);
    expect(data.content).toContain(bestQuote(h.app));
    expect(data.content!.length).toBeLessThanOrEqual(2000);
  });

  it('ignores server messages that do not mention it, and messages from bots, itself included', async () => {
    const plain = h.fake.post(bob, inNews, QUESTION);
    const otherBot = h.fake.post(user('otherbot', true), inNews, `<@${h.botUser.id}> ${QUESTION}`, [h.botUser as FakeUser]);
    const itself = h.fake.post(h.botUser, dm(alice), QUESTION);
    // Events are handled in order: once a later message is answered, earlier ones had their turn.
    await waitForReply(h, h.fake.post(alice, dm(alice), QUESTION));
    expect(replyTo(h, plain)).toBeUndefined();
    expect(replyTo(h, otherBot)).toBeUndefined();
    expect(replyTo(h, itself)).toBeUndefined();
  });

  it('answers every message in a channel named in ANSWER_CHANNELS', async () => {
    const id = h.fake.post(bob, { kind: 'guild', guild: news, channel: news.channels[1] }, QUESTION);
    expect(textOf((await waitForReply(h, id)).body as Data)).toContain(bestQuote(h.app));
  });

  it('runs a command named at the start of a message', async () => {
    // A command without required options runs from its bare name ("timeline"); "ask …" always works.
    const bare = [...h.app.commands.keys()].find((n) => n !== 'ask' && Object.keys(sampleOptions(h.app, n)).length === 0);
    const [text, command, options] = bare ? [bare, bare, {}] : [`ask ${QUESTION}`, 'ask', { question: QUESTION }];
    const id = h.fake.post(alice, dm(alice), text);
    const data = (await waitForReply(h, id)).body as Data;
    expect(data.embeds?.map(withoutPicture)).toEqual(renderForDiscord(h.app.run(command, options)).message.embeds);
  });

  it('never pings: @everyone in a question is echoed inert and nothing is parsed', async () => {
    const id = h.fake.slash(alice, inNews, 'ask', { question: 'Does @everyone know where Trump met Putin?' });
    const { data } = (await h.fake.interactionResponse(id)) as Callback;
    expect(data.allowed_mentions).toEqual(NO_PINGS);
    expect(textOf(data)).not.toMatch(/@everyone/);
    expect(data.embeds![0]!.title).toBe('Does @\u200beveryone know where Trump met Putin?');

    const message = h.fake.post(bob, inNews, `<@${h.botUser.id}> @everyone <@${alice.id}> where did they meet?`, [h.botUser as FakeUser, alice]);
    const reply = (await waitForReply(h, message)).body as Data;
    expect(reply.allowed_mentions).toEqual(NO_PINGS);
    // Embed titles never render mentions; @everyone is broken up there all the same.
    expect(reply.embeds![0]!.title).toBe(`@\u200beveryone <@${alice.id}> where did they meet?`);
    expect(reply.embeds![0]!.description).not.toMatch(/@everyone|(^|[^\\])<@\d/);

    // In plain text the question is in the body: shown, escaped, inert.
    const plain = h.fake.post(bob, { kind: 'guild', guild: quiet }, `<@${h.botUser.id}> @everyone <@${alice.id}> where?`, [h.botUser as FakeUser, alice]);
    const content = ((await waitForReply(h, plain)).body as Data).content!;
    expect(content).toContain(`**@\u200beveryone \\<@${alice.id}> where?**`);
    expect(content).not.toMatch(/@everyone|(^|[^\\])<@\d/);
  });

  it('echoes what a user typed into a refusal as written: no link, heading or formatting of theirs in its own line', async () => {
    // A public refusal in a channel, in the bot's name: a masked link there would be the bot's link.
    const bait = '[Claim your free Nitro](https://phish.example/claim) # **now**';
    const message = h.fake.post(bob, inNews, `<@${h.botUser.id}> /timeline ${bait}`, [h.botUser as FakeUser]);
    const content = ((await waitForReply(h, message)).body as Data).content!;
    expect(content).toContain('\\[Claim your free Nitro\\](https\\://phish.example/claim) # \\*\\*now\\*\\*');
    expect(content).not.toMatch(/(^|[^\\])\[Claim/);

    const id = h.fake.slash(alice, inNews, 'who', { name: '[Zzyzx Qwv](https://phish.example) _x_' });
    const { data } = (await h.fake.interactionResponse(id)) as Callback;
    expect(data.content).toContain('"\\[Zzyzx Qwv\\](https\\://phish.example) \\_x\\_"');
  });

  it('answers an over-long question with a clear message, privately', async () => {
    const long = `Where ${'really '.repeat(100)}did they meet?`;
    const id = h.fake.slash(alice, inNews, 'ask', { question: long });
    const { data } = (await h.fake.interactionResponse(id)) as Callback;
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toMatch(/^⚠️ question is too long \(\d+ characters; at most 500\)/);

    const dmId = h.fake.post(alice, dm(alice), long);
    expect(((await waitForReply(h, dmId)).body as Data).content).toMatch(/question is too long/);
  });

  it('answers an interaction that arrives late at once, never deferring, and privately when it should', async () => {
    const id = h.fake.slash(alice, inNews, 'ask', { question: QUESTION, private: true }, { ageMs: 2_000 });
    const callback = (await h.fake.interactionResponse(id)) as Callback;
    expect(callback.type).toBe(4);
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(textOf(callback.data)).toContain(bestQuote(h.app));
    expect(h.fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`))!.status).toBe(204);
  });

  it('cannot answer an interaction that arrives past Discord’s 3-second deadline: it logs Discord’s refusal and keeps answering', async () => {
    const id = h.fake.slash(alice, inNews, 'ask', { question: QUESTION }, { ageMs: 3_500 });
    const refused = await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(refused.status).toBe(404);
    await expect.poll(() => h.logs().find((l) => l.msg === 'could not answer an interaction' && l.interaction === id)).toMatchObject({ err: { code: 10062 } });
    const next = h.fake.slash(alice, inNews, 'ask', { question: QUESTION });
    expect(textOf(((await h.fake.interactionResponse(next)) as Callback).data)).toContain(bestQuote(h.app));
  });

  it('gives every one of 200 interactions at once its first response within Discord’s 3 seconds', async () => {
    // The stand-in refuses a callback after the deadline, so an accepted one (204) was in time.
    const ids = Array.from({ length: 200 }, (_, i) => h.fake.slash(user(`reader${i}`), inNews, 'ask', { question: QUESTION }));
    await Promise.all(ids.map((id) => h.fake.interactionResponse(id, 20_000)));
    const statuses = ids.map((id) => h.fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`))!.status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(200);
  });

  it('answers "Ask storybot" on someone’s message with what the story says about it, privately', async () => {
    const byBob = (content: string) => ({ ...h.fake.message(news.channels[0]!.id, { content }), author: bob }) as unknown as Record<string, unknown> & { id: string };
    const target = byBob(QUESTION);
    const id = h.fake.interact(alice, inNews, 2, { id: snowflake(), name: 'Ask storybot', type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } });
    const { type, data } = (await h.fake.interactionResponse(id)) as Callback;
    expect(type).toBe(4);
    expect(data.flags).toBe(EPHEMERAL);
    expect(textOf(data)).toContain(bestQuote(h.app));
    // A message with no text (a picture alone) gets one line saying so.
    const empty = byBob('');
    const none = h.fake.interact(alice, inNews, 2, { id: snowflake(), name: 'Ask storybot', type: 3, target_id: empty.id, resolved: { messages: { [empty.id]: empty } } });
    expect(((await h.fake.interactionResponse(none)) as Callback).data).toMatchObject({ content: 'That message has no text to ask about.', flags: EPHEMERAL });
  });

  it('puts a "Delete" under a public answer in a server channel, which removes it for its asker only', async () => {
    const id = h.fake.slash(alice, inNews, 'ask', { question: QUESTION });
    const { data } = (await h.fake.interactionResponse(id)) as Callback;
    const remove = data.components!.flatMap((r) => r.components).find((c) => c.label === 'Delete')!;
    const onMessage = h.fake.message(news.channels[0]!.id, data);
    const byBob = h.fake.press(bob, inNews, remove.custom_id, onMessage);
    expect(((await h.fake.interactionResponse(byBob)) as Callback).data).toMatchObject({ content: 'Only the person who asked can remove this.', flags: EPHEMERAL });
    const byAlice = h.fake.press(alice, inNews, remove.custom_id, onMessage);
    expect(((await h.fake.interactionResponse(byAlice)) as Callback).type).toBe(6);
    const deleted = await h.fake.waitForRequest((r) => r.method === 'DELETE' && r.path.endsWith('/messages/@original'));
    expect(deleted.status).toBe(204);
    // An answer to a mention in a channel carries one for whoever mentioned the bot.
    const mentioned = h.fake.post(bob, inNews, `<@${h.botUser.id}> ${QUESTION}`, [h.botUser as FakeUser]);
    const answer = (await waitForReply(h, mentioned)).body as Data;
    expect(answer.components!.flatMap((r) => r.components).find((c) => c.label === 'Delete')!.custom_id).toBe(`x:${bob.id}`);
    // A DM answer and a private one carry none.
    for (const [where, options] of [[dm(alice), { question: QUESTION }], [inNews, { question: QUESTION, private: true }]] as const) {
      const other = (await h.fake.interactionResponse(h.fake.slash(alice, where, 'ask', options))) as Callback;
      expect(JSON.stringify(other.data.components ?? [])).not.toContain('Delete');
    }
  });

  it('sends the timeline picture with a mentioned answer only where it may attach files', async () => {
    const withPicture = h.fake.post(bob, inNews, `<@${h.botUser.id}> timeline`, [h.botUser as FakeUser]);
    expect((await waitForReply(h, withPicture)).files?.map((f) => f.name)).toEqual(['timeline.png']);
    const without = h.fake.post(bob, { kind: 'guild', guild: quiet }, `<@${h.botUser.id}> timeline`, [h.botUser as FakeUser]);
    const reply = await waitForReply(h, without);
    expect(reply.files ?? []).toEqual([]);
    expect(JSON.stringify(reply.body)).not.toContain('attachment://');
  });

  it('answers /timeline with its picture, uploaded with the answer and shown in the embed', async () => {
    const id = h.fake.slash(alice, inNews, 'timeline');
    const { data } = (await h.fake.interactionResponse(id)) as Callback & { data: { embeds: { image?: { url: string } }[] } };
    expect(data.embeds[0]!.image).toEqual({ url: 'attachment://timeline.png' });
    const callback = h.fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`))!;
    expect(callback.headers['content-type']).toMatch(/^multipart\/form-data/);
    const [file] = callback.files!;
    expect(file!.name).toBe('timeline.png');
    const reply = h.app.run('timeline');
    const png = PNG.sync.read(file!.data);
    // Every event drawn: the picture is as tall as the drawing of all of them.
    expect([png.width, png.height]).toEqual([1100, Number(/height="(\d+)"/.exec(timelineSvg(reply, h.app.stories))![1])]);
  });

  it('shows /quote as cards: the speaker with the role the article gives them, the date and a button to the paragraph', async () => {
    const id = h.fake.slash(alice, inNews, 'quote', { speaker: 'peskov' });
    const { data } = (await h.fake.interactionResponse(id)) as Callback;
    const item = h.app.run('quote', { speaker: 'peskov' }).items[0]!;
    const peskov = h.app.stories[0]!.entities.find((e) => e.name === item.place.speaker)!;
    expect(data.embeds![0]!.title).toBe(`Quotes by ${peskov.name}`);
    expect(data.embeds![0]!.description).toContain(`${peskov.name}, ${peskov.role}`);
    expect(data.embeds![0]!.description).toContain(placeLine(item));
    expect(placeLine(item)).toMatch(/\d{1,2} \w+ \d{4}/);
    expect(data.components![0]!.components.map((c) => c.label)).toContain(`¶${item.place.paragraph} in full`);
  });

  it('offers "did you mean" as buttons that run the corrected command', async () => {
    const id = h.fake.slash(alice, inNews, 'who', { name: 'tsuk' });
    const { data } = (await h.fake.interactionResponse(id)) as Callback;
    expect(data.content).toBe('⚠️ The story names no one like "tsuk". Did you mean Donald Tusk?');
    const button = data.components![0]!.components.find((c) => c.label === 'Donald Tusk')!;
    const press = h.fake.press(alice, inNews, button.custom_id, h.fake.message(news.channels[0]!.id, data));
    const shown = ((await h.fake.interactionResponse(press)) as Callback).data;
    expect(shown.embeds![0]!.title).toBe(h.app.run('who', { name: 'Donald Tusk' }).title);
  });

  it('answers a menu command or a form storybot does not offer with a polite private line', async () => {
    const menu = h.fake.interact(alice, inNews, 2, { id: snowflake(), name: 'Info', type: 2, target_id: bob.id, resolved: { users: { [bob.id]: bob } } });
    const form = h.fake.interact(alice, inNews, 5, { custom_id: 'feedback', components: [] });
    for (const id of [menu, form]) {
      const { type, data } = (await h.fake.interactionResponse(id)) as Callback;
      expect(type).toBe(4);
      expect(data.flags).toBe(EPHEMERAL);
      expect(data.content).toMatch(/^storybot has no .* yet\. Try \/help/);
    }
  });

  it('(stand-in) lets an interaction token edit its response for 15 minutes, and no longer', async () => {
    const edit = (token: string) =>
      fetch(`${h.fake.apiUrl}/v10/webhooks/${h.botUser.id}/${token}/messages/@original`, {
        method: 'PATCH',
        body: JSON.stringify({ content: 'edited' }),
        headers: { 'content-type': 'application/json' },
        signal: AbortSignal.timeout(5_000),
      });
    const tokenOf = async (id: string) => (await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`))).path.split('/')[3]!;
    const fresh = h.fake.slash(alice, inNews, 'ask', { question: QUESTION });
    expect((await edit(await tokenOf(fresh))).status).toBe(200);
    const stale = h.fake.slash(alice, inNews, 'ask', { question: QUESTION }, { ageMs: 16 * 60_000 });
    const refused = await edit(await tokenOf(stale));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 50027 });
  });

  it('(stand-in) takes `@original` URL-encoded as well as plain, as Discord does', async () => {
    const id = h.fake.slash(alice, inNews, 'ask', { question: QUESTION });
    await h.fake.interactionResponse(id);
    const token = h.fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`))!.path.split('/')[3]!;
    for (const original of ['%40original', '@original']) {
      const res = await fetch(`${h.fake.apiUrl}/v10/webhooks/${h.botUser.id}/${token}/messages/${original}`, {
        method: 'PATCH',
        body: JSON.stringify({ content: 'edited' }),
        headers: { 'content-type': 'application/json' },
        signal: AbortSignal.timeout(5_000),
      });
      expect(res.status).toBe(200);
    }
    expect(h.fake.requests.filter((r) => r.path.endsWith(`/${token}/messages/@original`)).map((r) => r.rawPath.split('/').at(-1))).toEqual(['%40original', '@original']);
  });

  it('shows the whole paragraph around a quote, to whoever pressed the button', async () => {
    const id = h.fake.slash(alice, inNews, 'ask', { question: QUESTION });
    const { data } = (await h.fake.interactionResponse(id)) as Callback;
    const story = h.app.stories[0]!;
    const paragraph = story.paragraphs[h.app.run('ask', { question: QUESTION }).items[0]!.place.paragraph - 1]!;
    const button = data.components![0]!.components.find((c) => c.label === `¶${paragraph.number} in full`)!;
    const press = h.fake.press(bob, inNews, button.custom_id, h.fake.message(news.channels[0]!.id, data));
    const shown = (await h.fake.interactionResponse(press)) as Callback;
    expect(shown.data.flags).toBe(EPHEMERAL);
    expect(shown.data.embeds![0]!.description).toContain(`> ${escapeText(paragraph.text)}`);
    expect(shown.data.components).toBeUndefined();
  });

  it('says so when a button is not one of its own', async () => {
    const press = h.fake.press(bob, inNews, 'm:3:#gone', h.fake.message(news.channels[0]!.id, {}));
    const { data } = (await h.fake.interactionResponse(press)) as Callback;
    expect(data).toMatchObject({ content: 'This button is not one storybot knows. Please ask again.', flags: EPHEMERAL });
  });

  it('retries after a 429 from Discord and still answers', async () => {
    h.fake.failNext('POST', /^\/channels\/\d+\/messages$/, { status: 429, retryAfter: 1 });
    const id = h.fake.post(alice, dm(alice), QUESTION);
    const reply = await waitForReply(h, id);
    const attempts = h.fake.requests.filter((r) => (r.body as Data).message_reference?.message_id === id);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(textOf(reply.body as Data)).toContain(bestQuote(h.app));
    expect(h.logs().some((l) => l.msg === 'rate limited by Discord; waiting to retry')).toBe(true);
  });

  it('resumes a dropped gateway connection, gets what it missed, and keeps answering', async () => {
    const identifies = h.fake.gateway.filter((p) => p.op === 2).length;
    h.fake.dropConnections();
    // Sent while the connection is down: the stand-in replays it after RESUME.
    const missed = h.fake.slash(alice, inNews, 'ask', { question: QUESTION });
    const resume = await h.fake.waitForGateway((p) => p.op === 6);
    expect((resume.d as { session_id: string }).session_id).toBeTruthy();
    expect(textOf(((await h.fake.interactionResponse(missed)) as Callback).data)).toContain(bestQuote(h.app));
    const after = h.fake.post(alice, dm(alice), QUESTION);
    await waitForReply(h, after);
    expect(h.fake.gateway.filter((p) => p.op === 2)).toHaveLength(identifies);
  });

  it('never logs the token', () => {
    expect(h.logs().length).toBeGreaterThan(10);
    expect(h.rawLogs()).not.toContain(h.token);
    expect(h.rawLogs()).not.toContain(h.token.split('.')[2]);
  });
});

describe('failures and floods', () => {
  let h: Harness;
  let g: FakeGuild;
  const carol = user('carol');

  beforeAll(async () => {
    g = guild('Busy');
    const explode = (app: App): App => ({
      ...app,
      run: (command, options, scope) => {
        if (options?.question === 'explode') throw new Error('handler blew up');
        return app.run(command, options, scope);
      },
    });
    h = await startHarness({ guilds: [g], env: { COOLDOWN_SECONDS: '60', COOLDOWN_BURST: '1' }, wrapApp: explode });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('turns a handler error into a polite private answer and a log line', async () => {
    const id = h.fake.slash(user('dave'), { kind: 'guild', guild: g }, 'ask', { question: 'explode' });
    const { data } = (await h.fake.interactionResponse(id)) as Callback;
    expect(data).toMatchObject({ content: 'Sorry, something went wrong while answering. It has been logged; please try again.', flags: EPHEMERAL });
    const line = h.logs().find((l) => l.msg === 'handler failed')!;
    expect(line).toMatchObject({ level: 50, command: 'ask', err: { message: 'handler blew up' } });
    expect(h.bot.client.isReady()).toBe(true);
  });

  it('cools a user down politely: one refusal per window, then silence', async () => {
    const first = h.fake.slash(carol, { kind: 'guild', guild: g }, 'ask', { question: QUESTION });
    expect(((await h.fake.interactionResponse(first)) as Callback).data.flags ?? 0).toBe(0);
    const second = h.fake.slash(carol, { kind: 'guild', guild: g }, 'ask', { question: QUESTION });
    const refused = ((await h.fake.interactionResponse(second)) as Callback).data;
    expect(refused).toMatchObject({ flags: EPHEMERAL });
    expect(refused.content).toMatch(/^You're going a little fast\. Please wait \d+ seconds and try again\.$/);

    const gina = user('gina');
    const where: Where = { kind: 'dm', channelId: snowflake() };
    const flood = [QUESTION, 'two?', 'three?', 'four?'].map((text) => h.fake.post(gina, where, text));
    await waitForReply(h, h.fake.post(user('erin'), where, QUESTION));
    expect(textOf(replyTo(h, flood[0]!)!.body as Data)).toContain(bestQuote(h.app));
    expect((replyTo(h, flood[1]!)!.body as Data).content).toBe("You're going a little fast. Please wait a moment and ask again.");
    expect(replyTo(h, flood[2]!)).toBeUndefined();
    expect(replyTo(h, flood[3]!)).toBeUndefined();
  });
});

describe('refusals at login', () => {
  it('explains a refused token and a refused Message Content intent in one line', async () => {
    const botUser = user('storybot', true);
    const token = tokenFor(botUser.id);
    const fake = await FakeDiscord.start({ token, bot: botUser, messageContentIntent: false });
    const start = (env: Record<string, string>) =>
      startBot(loadConfig({ DISCORD_API_URL: fake.apiUrl, ...env }, {}), createApp('knowledge'), { handleProcess: false, logger: createLogger({ level: 'silent' }) });
    try {
      await expect(start({ DISCORD_TOKEN: token.replace('s3cr3t', 'wrong') })).rejects.toThrow(
        new ConfigError('Discord refused DISCORD_TOKEN; copy the token again from the Bot page of your application.'),
      );
      await expect(start({ DISCORD_TOKEN: token, ANSWER_CHANNELS: 'story-talk' })).rejects.toThrow(/^Discord refused the Message Content intent that ANSWER_CHANNELS needs/);
    } finally {
      await fake.close();
    }
  });
});

describe('paging long answers', () => {
  let h: Harness;
  let dir: string;
  const frank = user('frank');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'storybot-long-'));
    mkdirSync(join(dir, 'long'));
    // Five paragraphs of one long sentence each: together far more than one embed holds.
    const sentence = (i: number) => `The harbour report number ${i} says ${Array.from({ length: 200 }, (_, k) => `ship${i}x${k}`).join(' ')} reached the harbour.`;
    writeFileSync(join(dir, 'long', 'article.txt'), Array.from({ length: 5 }, (_, i) => sentence(i + 1)).join('\n'));
    h = await startHarness({ knowledgeDir: dir });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('cuts at passage boundaries and shows the rest behind a More button', async () => {
    const question = 'What did the harbour report say about ships reaching the harbour?';
    const id = h.fake.slash(frank, { kind: 'dm', channelId: snowflake() }, 'ask', { question });
    const first = ((await h.fake.interactionResponse(id)) as Callback).data;
    const reply = h.app.run('ask', { question });
    expect(reply.items.length).toBeGreaterThan(2);
    const more = first.components![0]!.components.find((c) => c.label === 'More')!;
    expect(more.custom_id.length).toBeLessThanOrEqual(100);
    expect(first.embeds![0]!.description!.length).toBeLessThanOrEqual(4096);

    const seen = [first];
    let next: string | undefined = more.custom_id;
    while (next) {
      const press = h.fake.press(frank, { kind: 'dm', channelId: snowflake() }, next, h.fake.message('1', seen.at(-1)!));
      const page = ((await h.fake.interactionResponse(press)) as Callback).data;
      expect(page.flags).toBe(EPHEMERAL);
      seen.push(page);
      next = page.components?.[0]?.components.find((c) => c.label === 'More')?.custom_id;
      expect(seen.length).toBeLessThan(10);
    }
    const all = seen.map(textOf).join('\n');
    for (const item of reply.items) expect(all).toContain(`> ${escapeText(item.text)}`);
    expect(seen.at(-1)!.embeds![0]!.footer!.text).toMatch(new RegExp(`of ${reply.items.length}$`));
  });
});
