/**
 * A Reply as Discord API JSON: quotes as block quotes with their place in the story, in an embed or
 * as plain text, always inside Discord's limits. What does not fit goes to the next page (the
 * "more" path) at a passage boundary; only a single passage too long for a whole page is cut, and
 * then at a word. Nothing rendered here can ping anyone.
 */
import type {
  APIAllowedMentions,
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { headingText, placeParts, spansStories } from './place.js';
import type { Choice, Reply, ReplyAnswer, ReplyItem } from './reply.js';

/** Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Parse no mentions at all: not users, roles, @everyone, nor the author of a replied-to message. */
export const NO_MENTIONS: APIAllowedMentions = { parse: [], replied_user: false };

const EMBED_COLOR = 0x5865f2;

export interface DiscordRenderOptions {
  /** Index of the first item (or line) to show: the "more" path. */
  start?: number;
  /** An embed reads best; plain text where the bot may not embed links. */
  style?: 'embed' | 'text';
}

export type DiscordMessage = Pick<APIInteractionResponseCallbackData, 'content' | 'embeds' | 'allowed_mentions'>;

export interface DiscordPage {
  message: DiscordMessage;
  /** The article items on this page (for "whole paragraph" buttons). */
  shown: ReplyItem[];
  /** Where the next page starts, when something is left for it. */
  next?: number;
}

export function renderForDiscord(reply: Reply, { start = 0, style = 'embed' }: DiscordRenderOptions = {}): DiscordPage {
  if (reply.error !== undefined) return { message: renderNotice(`⚠️ ${reply.error}`), shown: [] };
  const manyStories = spansStories(reply.items);
  const units = [
    ...reply.items.map((item) => ({ item, text: (room: number) => itemBlock(item, manyStories, room) })),
    // storybot's own words, which carry the story's (names, roles, titles) and the user's: shown as written.
    ...(reply.lines ?? []).map((line) => ({ item: undefined, text: (room: number) => truncate(escapeText(line), room) })),
  ];
  const first = Math.min(Math.max(0, Math.trunc(start)), units.length);
  const title = first > 0 ? `${reply.title} (continued)` : reply.title;
  const lead = first === 0 && reply.lead ? `*${truncate(escapeText(reply.lead), 500)}*` : undefined;
  const answer = first === 0 && reply.answer ? answerLine(reply.answer) : undefined;

  // Text carries the title in its body; an embed has a title of its own and a footer for paging.
  const budget = style === 'text' ? DISCORD_LIMITS.content : DISCORD_LIMITS.embedDescription;
  const own = [...(answer ? [answer] : []), ...(lead ? [lead] : [])];
  const head = style === 'text' ? [`**${truncate(escapeText(title), 300)}**`, ...own] : own;
  const pagingRoom = style === 'text' ? 60 : 0;
  let body = head.join('\n\n');
  const shown: ReplyItem[] = [];
  let index = first;
  for (; index < units.length; index++) {
    const unit = units[index]!;
    // storybot's own lines sit together; quotes have a blank line between them.
    const separator = !body ? '' : !unit.item && index > first && !units[index - 1]!.item ? '\n' : '\n\n';
    const room = budget - pagingRoom - body.length - separator.length;
    // The first unit of a page always goes on it, cut to the room there is if it must be.
    const block = unit.text(index === first ? room : Infinity);
    if (block.length > room) break;
    body += separator + block;
    if (unit.item) shown.push(unit.item);
  }
  const next = index < units.length ? index : undefined;
  const paging = first > 0 || next !== undefined ? `Showing ${first + 1}–${index} of ${units.length}` : undefined;

  if (style === 'text') {
    const content = paging ? `${body}\n\n-# ${paging}` : body;
    return { message: { content, allowed_mentions: NO_MENTIONS }, shown, next };
  }
  const embed: APIEmbed = {
    // Embed titles are plain text: escapes would show, and mention syntax stays inert there anyway.
    title: truncate(inertEveryone(title), DISCORD_LIMITS.embedTitle),
    color: EMBED_COLOR,
    ...(body && { description: body }),
    ...(paging && { footer: { text: paging } }),
  };
  return { message: { embeds: [embed], allowed_mentions: NO_MENTIONS }, shown, next };
}

/**
 * storybot's own one-line message (an error, a refusal), shown as written: it may echo what the user
 * typed, which must not become a link, a heading or a mention in storybot's name.
 */
export function renderNotice(text: string): DiscordMessage {
  return { content: truncate(escapeText(text), DISCORD_LIMITS.content), allowed_mentions: NO_MENTIONS };
}

/** Autocomplete suggestions within Discord's limits: 25 at most, names and values of 1 to 100 characters. */
export function renderChoices(choices: readonly Choice[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  for (const choice of choices) {
    const name = truncate(choice.name.replace(/\s+/g, ' ').trim(), DISCORD_LIMITS.choiceName);
    const value = truncate(choice.value.trim(), DISCORD_LIMITS.choiceValue, '');
    if (!name || !value || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === DISCORD_LIMITS.choices) break;
  }
  return out;
}

/** The answer in bold, then storybot's reading of it (a date), set apart in italics. */
function answerLine(answer: ReplyAnswer): string {
  const words = `**${truncate(escapeText(answer.text), 500)}**`;
  return answer.reading ? `${words} — *${escapeText(answer.reading)}, as storybot reads the date*` : words;
}

/** An item's words as a block quote's body, escaped, with the answer in bold where it stands. */
export function quotedText(item: ReplyItem): string {
  const escape = (text: string) => escapeText(text).replace(/\n/g, '\n> ');
  const [open, close] = item.quotation ? ['“', '”'] : ['', ''];
  const { text, mark } = item;
  if (!mark) return escape(`${open}${text}${close}`);
  return `${open}${escape(text.slice(0, mark.start))}**${escape(text.slice(mark.start, mark.end))}**${escape(text.slice(mark.end))}${close}`;
}

/** One quote: an optional heading, the words as a block quote (the answer in bold), then where they stand. */
function itemBlock(item: ReplyItem, withStory: boolean, room: number): string {
  const shown = headingText(item);
  const heading = shown ? `**${truncate(escapeText(shown), 200)}**\n` : '';
  const place = `\n-# ${placeLine(item, withStory)}`;
  const quoteRoom = Math.max(room - heading.length - place.length - 2, 1);
  const quote = quotedText(item);
  // Cut, a quote loses its mark: a cut could split it.
  return `${heading}> ${quote.length <= quoteRoom ? quote : truncate(quotedText({ ...item, mark: undefined }), quoteRoom)}${place}`;
}

/** The most a part of a place line takes: a name run on for pages (a list read as one name) still leaves the quote room. */
const PLACE_PART = 60;

/** "¶3 · 12 September 2025 · Jane Roe · via The Daily Star" */
export function placeLine(item: ReplyItem, withStory = false): string {
  return placeParts(item, withStory)
    .map((part) => truncate(escapeText(part), PLACE_PART))
    .join(' · ');
}

/**
 * Text shown exactly as written: Discord markdown escaped (so article text renders verbatim and
 * user text cannot format, link or mention), web addresses kept from linking, and @everyone/@here defused.
 */
export function escapeText(text: string): string {
  // Escaping every "<" keeps mention syntax (<@id>, <@&id>, <#id>) shown literally, never parsed.
  return inertEveryone(
    text
      .replace(/[\\*_~`|[\]<]/g, '\\$&')
      // A bare address ("https://…") becomes a link by itself: an escaped colon keeps it text.
      .replace(/(?<=[a-z\d]):(?=\/\/)/gi, '\\:')
      // Only at a line start: headings, subtext, quotes and lists.
      .replace(/^(\s*)([#>+-]|\d+\.)(?=[\s#])/gm, (_, space: string, mark: string) => `${space}${mark.replace(/[#>+.-]/, '\\$&')}`),
  );
}

/** @everyone and @here, shown but broken by a zero-width space (allowed_mentions blocks pings too). */
function inertEveryone(text: string): string {
  return text.replace(/@(everyone|here)\b/gi, '@\u200b$1');
}

/** Cut to `max` characters at a word boundary, marking the cut; never splits an escape or a surrogate pair. */
export function truncate(text: string, max: number, mark = '…'): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - mark.length));
  const space = cut.search(/\s\S*$/);
  if (space > cut.length / 2) cut = cut.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // An odd run of trailing backslashes would escape the mark: drop the dangling one.
  if (/(^|[^\\])(\\\\)*\\$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${mark}`;
}
