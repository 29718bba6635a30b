/**
 * The interactions endpoint: Discord POSTs each interaction to /interactions and takes the HTTP
 * response as the answer. Requests are verified (401 otherwise, and for a timestamp outside the
 * replay window), PING gets PONG, and commands, autocomplete and buttons go through the same router
 * and renderer as the gateway bot. GET /healthz is for load balancers. Nothing is kept between
 * requests, so any number of instances can share the load.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  type APIInteraction,
  type APIInteractionResponse,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  REST,
  Routes,
} from 'discord.js';
import { ASK_ABOUT_MESSAGE } from '../discord/registration.js';
import { type Outgoing, type Router, withoutFiles } from '../discord/router.js';
import type { Logger } from '../log.js';
import { readInteraction } from './interaction.js';
import { isFresh, isSignedByDiscord, publicKeyFromHex } from './signature.js';

/** Interactions are small; anything bigger is not from Discord. */
const MAX_BODY_BYTES = 64 * 1024;
/** Discord wants an answer within 3 s: a client slower than this to send its request is not Discord. */
const HEADERS_TIMEOUT_MS = 5_000;
const REQUEST_TIMEOUT_MS = 10_000;

export interface InteractionServerOptions {
  router: Router;
  /** DISCORD_PUBLIC_KEY, hex. */
  publicKey: string;
  logger: Logger;
  /** How many stories are loaded now, for GET /healthz. */
  stories: () => number;
  /** Discord's REST API (DISCORD_API_URL), for removing an answer its asker deleted. */
  apiUrl: string;
}

/** The endpoint's server, and a way to wait for the answers it is still completing (on shutdown). */
export type InteractionServer = Server & { settled(): Promise<void> };

export function createInteractionServer({ router, publicKey, logger, stories, apiUrl }: InteractionServerOptions): InteractionServer {
  const key = publicKeyFromHex(publicKey);
  // Interaction webhooks need no bot token: the interaction's own token is the credential.
  const rest = new REST({ api: apiUrl });
  /** Answers still being completed through their webhooks, which a shutdown waits for. */
  const pending = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // A client that went away mid-request is no fault of ours.
      if (req.destroyed || res.destroyed) return logger.debug({ err: String(err) }, 'a client left before its request was read');
      logger.error({ err }, 'could not answer an HTTP interaction');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  return Object.assign(server, { settled: () => Promise.all(pending).then(() => undefined) });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The path as sent, without parsing it as a URL ("//" is no URL, and no path of ours either).
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'use GET' }, { allow: 'GET, HEAD' });
      const count = stories();
      return send(res, count > 0 ? 200 : 503, { status: count > 0 ? 'ok' : 'no stories loaded', stories: count });
    }
    if (path !== '/interactions') return send(res, 404, { error: 'not found: Discord posts to /interactions' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' }, { allow: 'POST' });
    const signature = one(req.headers['x-signature-ed25519']);
    const timestamp = one(req.headers['x-signature-timestamp']);
    // Unsigned or stale requests are refused before their body is read.
    if (!signature || !timestamp) return send(res, 401, { error: 'invalid request signature' }, { connection: 'close' });

    const body = await readBody(req);
    if (!body) return tooLarge(req, res);
    if (!isSignedByDiscord(key, signature, timestamp, body)) {
      logger.warn({ remote: req.socket.remoteAddress }, 'refused an interaction with a bad signature');
      return send(res, 401, { error: 'invalid request signature' });
    }
    // A signed request replayed later is refused like a forged one.
    if (!isFresh(timestamp, Date.now())) {
      logger.warn({ remote: req.socket.remoteAddress, timestamp }, 'refused an interaction outside the replay window');
      return send(res, 401, { error: 'request timestamp is outside the allowed window' });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return send(res, 400, { error: 'body is not JSON' });
    }
    const read = readInteraction(parsed);
    if ('error' in read) return send(res, 400, { error: read.error });
    const { interaction } = read;
    const outcome = respond(router, interaction);
    if (!outcome) return send(res, 400, { error: `unsupported interaction type ${String(interaction.type)}` });
    const { response, followUp } = outcome;
    // Once Discord has the acknowledgement, what the response could not carry, through the
    // interaction's webhook: the message removed ("Delete" pressed by its asker), or the answer with
    // its files (an HTTP response is JSON; files go as a multipart upload).
    const original = Routes.webhookMessage(interaction.application_id, interaction.token, '@original');
    const after =
      response.type === InteractionResponseType.DeferredMessageUpdate
        ? () => rest.delete(original, { auth: false })
        : followUp
          ? () =>
              rest.patch(original, { auth: false, body: editOf(followUp), files: followUp.files }).catch((err: unknown) => {
                logger.warn({ err }, 'could not upload an answer’s picture; sending its text');
                return rest.patch(original, { auth: false, body: editOf(withoutFiles(followUp)) });
              })
          : undefined;
    if (after) {
      res.on('finish', () => {
        const done = after()
          .then(() => undefined)
          .catch((err: unknown) => logger.warn({ err }, 'could not complete an answer through its webhook'))
          .finally(() => pending.delete(done));
        pending.add(done);
      });
    }
    send(res, 200, response);
  }
}

