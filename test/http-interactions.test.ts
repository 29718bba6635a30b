/**
 * The signed interactions endpoint, with real Ed25519 signatures from a key pair made here: the
 * server verifies them with node:crypto exactly as it would Discord's.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { PNG } from 'pngjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { fingerprint } from '../src/knowledge/fingerprint.js';
import { createRouter } from '../src/discord/router.js';
import { createInteractionServer } from '../src/http/server.js';
import { isFresh } from '../src/http/signature.js';
import { createLogger } from '../src/log.js';
import { escapeText, quotedText, renderChoices, renderForDiscord } from '../src/reply/discord.js';
import { callbackRefusal, refusal } from './discord/openapi.js';
import { type Running, runScript } from './discord/processes.js';
import { closeServer, listenLocally } from './local-server.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
const QUESTION = 'Where did Trump and Putin meet?';
const user = { id: '123456789012345678', username: 'alice', discriminator: '0', global_name: 'alice', avatar: null };

function signed(body: string, key: KeyObject = privateKey, timestamp = String(Math.floor(Date.now() / 1000))) {
  const signature = sign(null, Buffer.from(timestamp + body), key).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp, 'content-type': 'application/json' };
}

async function post(base: string, payload: unknown, headers: (body: string) => Record<string, string> = signed) {
  const body = JSON.stringify(payload);
  const res = await fetch(`${base}/interactions`, { method: 'POST', body, headers: headers(body), signal: AbortSignal.timeout(10_000) });
  const json = (await res.json()) as { type: number; data: Record<string, unknown> };
  // An answer is what Discord takes as one: its API description's interaction callback.
  if (res.status === 200) expect(callbackRefusal(json), 'Discord would refuse this response').toBeUndefined();
  return { status: res.status, json };
}

function interaction(type: number, data?: unknown) {
  return { id: '223456789012345678', application_id: '323456789012345678', type, token: 'tok', version: 1, user, channel_id: '423456789012345678', context: 1, data };
}

/** The message a webhook call carries: its JSON body, or a multipart upload's payload_json. */
async function messageOf(type: string, body: Buffer): Promise<unknown> {
  if (type.startsWith('application/json')) return JSON.parse(body.toString('utf8'));
  if (!type.startsWith('multipart/form-data')) return undefined;
  const form = await new Response(body, { headers: { 'content-type': type } }).formData();
  return JSON.parse(String(form.get('payload_json')));
}

