/**
 * The interactions endpoint: Discord POSTs each interaction to /interactions and takes the HTTP
 * response as the answer. Requests are verified (401 otherwise), PING gets PONG, and commands,
 * autocomplete and buttons go through the same router and renderer as the gateway bot.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  type APIInteraction,
  type APIInteractionResponse,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
} from 'discord.js';
import type { Router } from '../discord/router.js';
import type { Logger } from '../log.js';
import { isSignedByDiscord, publicKeyFromHex } from './signature.js';

/** Interactions are small; anything bigger is not from Discord. */
const MAX_BODY_BYTES = 64 * 1024;

export interface InteractionServerOptions {
  router: Router;
  /** DISCORD_PUBLIC_KEY, hex. */
  publicKey: string;
  logger: Logger;
}

export function createInteractionServer({ router, publicKey, logger }: InteractionServerOptions): Server {
  const key = publicKeyFromHex(publicKey);
  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      logger.error({ err }, 'could not answer an HTTP interaction');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/interactions') return send(res, 404, { error: 'not found: Discord posts to /interactions' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' }, { allow: 'POST' });

    const body = await readBody(req);
    if (!body) return send(res, 413, { error: 'request too large' });
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    if (!isSignedByDiscord(key, one(signature), one(timestamp), body)) {
      logger.warn({ remote: req.socket.remoteAddress }, 'refused an interaction with a bad signature');
      return send(res, 401, { error: 'invalid request signature' });
    }
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      return send(res, 400, { error: 'body is not JSON' });
    }
    const response = respond(router, interaction);
    if (!response) return send(res, 400, { error: `unsupported interaction type ${String((interaction as { type?: unknown }).type)}` });
    send(res, 200, response);
  }
}

/** The answer to one interaction, or undefined for a kind storybot does not handle. */
export function respond(router: Router, interaction: APIInteraction): APIInteractionResponse | undefined {
  const user = (interaction.member?.user ?? interaction.user)?.id ?? 'unknown';
  switch (interaction.type) {
    case InteractionType.Ping:
      return { type: InteractionResponseType.Pong };
    case InteractionType.ApplicationCommand:
      if (interaction.data.type !== ApplicationCommandType.ChatInput) return undefined;
      return { type: InteractionResponseType.ChannelMessageWithSource, data: router.command(user, interaction.data.name, flatOptions(interaction.data.options)).data };
    case InteractionType.ApplicationCommandAutocomplete:
      return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: router.autocomplete(interaction.data.name, flatOptions(interaction.data.options)) } };
    case InteractionType.MessageComponent:
      return { type: InteractionResponseType.ChannelMessageWithSource, data: router.button(user, interaction.data.custom_id).data };
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
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(body));
}
