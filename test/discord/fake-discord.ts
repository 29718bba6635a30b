/**
 * A stand-in for Discord on 127.0.0.1: the REST API (under /api/v10) and a WebSocket gateway on
 * one port, enough for the real discord.js client and for deploy-commands. It records every
 * request and gateway payload so tests can assert on what the bot really sent.
 *
 * Gateway: HELLO, heartbeats (ACK), IDENTIFY → READY + GUILD_CREATE (per shard), RESUME (replays
 * what a dropped connection missed, then RESUMED), dispatches with sequence numbers.
 * REST: GET /gateway/bot, interaction callbacks (within Discord's 3 s of the interaction, else
 * 10062 Unknown interaction), webhook edits and follow-ups (`@original` plain or URL-encoded; the
 * token lasts 15 minutes; DELETE removes it), channel messages, command registration; one-off failures (e.g. 429) on
 * request.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { prepareValidators, refusal } from './openapi.js';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A snowflake for `time` (ms since 1970): ids carry their creation time, which discord.js reads. */
export function snowflake(time = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(time) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

export function user(username: string, bot = false): FakeUser {
  return { id: snowflake(), username, global_name: username, discriminator: '0', avatar: null, ...(bot && { bot }) };
}

export interface FakeChannel {
  id: string;
  name: string;
  /** Permission bits denied to @everyone here (e.g. Embed Links). */
  deny?: bigint;
}

export interface FakeGuild {
  id: string;
  name: string;
  channels: FakeChannel[];
}

export function guild(name: string, channelNames: string[] = ['general']): FakeGuild {
  return { id: snowflake(), name, channels: channelNames.map((n) => ({ id: snowflake(), name: n })) };
}

/** The id of the role Discord made for the bot in a server (the guild's id plus one: snowflakes are unique, ids only need to be). */
export function botRoleId(g: FakeGuild): string {
  return (BigInt(g.id) + 1n).toString();
}

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, percent-decoded (so `%40original` reads `@original`). */
  path: string;
  rawPath: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** JSON, or a multipart body's `payload_json`. */
  body: unknown;
  /** A multipart body's files (`files[n]`), as Discord takes attachments. */
  files?: { field: string; name: string; data: Buffer }[];
  status: number;
}

/** Discord's largest upload without boosts: 10 MiB. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface GatewayPayload {
  connection: number;
  op: number;
  d: unknown;
  /** Set on the pseudo-payload recorded when a client closes: its close code. */
  closeCode?: number;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  /** Everything dispatched in this session, for RESUME to replay. */
  sent: { op: 0; t: string; s: number; d: unknown }[];
  socket?: WebSocket;
  intents: number;
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  retryAfter: number;
  times: number;
}

export interface FakeDiscordOptions {
  token: string;
  bot: FakeUser;
  guilds?: FakeGuild[];
  /** Shards /gateway/bot recommends. */
  shards?: number;
  heartbeatInterval?: number;
  /** Whether the application may use the Message Content intent (a switch in the developer portal). */
  messageContentIntent?: boolean;
}

/** Discord's deadline for an interaction's first response, from its creation. */
export const INTERACTION_DEADLINE_MS = 3_000;
/** How long an interaction's token may edit and follow up its response. */
export const INTERACTION_TOKEN_MS = 15 * 60_000;

const MESSAGE_CONTENT_INTENT = 1 << 15;

export type Where =
  | { kind: 'guild'; guild: FakeGuild; channel?: FakeChannel }
  | { kind: 'dm'; channelId: string }
  /** A group DM, where only a user-installed app can answer. */
  | { kind: 'private'; channelId: string };

