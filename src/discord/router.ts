/**
 * From a Discord request to a Discord answer, the same for every way in: the gateway bot (from
 * discord.js objects) and the HTTP endpoint (from raw interaction JSON) both hand over a command
 * name and options, an autocomplete, a button's custom_id or a message's text, and send back what
 * comes out. Every request goes through App; nothing here throws: bad input becomes a polite
 * private answer, a fault becomes a polite answer and a log line.
 */
import {
  type APIApplicationCommandOptionChoice,
  type APIInteractionResponseCallbackData,
  MessageFlags,
} from 'discord.js';
import type { App, RawOptions } from '../app.js';
import { ConfigError, UsageError } from '../errors.js';
import { MAX_TEXT_LENGTH } from '../command.js';
import type { Logger } from '../log.js';
import { renderChoices, renderForDiscord, renderNotice, truncate } from '../reply/discord.js';
import type { Reply } from '../reply/reply.js';
import { cachedTimelinePng } from '../reply/image.js';
import { parseMessage } from '../request.js';
import { PARAGRAPH, paragraphReply, passagesReply } from '../../commands/views.js';
import { type Rerun, createButtons } from './buttons.js';
import { createCooldown } from './cooldown.js';

/** An option as Discord sends it, in raw interaction JSON and in discord.js's `options.data` alike. */
export interface OptionData {
  name: string;
  value?: string | number | boolean;
  focused?: boolean;
}

/** What the router hands a way in (gateway or HTTP) to send to Discord: a message, or the removal of one. */
export interface Outgoing {
  /** The message, with the Ephemeral flag when only the requester should see it. */
  data: APIInteractionResponseCallbackData;
  ephemeral: boolean;
  /** Remove the message the pressed button is on (its asker pressed "Delete"), instead of answering. */
  remove?: boolean;
  /** Files sent with the message (the timeline picture), which an embed shows as `attachment://NAME`. */
  files?: { name: string; data: Buffer }[];
}

/** The timeline picture's file name, as the embed refers to it. */
const PICTURE = 'timeline.png';

/** An answer without its files, and without the embed's picture that showed them (where files cannot go). */
export function withoutFiles(answer: Outgoing): Outgoing {
  const embeds = answer.data.embeds?.map(({ image: _image, ...embed }) => embed);
  return { ...answer, data: { ...answer.data, ...(embeds && { embeds }) }, files: undefined };
}

/** Where a request was made: in a server channel, a public answer carries a "Delete" button for its asker. */
export interface Where {
  guild: boolean;
}

export type Style = 'embed' | 'text';

export interface RouterOptions {
  logger: Logger;
  /** Default story id (STORY). */
  story?: string;
  cooldownSeconds: number;
  cooldownBurst?: number;
}

export interface Router {
  command(user: string, name: string, options: readonly OptionData[], where?: Where): Outgoing;
  autocomplete(name: string, options: readonly OptionData[]): APIApplicationCommandOptionChoice<string>[];
  button(user: string, customId: string): Outgoing;
  /** A DM, a mention or a message in an answer channel; undefined when it should go unanswered. */
  message(user: string, text: string, style: Style, where?: Where): Outgoing | undefined;
  /** "Ask storybot" on a message: what the story says about its text, privately. */
  askAbout(user: string, text: string): Outgoing;
  /** A context-menu command or a form storybot does not offer (yet): a polite private line. */
  unsupported(what: string): Outgoing;
}

const FAULT = 'Sorry, something went wrong while answering. It has been logged; please try again.';
const EXPIRED = 'This button is not one storybot knows. Please ask again.';
const CHANGED = 'The story this button belongs to has changed since. Please ask again.';
const NOT_YOURS = 'Only the person who asked can remove this.';
const TIMELINE = 'timeline';