/** The answer as an edit of the deferred response: its files attached, and no flags (they were set when deferring). */
function editOf({ data, files = [] }: Outgoing) {
  const { flags: _flags, ...message } = data;
  return { ...message, attachments: files.map((f, id) => ({ id: String(id), filename: f.name })) };
}

/** What the endpoint sends: the HTTP response, and an answer to complete after it through the webhook. */
interface Outcome {
  response: APIInteractionResponse;
  followUp?: Outgoing;
}

/**
 * The response to one interaction, or undefined for a type Discord does not define for this
 * endpoint. An answer with files is deferred, and comes back as `followUp` to be sent after it.
 */
export function respond(router: Router, interaction: APIInteraction): Outcome | undefined {
  const user = (interaction.member?.user ?? interaction.user)?.id ?? 'unknown';
  const message = (answer: Outgoing): Outcome =>
    answer.files
      ? { response: { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { ...(answer.ephemeral && { flags: MessageFlags.Ephemeral }) } }, followUp: answer }
      : { response: { type: InteractionResponseType.ChannelMessageWithSource, data: answer.data } };
  switch (interaction.type) {
    case InteractionType.Ping:
      return { response: { type: InteractionResponseType.Pong } };
    case InteractionType.ApplicationCommand:
      if (interaction.data.type === ApplicationCommandType.Message && interaction.data.name === ASK_ABOUT_MESSAGE) {
        return message(router.askAbout(user, interaction.data.resolved.messages[interaction.data.target_id]!.content));
      }
      if (interaction.data.type !== ApplicationCommandType.ChatInput) return message(router.unsupported(`“${interaction.data.name}” menu command`));
      return message(router.command(user, interaction.data.name, flatOptions(interaction.data.options), { guild: interaction.guild_id !== undefined }));
    case InteractionType.ApplicationCommandAutocomplete:
      return {
        response: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: router.autocomplete(interaction.data.name, flatOptions(interaction.data.options)) } },
      };
    case InteractionType.MessageComponent: {
      const answer = router.button(user, interaction.data.custom_id);
      return answer.remove ? { response: { type: InteractionResponseType.DeferredMessageUpdate } } : message(answer);
    }
    case InteractionType.ModalSubmit:
      return message(router.unsupported('forms'));
    default:
      return undefined;
  }
}

/** Options with values (storybot's commands have no subcommands). */
function flatOptions(options: readonly { name: string; value?: unknown; focused?: boolean }[] = []) {
  return options.map(({ name, value, focused }) => ({ name, value: value as string | number | boolean | undefined, focused }));
}

function one(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

/** The raw body (signatures are over the exact bytes), or undefined when it is too large. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * 413, and the connection closed once it is sent: the rest of the body is never read, so the
 * connection cannot carry another request. A client that keeps connections alive opens a new one.
 */
function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  // Kept now: a body cut short may already have taken the request's socket with it.
  const socket = req.socket as IncomingMessage['socket'] | null;
  res.shouldKeepAlive = false;
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ error: 'request too large' }), () => socket?.destroy());
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(body));
}