/** What @everyone may do by default: view, send, embed links, attach files, read history, use application commands. */
const EVERYONE_PERMISSIONS = (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 31n);
export const EMBED_LINKS = 1n << 14n;
export const ATTACH_FILES = 1n << 15n;

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Bodies refused as Discord's API description refuses them (400, Invalid Form Body): none, if the bot is right. */
  readonly refused: { method: string; path: string; reason: string }[] = [];
  readonly gateway: GatewayPayload[] = [];
  /** Interaction ids → their tokens and channels, for callback and webhook checks. */
  private readonly interactions = new Map<string, { token: string; channelId: string; answered: boolean; createdAt: number }>();
  private readonly sessions = new Map<string, Session>();
  private readonly failures: Failure[] = [];
  private readonly events = new EventEmitter();
  private readonly wss = new WebSocketServer({ noServer: true });
  private connections = 0;
  readonly commands = new Map<string, unknown[]>();
  readonly guilds: FakeGuild[];

  private constructor(
    private readonly server: Server,
    readonly options: FakeDiscordOptions,
  ) {
    this.guilds = options.guilds ?? [];
    // Tests and the HTTP bench wait on hundreds of interactions at once.
    this.events.setMaxListeners(1000);
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    prepareValidators();
    const server = createServer();
    const fake = new FakeDiscord(server, options);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    server.on('upgrade', (req, socket, head) => fake.wss.handleUpgrade(req, socket, head, (ws) => fake.onConnection(ws)));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The value for DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ── Waiting ────────────────────────────────────────────────────────────────

  /** The first recorded request (past or future) that matches, or a rejection after `timeoutMs`. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 10_000, what = 'request'): Promise<RecordedRequest> {
    return this.waitFor('request', () => this.requests.find(match), timeoutMs, () => `${what}; saw ${this.requests.map((r) => `${r.method} ${r.path} ${r.status}`).join(', ')}`);
  }

  waitForGateway(match: (p: GatewayPayload) => boolean, timeoutMs = 10_000, what = 'gateway payload'): Promise<GatewayPayload> {
    return this.waitFor('gateway', () => this.gateway.find(match), timeoutMs, () => `${what}; saw ops ${this.gateway.map((p) => p.closeCode ?? p.op).join(', ')}`);
  }

  /** The answer to an interaction: its callback, and the webhook edit if the callback deferred. */
  async interactionResponse(id: string, timeoutMs = 10_000): Promise<{ type: number; data?: Record<string, unknown> }> {
    const callback = await this.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`), timeoutMs, `callback for ${id}`);
    return callback.body as { type: number; data?: Record<string, unknown> };
  }

  private waitFor<T>(event: string, find: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const found = find();
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = find();
        if (!hit) return;
        cleanup();
        resolve(hit);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off(event, check);
      };
      this.events.on(event, check);
    });
  }

  // ── Faults ─────────────────────────────────────────────────────────────────

  /** Answer the next `times` matching requests with `status` (429: rate limited, with Retry-After). */
  failNext(method: string, path: RegExp, { status = 429, retryAfter = 1, times = 1 } = {}): void {
    this.failures.push({ method, path, status, retryAfter, times });
  }

  /** Cut every gateway connection without a close frame, as a network failure would. */
  dropConnections(): void {
    for (const session of this.sessions.values()) session.socket?.terminate();
  }

  // ── Gateway ────────────────────────────────────────────────────────────────

  private onConnection(ws: WebSocket): void {
    const connection = ++this.connections;
    let session: Session | undefined;
    ws.on('message', (raw) => {
      let payload: { op: number; d: Record<string, unknown> };
      try {
        payload = JSON.parse(String(raw));
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      this.gateway.push({ connection, op: payload.op, d: payload.d });
      this.events.emit('gateway');
      const d = payload.d;
      switch (payload.op) {
        case 1:
          ws.send(JSON.stringify({ op: 11, d: null }));
          break;
        case 2: {
          if (d.token !== this.options.token) return ws.close(4004, 'Authentication failed.');
          if (Number(d.intents) & MESSAGE_CONTENT_INTENT && this.options.messageContentIntent === false) return ws.close(4014, 'Disallowed intent(s).');
          const shard = (d.shard as [number, number] | undefined) ?? [0, 1];
          session = { id: randomBytes(16).toString('hex'), shard, seq: 0, sent: [], socket: ws, intents: Number(d.intents) };
          this.sessions.set(session.id, session);
          const guilds = this.guilds.filter((g) => this.shardOf(g.id, shard[1]) === shard[0]);
          this.send(session, 'READY', {
            v: 10,
            user: this.options.bot,
            guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
            session_id: session.id,
            resume_gateway_url: this.gatewayUrl,
            shard,
            application: { id: this.options.bot.id, flags: 0 },
          });
          for (const g of guilds) this.send(session, 'GUILD_CREATE', this.guildPayload(g));
          break;
        }
        case 6: {
          const known = this.sessions.get(String(d.session_id));
          if (!known || d.token !== this.options.token) {
            ws.send(JSON.stringify({ op: 9, d: false }));
            break;
          }
          session = known;
          session.socket = ws;
          for (const event of session.sent.filter((e) => e.s > Number(d.seq))) ws.send(JSON.stringify(event));
          this.send(session, 'RESUMED', null);
          break;
        }
      }
    });
    ws.on('close', (code) => {
      this.gateway.push({ connection, op: -1, d: null, closeCode: code });
      this.events.emit('gateway');
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatInterval ?? 41_250 } }));
  }

  private get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  private shardOf(guildId: string, count: number): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(count));
  }

  private send(session: Session, t: string, d: unknown): void {
    const event = { op: 0 as const, t, s: ++session.seq, d };
    session.sent.push(event);
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify(event));
  }

  /**
   * Send an event to the session that owns it (by guild; DMs go to shard 0). A session whose
   * connection dropped keeps it for replay on RESUME.
   */
  dispatch(t: string, d: { guild_id?: string } & Record<string, unknown>): void {
    const sessions = [...this.sessions.values()];
    const target = sessions.filter((s) => (d.guild_id ? this.shardOf(d.guild_id, s.shard[1]) : 0) === s.shard[0]).at(-1);
    if (!target) throw new Error(`no gateway session to dispatch ${t} to`);
    this.send(target, t, d);
  }

  private guildPayload(g: FakeGuild) {
    const owner = snowflake();
    return {
      id: g.id,
      name: g.name,
      icon: null,
      owner_id: owner,
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: new Date().toISOString(),
      features: [],
      emojis: [],
      stickers: [],
      presences: [],
      voice_states: [],
      threads: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      roles: [
        { id: g.id, name: '@everyone', permissions: EVERYONE_PERMISSIONS.toString(), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
        // The role Discord makes for a bot when it joins a server, named as the bot; users often @ it in its place.
        { id: botRoleId(g), name: this.options.bot.username, permissions: '0', position: 1, color: 0, hoist: false, managed: true, mentionable: true, flags: 0, tags: { bot_id: this.options.bot.id } },
      ],
      members: [{ user: this.options.bot, roles: [botRoleId(g)], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
      channels: g.channels.map((c, position) => this.channelPayload(g, c, position)),
    };
  }

  private channelPayload(g: FakeGuild, c: FakeChannel, position = 0) {
    return {
      id: c.id,
      type: 0,
      guild_id: g.id,
      name: c.name,
      position,
      parent_id: null,
      topic: null,
      nsfw: false,
      rate_limit_per_user: 0,
      last_message_id: null,
      permission_overwrites: c.deny ? [{ id: g.id, type: 0, allow: '0', deny: c.deny.toString() }] : [],
    };
  }

  // ── Users' actions ─────────────────────────────────────────────────────────

  /**
   * A user runs a slash command (type 2), autocompletes (4), presses a button (3) or sends a form (5). `ageMs` makes
   * the interaction that much older on arrival. Returns the interaction id.
   */
  interact(
    from: FakeUser,
    where: Where,
    type: 2 | 3 | 4 | 5,
    data: Record<string, unknown>,
    { ageMs = 0, message }: { ageMs?: number; message?: Record<string, unknown> } = {},
  ): string {
    const createdAt = Date.now() - ageMs;
    const id = snowflake(createdAt);
    const token = `aW50ZXJhY3Rpb246${id}:${randomBytes(48).toString('base64url')}`;
    const channelId = where.kind === 'guild' ? (where.channel ?? where.guild.channels[0]!).id : where.channelId;
    this.interactions.set(id, { token, channelId, answered: false, createdAt });
    const place =
      where.kind === 'guild'
        ? {
            guild_id: where.guild.id,
            guild_locale: 'en-US',
            channel_id: channelId,
            channel: this.channelPayload(where.guild, where.channel ?? where.guild.channels[0]!),
            member: { user: from, roles: [], permissions: EVERYONE_PERMISSIONS.toString(), joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, pending: false, premium_since: null },
            authorizing_integration_owners: { '0': where.guild.id },
            context: 0,
          }
        : {
            channel_id: channelId,
            channel: where.kind === 'dm' ? { id: channelId, type: 1, recipients: [from] } : { id: channelId, type: 3, recipients: [from], name: null, owner_id: from.id, icon: null },
            user: from,
            authorizing_integration_owners: { '1': from.id },
            context: where.kind === 'dm' ? 1 : 2,
          };
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: this.options.bot.id,
      type,
      token,
      version: 1,
      locale: 'en-US',
      app_permissions: EVERYONE_PERMISSIONS.toString(),
      entitlements: [],
      attachment_size_limit: 10_485_760,
      data,
      ...(message && { message }),
      ...place,
    });
    return id;
  }

  slash(from: FakeUser, where: Where, name: string, options: Record<string, string | number | boolean> = {}, extra: { ageMs?: number } = {}): string {
    const types = { string: 3, number: 4, boolean: 5 } as const;
    return this.interact(from, where, 2, {
      id: snowflake(),
      name,
      type: 1,
      options: Object.entries(options).map(([n, value]) => ({ name: n, type: types[typeof value as keyof typeof types], value })),
    }, extra);
  }

  autocomplete(from: FakeUser, where: Where, name: string, option: string, typed: string): string {
    return this.interact(from, where, 4, { id: snowflake(), name, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] });
  }

  /** A press of a button of `message` (a message this fake recorded as sent by the bot). */
  press(from: FakeUser, where: Where, customId: string, message: Record<string, unknown>): string {
    return this.interact(from, where, 3, { custom_id: customId, component_type: 2 }, { message });
  }

  /** A user posts a message; `mentions` lists users the content mentions, `mentionRoles` roles (by id). Returns the message id. */
  post(from: FakeUser, where: Where, content: string, mentions: FakeUser[] = [], mentionRoles: string[] = []): string {
    const id = snowflake();
    const inGuild = where.kind === 'guild';
    const channelId = inGuild ? (where.channel ?? where.guild.channels[0]!).id : where.channelId;
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: channelId,
      ...(inGuild && { guild_id: where.guild.id, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }),
      // Discord sends the channel's type with every MESSAGE_CREATE; discord.js needs it for DMs.
      channel_type: inGuild ? 0 : where.kind === 'dm' ? 1 : 3,
      author: from,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: mentionRoles,
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    });
    return id;
  }

  // ── REST ───────────────────────────────────────────────────────────────────

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const rawPath = url.pathname.replace(/^\/api\/v10/, '');
    const path = decodeURIComponent(rawPath);
    const raw = Buffer.concat(chunks);
    const text = raw.toString('utf8');
    const type = req.headers['content-type'] ?? '';
    let body: unknown = text;
    let files: { field: string; name: string; data: Buffer }[] | undefined;
    const invalid = () => this.reply(res, { method: req.method!, path, rawPath, query: url.searchParams, headers: req.headers, body: text }, 400, { message: 'Invalid Form Body', code: 50035 });
    if (type.startsWith('application/json')) {
      try {
        body = JSON.parse(text);
      } catch {
        return this.reply(res, { method: req.method!, path, rawPath, query: url.searchParams, headers: req.headers, body: text }, 400, { message: '400: Bad Request', code: 50109 });
      }
    } else if (type.startsWith('multipart/form-data')) {
      // As Discord takes uploads: the message as JSON in `payload_json`, each file in `files[n]`.
      let form: FormData;
      try {
        form = await new Response(raw, { headers: { 'content-type': type } }).formData();
        body = JSON.parse(String(form.get('payload_json') ?? 'null'));
      } catch {
        return invalid();
      }
      files = [];
      for (const [field, value] of form.entries()) {
        if (field === 'payload_json') continue;
        if (!/^files\[\d+\]$/.test(field) || typeof value === 'string') return invalid();
        const data = Buffer.from(await value.arrayBuffer());
        if (data.length > MAX_UPLOAD_BYTES) return this.reply(res, { method: req.method!, path, rawPath, query: url.searchParams, headers: req.headers, body }, 413, { message: 'Request entity too large', code: 40005 });
        files.push({ field, name: value.name, data });
      }
    }
    const request = { method: req.method!, path, rawPath, query: url.searchParams, headers: req.headers, body, ...(files && { files }) };

    const failure = this.failures.find((f) => f.times > 0 && f.method === request.method && f.path.test(path));
    if (failure) {
      failure.times--;
      const headers: Record<string, string> =
        failure.status === 429
          ? {
              'retry-after': String(failure.retryAfter),
              'x-ratelimit-limit': '5',
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset-after': String(failure.retryAfter),
              'x-ratelimit-bucket': 'fake-bucket',
              'x-ratelimit-scope': 'user',
            }
          : {};
      const error = failure.status === 429 ? { message: 'You are being rate limited.', retry_after: failure.retryAfter, global: false } : { message: 'Server error', code: 0 };
      return this.reply(res, request, failure.status, error, headers);
    }

    // What Discord's own API description refuses, Discord refuses: 400, Invalid Form Body.
    const reason = typeof body === 'object' && body !== null ? refusal(request.method, path, body) : undefined;
    if (reason) {
      this.refused.push({ method: request.method, path, reason });
      return this.reply(res, request, 400, { message: 'Invalid Form Body', code: 50035, errors: reason });
    }
    const [status, payload] = this.route(request);
    return this.reply(res, request, status, payload);
  }

  private route(r: Omit<RecordedRequest, 'status'>): [number, unknown] {
    const auth = r.headers.authorization === `Bot ${this.options.token}`;
    const unauthorized: [number, unknown] = [401, { message: '401: Unauthorized', code: 0 }];
    let m: RegExpExecArray | null;

    if (r.method === 'GET' && r.path === '/gateway/bot') {
      if (!auth) return unauthorized;
      return [200, { url: this.gatewayUrl, shards: this.options.shards ?? 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 16 } }];
    }
    if (r.method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(r.path))) {
      const known = this.interactions.get(m[1]!);
      // Past the deadline Discord has forgotten the interaction: "Unknown interaction".
      if (!known || known.token !== m[2] || Date.now() - known.createdAt > INTERACTION_DEADLINE_MS) return [404, { message: 'Unknown interaction', code: 10062 }];
      if (known.answered) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
      known.answered = true;
      return [204, undefined];
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(r.path))) {
      const interaction = [...this.interactions.values()].find((i) => i.token === m![2]);
      if (m[1] !== this.options.bot.id || !interaction) return [404, { message: 'Unknown Webhook', code: 10015 }];
      if (Date.now() - interaction.createdAt > INTERACTION_TOKEN_MS) return [401, { message: 'Invalid Webhook Token', code: 50027 }];
      if ((r.method === 'PATCH' && m[3]) || (r.method === 'POST' && !m[3])) return [200, this.message(interaction.channelId, r.body)];
      // The response deleted (for a button, the message the button is on): once there is one.
      if (r.method === 'DELETE' && m[3]) return interaction.answered ? [204, undefined] : [404, { message: 'Unknown Message', code: 10008 }];
    }
    if (r.method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(r.path))) {
      if (!auth) return unauthorized;
      return [200, this.message(m[1]!, r.body)];
    }
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(r.path))) {
      if (!auth) return unauthorized;
      if (m[1] !== this.options.bot.id) return [403, { message: 'Missing Access', code: 50001 }];
      const key = m[2] ?? 'global';
      if (r.method === 'PUT') {
        const registered = (r.body as Record<string, unknown>[]).map((c) => ({ ...c, id: snowflake(), application_id: m![1], version: snowflake(), ...(m![2] && { guild_id: m![2] }) }));
        this.commands.set(key, registered);
        return [200, registered];
      }
      if (r.method === 'GET') return [200, this.commands.get(key) ?? []];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  /** A message as Discord returns it after the bot sent `body`. */
  message(channelId: string, body: unknown): Record<string, unknown> {
    const b = (body ?? {}) as Record<string, unknown>;
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.options.bot,
      content: b.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: b.embeds ?? [],
      components: b.components ?? [],
      pinned: false,
      type: 0,
      flags: b.flags ?? 0,
    };
  }

  private reply(res: ServerResponse, request: Omit<RecordedRequest, 'status'>, status: number, payload: unknown, headers: Record<string, string> = {}): void {
    this.requests.push({ ...request, status });
    this.events.emit('request');
    // A 204 has neither a body nor a content type.
    if (status === 204) {
      res.writeHead(204, headers).end();
      return;
    }
    res.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(payload));
  }
}