export function createRouter(app: App, { logger, story, cooldownSeconds, cooldownBurst }: RouterOptions): Router {
  if (story !== undefined && !app.stories.some((s) => s.id === story)) {
    throw new ConfigError(`STORY "${story}" is not one of the stories loaded: ${app.stories.map((s) => s.id).join(', ')}.`);
  }
  const cooldown = createCooldown(cooldownSeconds, cooldownBurst);
  // Buttons know the stories by their fingerprints: made again when the stories change (live reload).
  let made = { stories: app.stories, buttons: createButtons(app.stories, story) };
  const buttonsNow = () => (made.stories === app.stories ? made : (made = { stories: app.stories, buttons: createButtons(app.stories, story) })).buttons;
  const scope = { story };
  const { catalogue } = app;

  /** Run `work`; a user's mistake or a fault becomes a one-line answer. */
  function guarded(what: Record<string, unknown>, ephemeral: boolean, work: () => Outgoing): Outgoing {
    const started = performance.now();
    try {
      const answer = work();
      logger.info({ ...what, ms: Math.round(performance.now() - started) }, 'answered');
      return answer;
    } catch (err) {
      if (err instanceof UsageError) {
        logger.info({ ...what, usage: err.message }, 'refused bad input');
        return notice(`⚠️ ${err.message}`, ephemeral);
      }
      logger.error({ ...what, err }, 'handler failed');
      return notice(FAULT, ephemeral);
    }
  }

  /** A page of a reply, with its buttons; a public one in a server channel, with its asker's "Delete". */
  function answer(
    reply: Reply,
    { ephemeral, style = 'embed', start = 0, rerun, asker }: { ephemeral: boolean; style?: Style; start?: number; rerun?: Rerun; asker?: string },
  ): Outgoing {
    const page = renderForDiscord(reply, { style, start });
    // A whole paragraph needs no "in full" button of its own.
    const buttons = buttonsNow();
    const row = reply.error === undefined ? buttons.row(reply.command === PARAGRAPH ? { ...page, shown: [] } : page, reply.items, rerun) : undefined;
    const meant = buttons.suggestions((reply.suggestions ?? []).map((s) => ({ label: s.label, rerun: { command: s.command, options: s.options, story } })));
    const remove = !ephemeral && asker !== undefined ? buttons.remove(asker) : undefined;
    const components = [row, meant, remove].filter((r) => r !== undefined);
    // The timeline's first page comes with its picture, which the embed shows below the text.
    const picture = reply.command === TIMELINE && reply.error === undefined && start === 0 && reply.items.length > 0;
    const embeds = picture ? page.message.embeds?.map((e, i) => (i === 0 ? { ...e, image: { url: `attachment://${PICTURE}` } } : e)) : page.message.embeds;
    return {
      data: { ...page.message, ...(embeds && { embeds }), ...(components.length && { components }), ...(ephemeral && { flags: MessageFlags.Ephemeral }) },
      ephemeral,
      ...(picture && { files: [{ name: PICTURE, data: cachedTimelinePng(reply, app.stories) }] }),
    };
  }

  function run(rerun: Rerun): Reply {
    return app.run(rerun.command, rerun.options, { story: rerun.story ?? story });
  }

  function cooledDown(user: string): Outgoing | undefined {
    const check = cooldown.take(user);
    if (check.ok) return undefined;
    const seconds = check.waitSeconds === 1 ? '1 second' : `${check.waitSeconds} seconds`;
    return notice(`You're going a little fast. Please wait ${seconds} and try again.`);
  }

  return {
    command(user, name, data, where) {
      return (
        cooledDown(user) ??
        guarded({ kind: 'command', command: name, user }, true, () => {
          const options = toOptions(data);
          const rerun = { command: name, options, story };
          return answer(run(rerun), { ephemeral: options.private === true, rerun, ...(where?.guild && { asker: user }) });
        })
      );
    },

    autocomplete(name, data) {
      const focused = data.find((o) => o.focused);
      if (!focused) return [];
      try {
        return renderChoices(app.complete(name, focused.name, String(focused.value ?? ''), scope));
      } catch (err) {
        if (!(err instanceof UsageError)) logger.error({ kind: 'autocomplete', command: name, err }, 'autocomplete failed');
        return [];
      }
    },

    // Showing a paragraph or the passages a button carries costs nothing; running a request again
    // ("More" with the request in it) counts like asking it.
    button(user, customId) {
      const action = buttonsNow().parse(customId);
      if (action?.kind === 'remove') return action.asker === user ? { data: {}, ephemeral: true, remove: true } : notice(NOT_YOURS);
      return (
        (action?.kind === 'more' ? cooledDown(user) : undefined) ??
        guarded({ kind: 'button', user }, true, () => {
          if (!action) return notice(EXPIRED);
          if (action.kind === 'changed') return notice(CHANGED);
          // What a button shows is for whoever pressed it.
          if (action.kind === 'paragraph') return answer(paragraphReply(action.story, action.paragraph), { ephemeral: true });
          if (action.kind === 'passages') return answer(passagesReply(action.passages), { ephemeral: true });
          return answer(run(action.rerun), { ephemeral: true, start: action.start, rerun: action.rerun });
        })
      );
    },

    message(user, text, style, where) {
      const check = cooldown.take(user);
      if (!check.ok) {
        // Say so once per window; a flood gets one polite line, not one per message.
        return check.firstRefusal ? notice(`You're going a little fast. Please wait a moment and ask again.`, false) : undefined;
      }
      // Messages cannot be ephemeral: everything here answers in the open.
      return guarded({ kind: 'message', user }, false, () => {
        const request = parseMessage(text, catalogue) ?? { command: app.commands.has('help') ? 'help' : 'ask', options: {} };
        const rerun = { ...request, story };
        return answer(run(rerun), { ephemeral: false, style, rerun, ...(where?.guild && { asker: user }) });
      });
    },

    askAbout(user, text) {
      return (
        cooledDown(user) ??
        guarded({ kind: 'message command', user }, true, () => {
          // A long message is cut to what a question may hold, at a word, never inside a character.
          const question = truncate(text.trim(), MAX_TEXT_LENGTH, '');
          if (!question) return notice('That message has no text to ask about.');
          const rerun = { command: 'ask', options: { question }, story };
          return answer(run(rerun), { ephemeral: true, rerun });
        })
      );
    },

    unsupported(what) {
      logger.info({ kind: 'unsupported', what }, 'refused an interaction storybot does not offer');
      return notice(`storybot has no ${what} yet. Try /help for what it can do.`);
    },
  };
}

function toOptions(data: readonly OptionData[]): RawOptions {
  return Object.fromEntries(data.map((o) => [o.name, o.value]));
}

/** storybot's own one-line answer; ephemeral ones are seen only by the requester. */
function notice(text: string, ephemeral = true): Outgoing {
  return { data: { ...renderNotice(text), ...(ephemeral && { flags: MessageFlags.Ephemeral }) }, ephemeral };
}
