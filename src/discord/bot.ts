/**
 * The gateway bot: discord.js connected to Discord (or to whatever DISCORD_API_URL points at),
 * answering slash commands, autocomplete and buttons, DMs, mentions and, optionally, every
 * message in chosen channels. All the deciding happens in the router; this file only translates
 * between discord.js objects and it.
 */
import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
  RESTEvents,
} from 'discord.js';
import type { App } from '../app.js';
import { type Config, required } from '../config.js';
import { ConfigError } from '../errors.js';
import { createLogger, type Logger } from '../log.js';
import { handleProcessEvents } from '../startup.js';
import { ASK_ABOUT_MESSAGE } from './registration.js';
import { type Outgoing, createRouter, type Router, withoutFiles } from './router.js';
import { stripMention } from './text.js';

export interface BotOptions {
  logger?: Logger;
  /** Stop on SIGTERM/SIGINT and log stray rejections (entry points: yes; in-process tests: no). */
  handleProcess?: boolean;
}

export interface BotHandle {
  client: Client<true>;
  /** Close the gateway connection (code 1000) and destroy the client. */
  stop(): Promise<void>;
}

const NO_PINGS = { parse: [], repliedUser: false } as const;

export async function startBot(config: Config, app: App, options: BotOptions = {}): Promise<BotHandle> {
  const token = required(config, 'discordToken', 'DISCORD_TOKEN', 'the Discord bot');
  const logger = options.logger ?? createLogger({ level: config.logLevel, secrets: [token] });
  const router = createRouter(app, { logger, story: config.story, cooldownSeconds: config.cooldownSeconds, cooldownBurst: config.cooldownBurst });
  const answerChannels = new Set(config.answerChannels);

  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      // Privileged: only asked for when every message in some channels must be read.
      ...(answerChannels.size > 0 ? [GatewayIntentBits.MessageContent] : []),
    ],
    // DM channels are not cached: without the Channel partial, DMs never reach messageCreate.
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS,
    failIfNotExists: false,
    rest: { api: config.apiUrl },
    ...shardOptions(config),
  });

  client.on(Events.InteractionCreate, (interaction) => {
    onInteraction(router, interaction).catch((err: unknown) => logger.error({ err, interaction: interaction.id }, 'could not answer an interaction'));
  });
  client.on(Events.MessageCreate, (message) => {
    onMessage(router, client, answerChannels, message).catch((err: unknown) =>
      logger.error({ err, message: message.id, channel: message.channelId }, 'could not answer a message'),
    );
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord.js error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord.js warning'));
  client.on(Events.Debug, (message) => logger.trace({ message }, 'discord.js debug'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway connection closed'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'reconnecting to the gateway'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway session resumed'));
  client.rest.on(RESTEvents.RateLimited, ({ route, retryAfter, global }) =>
    logger.warn({ route, retryAfter, global }, 'rate limited by Discord; waiting to retry'),
  );

  // Not events.once: that would reject on any 'error' event, which is logged and survivable.
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await Promise.all([ready, client.login(token)]).catch((err: unknown) => {
    throw explainLoginFailure(err);
  });
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.size }, 'connected to Discord');

  const stop = async () => {
    await client.destroy();
    logger.info('disconnected from Discord');
  };
  if (options.handleProcess ?? true) handleProcessEvents(logger, stop);
  return { client: client as Client<true>, stop };
}

/** The two ways Discord refuses a bot at login, as one line that says what to fix. */
function explainLoginFailure(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  if ((err as { code?: unknown }).code === 'TokenInvalid') {
    return new ConfigError('Discord refused DISCORD_TOKEN; copy the token again from the Bot page of your application.');
  }
  if (/disallowed intents/i.test(err.message)) {
    return new ConfigError('Discord refused the Message Content intent that ANSWER_CHANNELS needs: enable it on the Bot page of your application, or unset ANSWER_CHANNELS.');
  }
  return err;
}

/**
 * Shards for this process. Under the ShardingManager discord.js takes its shard from SHARDS and
 * SHARD_COUNT; otherwise SHARD_COUNT means shards inside this one process.
 */
function shardOptions(config: Config): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (process.env.SHARDING_MANAGER) return {};
  if (config.shardCount === 'auto') {
    // discord.js reads SHARD_COUNT from the environment as a number; "auto" (parsed above) would break it.
    delete process.env.SHARD_COUNT;
    return { shards: 'auto' };
  }
  return { shards: [...Array(config.shardCount).keys()], shardCount: config.shardCount };
}

async function onInteraction(router: Router, interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    await interaction.respond(router.autocomplete(interaction.commandName, interaction.options.data));
    return;
  }
  // Answers are worked out in this process in milliseconds, so the first response is the answer
  // itself: a deferral could not come sooner, and would make a private refusal public.
  const where = { guild: interaction.guildId !== null };
  const answer = interaction.isChatInputCommand()
    ? router.command(interaction.user.id, interaction.commandName, interaction.options.data, where)
    : interaction.isButton()
      ? router.button(interaction.user.id, interaction.customId)
      : interaction.isMessageContextMenuCommand() && interaction.commandName === ASK_ABOUT_MESSAGE
        ? router.askAbout(interaction.user.id, interaction.targetMessage.content)
        : interaction.isContextMenuCommand()
          ? router.unsupported(`“${interaction.commandName}” menu command`)
        : interaction.isModalSubmit()
          ? router.unsupported('forms')
          : undefined;
  if (!answer || !interaction.isRepliable()) return;
  if (answer.remove && interaction.isButton()) {
    // For a button, the interaction's original message is the one the button is on.
    await interaction.deferUpdate();
    await interaction.deleteReply();
    return;
  }
  await interaction.reply({ ...forDiscordJs(answer), flags: answer.ephemeral ? MessageFlags.Ephemeral : undefined });
}

async function onMessage(router: Router, client: Client, answerChannels: ReadonlySet<string>, message: Message): Promise<void> {
  const me = client.user;
  // Other bots (and this one), webhooks and system messages are never answered.
  if (!me || message.author.bot || message.webhookId || message.system) return;
  const inChannel = message.inGuild();
  // Discord makes a role named as the bot when it joins a server, and a user's "@storybot" often picks that role.
  const botRole = inChannel ? message.guild.members.me?.roles.botRole?.id : undefined;
  const mentioned = message.mentions.users.has(me.id) || (botRole !== undefined && message.mentions.roles.has(botRole));
  const channelName = inChannel && 'name' in message.channel ? message.channel.name : undefined;
  const answersAll = inChannel && (answerChannels.has(message.channelId) || (channelName !== undefined && answerChannels.has(channelName)));
  if (inChannel && !mentioned && !answersAll) return;

  // Plain text where the bot may not embed links; an embed everywhere else; no picture where it may not attach files.
  const may = (permission: bigint) => !inChannel || message.channel.permissionsFor(me)?.has(permission) !== false;
  const answer = router.message(message.author.id, stripMention(message.content, me.id, botRole), may(PermissionFlagsBits.EmbedLinks) ? 'embed' : 'text', { guild: inChannel });
  if (answer) await message.reply(forDiscordJs(may(PermissionFlagsBits.AttachFiles) ? answer : withoutFiles(answer)));
}

/** An answer as discord.js options (files sent as a multipart upload); nothing it sends can ping. */
function forDiscordJs({ data: { content, embeds, components }, files }: Outgoing) {
  return { content, embeds, components, allowedMentions: NO_PINGS, ...(files && { files: files.map((f) => ({ attachment: f.data, name: f.name })) }) };
}