describe('POST /interactions', () => {
  const app = createApp('knowledge');
  let server: ReturnType<typeof createInteractionServer>;
  let api: ReturnType<typeof createHttpServer>;
  const apiRequests: { method: string; path: string }[] = [];
  const apiBodies: { type: string; body: Buffer }[] = [];
  /** What Discord's API description refuses among the webhook calls the endpoint made: nothing. */
  const apiRefused: string[] = [];
  let refuseUploads = false;
  let base: string;
  const lines: string[] = [];
  /** Error lines the server logged: none, whatever a client sends. */
  const errors = () => lines.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level >= 50);

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination });
    // Discord's REST API, as far as the endpoint calls it: it records what it is sent.
    api = createHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        apiRequests.push({ method: req.method!, path: req.url! });
        apiBodies.push({ type: req.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
        void messageOf(req.headers['content-type'] ?? '', Buffer.concat(chunks)).then((message) => {
          const reason = message === undefined ? undefined : refusal(req.method!, decodeURIComponent(req.url!.replace(/^\/api\/v10/, '')), message);
          if (reason) apiRefused.push(`${req.method} ${reason}`);
        });
        // Told to, it refuses uploads as Discord does past its size limit.
        if (refuseUploads && (req.headers['content-type'] ?? '').startsWith('multipart/')) {
          res.writeHead(413, { 'content-type': 'application/json' }).end('{"message":"Request entity too large","code":40005}');
          return;
        }
        res.writeHead(req.method === 'PATCH' ? 200 : 204, { 'content-type': 'application/json' }).end(req.method === 'PATCH' ? '{}' : undefined);
      });
    });
    const apiUrl = `${await listenLocally(api)}/api`;
    server = createInteractionServer({ router: createRouter(app, { logger, cooldownSeconds: 0 }), publicKey: publicHex, logger, stories: () => app.stories.length, apiUrl });
    base = await listenLocally(server);
  });
  afterAll(async () => {
    await closeServer(server);
    await closeServer(api);
    expect(apiRefused).toEqual([]);
  });

  it('answers PING with PONG', async () => {
    expect(await post(base, { ...interaction(1), data: undefined })).toEqual({ status: 200, json: { type: 1 } });
  });

  it('refuses a bad, missing or foreign signature with 401', async () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    expect((await post(base, interaction(1), (b) => signed(b, other))).status).toBe(401);
    expect((await post(base, interaction(1), () => ({ 'content-type': 'application/json' }))).status).toBe(401);
    // Signed, then tampered with: the body no longer matches.
    const body = JSON.stringify(interaction(1));
    const headers = signed(body);
    const res = await fetch(`${base}/interactions`, { method: 'POST', body: body.replace('"type":1', '"type":2'), headers });
    expect(res.status).toBe(401);
  });

  it('takes a signed timestamp within 5 minutes either side, to the second, in whole seconds only', () => {
    const now = 1_750_000_000_000;
    expect([-300, 0, 300].map((d) => isFresh(String(now / 1000 + d), now))).toEqual([true, true, true]);
    expect([-301, 301].map((d) => isFresh(String(now / 1000 + d), now))).toEqual([false, false]);
    for (const written of [`${now / 1000}.5`, '0x6853', String(now), '', ' 1750000000', '-1']) expect(isFresh(written, now)).toBe(false);
  });

  it('refuses a validly signed request whose timestamp is outside the replay window', async () => {
    const at = (secondsAgo: number) => (body: string) => signed(body, privateKey, String(Math.floor(Date.now() / 1000) - secondsAgo));
    for (const secondsAgo of [3600, 365 * 24 * 3600, -3600]) {
      const { status, json } = await post(base, interaction(1), at(secondsAgo));
      expect(status).toBe(401);
      expect(json).toEqual({ error: 'request timestamp is outside the allowed window' });
    }
    // A minute of clock difference either way is normal.
    expect((await post(base, interaction(1), at(60))).status).toBe(200);
    expect((await post(base, interaction(1), at(-60))).status).toBe(200);
  });

  it('answers signed but malformed interactions with 400 and a one-line reason, never 500', async () => {
    const cases: [unknown, string][] = [
      [null, 'the body is not a JSON object'],
      [[1, 2], 'the body is not a JSON object'],
      [{ type: 'two' }, 'the interaction has no numeric type'],
      [{ ...interaction(2), data: undefined }, 'the interaction has no data object'],
      [interaction(2, { name: 'ask', type: 1, options: { question: 'x' } }), 'data.options is not an array'],
      [interaction(2, { name: 'ask', type: 1, options: [{ value: 'x' }] }), 'an option has no name'],
      [interaction(2, { name: 'ask', type: 1, options: [{ name: 'question', value: { $gt: '' } }] }), 'option question has a value of the wrong type'],
      [interaction(4, { type: 1, options: [] }), 'data.name is not a string'],
      [interaction(3, { component_type: 2 }), 'data.custom_id is not a string'],
      [interaction(99, {}), 'unsupported interaction type 99'],
    ];
    for (const [payload, error] of cases) expect(await post(base, payload)).toEqual({ status: 400, json: { error } });
  });

  it('refuses an oversized body with 413 and closes the connection, so the next request is answered at once', async () => {
    const { request } = await import('node:http');
    const { Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (body: string, headers: Record<string, string>) =>
      new Promise<{ status: number; connection?: string; text: string }>((resolve, reject) => {
        const req = request(`${base}/interactions`, { method: 'POST', agent, headers, timeout: 2000 }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, text }));
        });
        req.on('timeout', () => req.destroy(new Error('no answer within 2 s')));
        req.on('error', reject);
        req.end(body);
      });
    const big = await send('x'.repeat(100_000), signed('x'));
    expect(big.status).toBe(413);
    expect(big.connection).toBe('close');
    const ping = JSON.stringify(interaction(1));
    expect(await send(ping, signed(ping))).toMatchObject({ status: 200, text: '{"type":1}' });
    agent.destroy();
  });

  it('refuses a 60,000-character option at once, and counts characters, not code units, near the limit', async () => {
    const who = (value: string) => post(base, interaction(2, { id: '1', name: 'who', type: 1, options: [{ name: 'name', type: 3, value }] }));
    // Letters, and zero-width joiners, as much of each as fits in a request: refused uncounted.
    for (const value of ['a'.repeat(60_000), '\u200d'.repeat(20_000)]) {
      const started = performance.now();
      expect((await who(value)).json.data.content).toMatch(/^⚠️ name is too long \(at most 500 characters\)/);
      expect(performance.now() - started).toBeLessThan(2000);
    }
    // 400 flags are 400 characters (1,600 code units): within the limit; 501 letters are not.
    expect((await who('🇵🇱'.repeat(400))).json.data.content ?? '').not.toMatch(/too long/);
    expect((await who('a'.repeat(501))).json.data.content).toMatch(/^⚠️ name is too long \(501 characters; at most 500\)/);
  });

  it('survives what no Discord request looks like: a chunked body too large, a path that is no URL, a client that leaves', async () => {
    const { request } = await import('node:http');
    const raw = (write: (req: ReturnType<typeof request>) => void) =>
      new Promise<number | string>((resolve) => {
        const req = request(`${base}/interactions`, { method: 'POST', headers: signed('x') }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        });
        req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
        write(req);
      });
    // Chunked (no Content-Length), over 64 KB: 413, and the server lives on.
    expect(await raw((req) => {
      for (let i = 0; i < 20; i++) req.write(Buffer.alloc(4096, 120));
      req.end();
    })).toBe(413);
    // Promised 1,000 bytes, sent 3, gone.
    await new Promise<void>((resolve) => {
      const req = request(`${base}/interactions`, { method: 'POST', headers: { ...signed('x'), 'content-length': '1000' } });
      req.on('error', () => resolve());
      req.write('abc', () => setTimeout(() => { req.destroy(); resolve(); }, 50));
    });
    const { createConnection } = await import('node:net');
    const port = Number(new URL(base).port);
    const slashes = await new Promise<string>((resolve) => {
      const socket = createConnection(port, '127.0.0.1', () => socket.end('GET // HTTP/1.1\r\nHost: x\r\n\r\n'));
      let text = '';
      socket.on('data', (c) => (text += c.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(slashes).toMatch(/^HTTP\/1\.1 404/);
    expect(await post(base, interaction(1))).toEqual({ status: 200, json: { type: 1 } });
    expect(errors()).toEqual([]);
  });

  it('puts a "Delete" under a public answer in a server channel, which removes it for its asker only', async () => {
    const inGuild = (type: number, data: unknown, who = user) => ({ ...interaction(type, data), user: undefined, guild_id: '523456789012345678', member: { user: who, roles: [] } });
    const asked = await post(base, inGuild(2, { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: QUESTION }] }));
    const rows = asked.json.data.components as { components: { label: string; custom_id: string }[] }[];
    const remove = rows.flatMap((r) => r.components).find((b) => b.label === 'Delete')!;
    expect(remove.custom_id).toBe(`x:${user.id}`);
    // Someone else: a private line, and nothing removed.
    const other = { ...user, id: '923456789012345678', username: 'bob' };
    const refused = await post(base, inGuild(3, { custom_id: remove.custom_id, component_type: 2 }, other));
    expect(refused.json).toMatchObject({ type: 4, data: { content: 'Only the person who asked can remove this.', flags: 64 } });
    // The asker: acknowledged as an update, then the message removed through the interaction's webhook.
    expect((await post(base, inGuild(3, { custom_id: remove.custom_id, component_type: 2 }))).json).toEqual({ type: 6 });
    await expect.poll(() => apiRequests.filter((r) => r.method === 'DELETE')).toEqual([{ method: 'DELETE', path: '/api/v10/webhooks/323456789012345678/tok/messages/%40original' }]);
    // In a DM, or privately, there is nothing to remove for others' sake.
    const dm = await post(base, interaction(2, { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: QUESTION }] }));
    expect(JSON.stringify(dm.json.data.components ?? [])).not.toContain('Delete');
  });

  it('answers /timeline with its picture: deferred, then the answer with the PNG as a multipart upload', async () => {
    const { json } = await post(base, interaction(2, { id: '1', name: 'timeline', type: 1, options: [] }));
    expect(json).toEqual({ type: 5, data: {} });
    await expect.poll(() => apiRequests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    const edit = apiBodies[apiRequests.findIndex((r) => r.method === 'PATCH')]!;
    expect(edit.type).toMatch(/^multipart\/form-data/);
    const form = await new Response(edit.body, { headers: { 'content-type': edit.type } }).formData();
    const payload = JSON.parse(String(form.get('payload_json'))) as { embeds: { image: { url: string } }[]; attachments: unknown[] };
    expect(payload.embeds[0]!.image.url).toBe('attachment://timeline.png');
    expect(payload.attachments).toEqual([{ id: '0', filename: 'timeline.png' }]);
    const file = form.get('files[0]') as File;
    expect(file.name).toBe('timeline.png');
    expect(PNG.sync.read(Buffer.from(await file.arrayBuffer())).width).toBe(1100);
  });

  it('defers a private /timeline privately, and sends the text alone if the picture is refused', async () => {
    refuseUploads = true;
    const before = apiRequests.length;
    const { json } = await post(base, interaction(2, { id: '1', name: 'timeline', type: 1, options: [{ name: 'private', type: 5, value: true }] }));
    expect(json).toEqual({ type: 5, data: { flags: 64 } });
    await expect.poll(() => apiRequests.slice(before).filter((r) => r.method === 'PATCH')).toHaveLength(2);
    const [upload, text] = apiBodies.slice(before);
    expect(upload!.type).toMatch(/^multipart\//);
    const edit = JSON.parse(text!.body.toString()) as { flags?: number; embeds: { image?: unknown }[]; attachments: unknown[] };
    expect(edit.flags).toBeUndefined();
    expect(edit.embeds[0]!.image).toBeUndefined();
    expect(edit.attachments).toEqual([]);
    refuseUploads = false;
  });

  it('answers GET /healthz with the number of stories, for load balancers', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', stories: app.stories.length });
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('answers "Ask storybot" on a message with what the story says about its text, privately', async () => {
    const target = { id: '5', channel_id: '4', content: QUESTION, author: user };
    const { json } = await post(base, interaction(2, { id: '1', name: 'Ask storybot', type: 3, target_id: '5', resolved: { messages: { '5': target } } }));
    expect(json).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(json.data.embeds).toEqual(renderForDiscord(app.run('ask', { question: QUESTION })).message.embeds);
    expect((await post(base, interaction(2, { id: '1', name: 'Ask storybot', type: 3, target_id: '6', resolved: { messages: {} } }))).json).toEqual({
      error: 'a message command has no target message with text',
    });
  });

  it('answers menu commands and forms storybot does not offer with a polite private line', async () => {
    for (const payload of [interaction(2, { id: '1', name: 'Info', type: 2, target_id: '5' }), interaction(5, { custom_id: 'modal', components: [] })]) {
      const { status, json } = await post(base, payload);
      expect(status).toBe(200);
      expect(json).toMatchObject({ type: 4, data: { flags: 64 } });
      expect(json.data.content).toMatch(/^storybot has no .* yet\. Try \/help/);
    }
  });

  it('answers a slash command with the same rendering as the gateway', async () => {
    const { status, json } = await post(base, interaction(2, { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: QUESTION }] }));
    expect(status).toBe(200);
    expect(json.type).toBe(4);
    const reply = app.run('ask', { question: QUESTION });
    expect(json.data.embeds).toEqual(renderForDiscord(reply).message.embeds);
    expect((json.data.embeds as { description: string }[])[0]!.description).toContain(`> ${quotedText(reply.items[0]!)}`);
    expect(json.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers `private:` ephemerally and a bad option with one clear private line', async () => {
    const privately = await post(base, interaction(2, { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: QUESTION }, { name: 'private', type: 5, value: true }] }));
    expect(privately.json.data.flags).toBe(64);
    const long = await post(base, interaction(2, { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'why '.repeat(200) }] }));
    expect(long.json).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(long.json.data.content).toMatch(/^⚠️ question is too long/);
  });

  it('answers autocomplete with the engine’s suggestions', async () => {
    const { json } = await post(base, interaction(4, { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'Pu', focused: true }] }));
    expect(json).toEqual({ type: 8, data: { choices: renderChoices(app.complete('ask', 'question', 'Pu')) } });
  });

  it('answers a "whole paragraph" button privately', async () => {
    const { json } = await post(base, { ...interaction(3, { custom_id: `p:2:${fingerprint(app.stories[0]!)}`, component_type: 2 }), message: { id: '5', channel_id: '4', content: '' } });
    expect(json.type).toBe(4);
    expect(json.data.flags).toBe(64);
    expect((json.data.embeds as { description: string }[])[0]!.description).toContain(escapeText(app.stories[0]!.paragraphs[1]!.text));
  });

  it('rejects what is not an interaction: wrong path, method, JSON or type', async () => {
    expect((await fetch(`${base}/other`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${base}/interactions`)).status).toBe(405);
    const notJson = 'not json';
    expect((await fetch(`${base}/interactions`, { method: 'POST', body: notJson, headers: signed(notJson) })).status).toBe(400);
    expect((await fetch(`${base}/interactions`, { method: 'POST', body: 'x'.repeat(100_000), headers: signed('x') })).status).toBe(413);
  });
});

describe('many instances of npm run http', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-instances-'));
  // Five long paragraphs: more than one embed holds, so answers have a "More" button.
  const sentence = (i: number) => `The harbour report number ${i} says ${Array.from({ length: 200 }, (_, k) => `ship${i}x${k}`).join(' ')} reached the harbour.`;
  const article = Array.from({ length: 5 }, (_, i) => sentence(i + 1)).join('\n');
  const running: Running[] = [];

  /** One `npm run http` process, as an operator runs it behind a load balancer. */
  async function instance(knowledge: string): Promise<string> {
    const port = await freePort();
    const child = runScript('src/http/main.ts', { DISCORD_PUBLIC_KEY: publicHex, PORT: String(port), COOLDOWN_SECONDS: '0' }, ['--knowledge', knowledge]);
    running.push(child);
    await child.waitForOutput('listening for interactions');
    return `http://127.0.0.1:${port}`;
  }
  const ask = (base: string, question: string) => post(base, interaction(2, { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] }));
  const press = (base: string, customId: string) => post(base, { ...interaction(3, { custom_id: customId, component_type: 2 }), message: { id: '5', channel_id: '4', content: '' } });
  const buttonsOf = (json: { data: Record<string, unknown> }) => (json.data.components as { components: { label: string; custom_id: string }[] }[] | undefined)?.[0]?.components ?? [];
  const more = (json: { data: Record<string, unknown> }) => buttonsOf(json).find((b) => b.label === 'More')?.custom_id;

  beforeAll(() => {
    mkdirSync(join(dir, 'a', 'harbour'), { recursive: true });
    mkdirSync(join(dir, 'b', 'harbour'), { recursive: true });
    writeFileSync(join(dir, 'a', 'harbour', 'article.txt'), article);
    writeFileSync(join(dir, 'b', 'harbour', 'article.txt'), article.replace('number 3', 'number three'));
  });
  afterAll(() => {
    for (const child of running) child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answer each other’s buttons, with nothing kept in memory, whether the question fits in the button or not', { timeout: 30_000 }, async () => {
    const [one, two] = [await instance(join(dir, 'a')), await instance(join(dir, 'a'))];
    const short = 'what did the harbour report say?';
    const long = `what did the harbour report say about the ships that reached the harbour, and which report said it first?`;
    for (const question of [short, long]) {
      const first = await ask(one!, question);
      const id = more(first.json)!;
      expect(id).toMatch(question === short ? /^m:/ : /^n:/);
      // Every page, pressed on the other instance, until the last.
      const seen = [first.json];
      let next: string | undefined = id;
      for (let on = 0; next; on++) {
        const page = await press(on % 2 ? one! : two!, next);
        expect(page.json).toMatchObject({ type: 4, data: { flags: 64 } });
        seen.push(page.json);
        next = more(page.json);
        expect(seen.length).toBeLessThan(10);
      }
      const shown = seen.map((j) => (j.data.embeds as { description: string }[])[0]!.description).join('\n');
      for (let i = 1; i <= 5; i++) expect(shown).toContain(`The harbour report number ${i} says`);
      // A paragraph button from one answers on the other too.
      const paragraph = buttonsOf(first.json).find((b) => b.label.endsWith('in full'))!;
      expect((await press(two!, paragraph.custom_id)).json.data.embeds).toBeDefined();
    }
  });

  it('follows an edit while it runs: a new sentence answered, an old button told its story changed, /healthz counting a new story', { timeout: 30_000 }, async () => {
    mkdirSync(join(dir, 'c', 'harbour'), { recursive: true });
    writeFileSync(join(dir, 'c', 'harbour', 'article.txt'), article);
    const base = await instance(join(dir, 'c'));
    const before = await ask(base, 'what did the harbour report say?');
    const paragraph = buttonsOf(before.json).find((b) => b.label.endsWith('in full'))!.custom_id;
    writeFileSync(join(dir, 'c', 'harbour', 'article.txt'), `${article}\nThe harbour reopened to ferries on Friday.`);
    await expect.poll(async () => JSON.stringify((await ask(base, 'when did the harbour reopen to ferries')).json), { timeout: 10_000 }).toContain('Friday');
    expect((await press(base, paragraph)).json.data.content).toBe('The story this button belongs to has changed since. Please ask again.');
    mkdirSync(join(dir, 'c', 'bridge'));
    writeFileSync(join(dir, 'c', 'bridge', 'article.txt'), 'The bridge will reopen in May, engineers said.');
    await expect.poll(async () => ((await fetch(`${base}/healthz`)).json() as Promise<{ stories: number }>).then((j) => j.stories), { timeout: 10_000 }).toBe(2);
  });

  it('says a button’s story has changed when it has, instead of showing something else', { timeout: 30_000 }, async () => {
    const [old, changed] = [await instance(join(dir, 'a')), await instance(join(dir, 'b'))];
    // The request in the button, the passages in it, and a paragraph.
    const short = await ask(old!, 'what did the harbour report say?');
    const long = await ask(old!, `what did the harbour report say about the ships that reached the harbour, and which report said it first?`);
    for (const id of [more(short.json)!, more(long.json)!, buttonsOf(long.json)[0]!.custom_id]) {
      expect((await press(changed!, id)).json.data).toMatchObject({ content: 'The story this button belongs to has changed since. Please ask again.', flags: 64 });
    }
    expect((await press(changed!, 'n:zz')).json.data.content).toBe('This button is not one storybot knows. Please ask again.');
  });
});

describe('npm run http (src/http/main.ts)', () => {
  let running: Running | undefined;
  afterEach(() => running?.kill());

  it('serves on PORT, answers PING, and exits promptly on SIGTERM', async () => {
    const port = await freePort();
    running = runScript('src/http/main.ts', { DISCORD_PUBLIC_KEY: publicHex, PORT: String(port) }, ['--knowledge', 'knowledge']);
    await running.waitForOutput('listening for interactions');
    expect(await post(`http://127.0.0.1:${port}`, interaction(1))).toEqual({ status: 200, json: { type: 1 } });
    running.child.kill('SIGTERM');
    expect(await running.exited()).toBe(0);
  });

  it('names DISCORD_PUBLIC_KEY when it is missing', async () => {
    running = runScript('src/http/main.ts', {});
    expect(await running.exited()).toBe(1);
    expect(running.output().trim()).toBe('storybot: DISCORD_PUBLIC_KEY is not set; npm run http needs it (see the settings table in README.md).');
  });
});

async function freePort(): Promise<number> {
  const probe: Server = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
