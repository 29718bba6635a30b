/**
 * Buttons under an answer: "More" (the next page) and "¶N in full" (the whole paragraph around a
 * quote). Everything a click needs is in the button's custom_id (at most 100 characters), so any
 * instance answers any click, before or after a restart; nothing is kept in memory.
 *
 * Each id names its story by a short fingerprint of the story's text, so a button whose story has
 * since changed (or is no longer loaded) says so instead of showing something else:
 * - `p:N:F`: paragraph N of the story F.
 * - `m:S:F:command:params`: the request again, from unit S (F: the story, or all stories).
 * - `n:F~a.b.c,G~d`: when the request is too long to carry, the passages still to show (F's a, b
 *   and c, then G's d).
 * - `x:U`: "Delete" under a public answer in a server channel, which only user U (the asker) may press.
 */
import { createHash } from 'node:crypto';
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { RawOptions } from '../app.js';
import { fingerprint } from '../knowledge/fingerprint.js';
import type { Story } from '../knowledge/story.js';
import { truncate } from '../reply/discord.js';
import type { ReplyItem } from '../reply/reply.js';

/** What it takes to run a request again. */
export interface Rerun {
  command: string;
  options: RawOptions;
  story?: string;
}

export type ButtonAction =
  | { kind: 'more'; start: number; rerun: Rerun }
  | { kind: 'passages'; passages: { story: Story; passage: number }[] }
  | { kind: 'paragraph'; story: Story; paragraph: number }
  /** The story the button was made for has changed or is gone. */
  | { kind: 'changed' }
  /** "Delete" under a public answer: only its asker may. */
  | { kind: 'remove'; asker: string };

const MAX_CUSTOM_ID = 100;
/** Discord's limit on a button's label. */
const MAX_LABEL = 80;
/** Paragraph buttons beside "More" in one row of five. */
const MAX_PARAGRAPH_BUTTONS = 4;
/** Stands for "every story loaded" where a fingerprint stands for one. */
const ALL = '*';

export interface Buttons {
  /** The row of buttons for a page, if it needs any. */
  row(page: { shown: readonly ReplyItem[]; next?: number }, items: readonly ReplyItem[], rerun?: Rerun): APIActionRowComponent<APIButtonComponent> | undefined;
  /** A row with the small "Delete" button its asker may press. */
  remove(asker: string): APIActionRowComponent<APIButtonComponent>;
  /** "Did you mean": a button for each corrected request (at most five). */
  suggestions(reruns: readonly { label: string; rerun: Rerun }[]): APIActionRowComponent<APIButtonComponent> | undefined;
  parse(customId: string): ButtonAction | undefined;
}

export function createButtons(stories: readonly Story[], scope?: string): Buttons {
  const byPrint = new Map(stories.map((s) => [fingerprint(s), s]));
  const printOf = new Map(stories.map((s) => [s.id, fingerprint(s)]));
  // Every story at once (or this instance's STORY): changed when any of them is, or the scope.
  const all = createHash('sha256').update(`${[...printOf.values()].join()}\n${scope ?? ''}`).digest('base64url').slice(0, 8);

  /** The request itself, from unit `start`, when it fits. */
  function rerunId(rerun: Rerun, start: number): string | undefined {
    const params = new URLSearchParams(
      Object.entries(rerun.options).flatMap(([k, v]): [string, string][] => (v === undefined || k === 'private' ? [] : [[k, String(v)]])),
    );
    const print = rerun.story === undefined ? `${ALL}${all}` : printOf.get(rerun.story);
    const inline = `m:${start}:${print}:${rerun.command}:${params}`;
    return print && inline.length <= MAX_CUSTOM_ID ? inline : undefined;
  }

  function moreId(items: readonly ReplyItem[], start: number, rerun: Rerun | undefined): string | undefined {
    const inline = rerun && rerunId(rerun, start);
    if (inline) return inline;
    // Too long to carry: the passages of the page and the pages after it, as many as fit.
    let id = 'n:';
    let last: string | undefined;
    for (const item of items.slice(start)) {
      const print = printOf.get(item.place.story);
      if (!print) return undefined;
      const next = print === last ? `${id}.${item.place.passage.toString(36)}` : `${id}${last ? ',' : ''}${print}~${item.place.passage.toString(36)}`;
      if (next.length > MAX_CUSTOM_ID) break;
      id = next;
      last = print;
    }
    return last ? id : undefined;
  }

  return {
    row(page, items, rerun) {
      const buttons: APIButtonComponent[] = [];
      const seen = new Set<string>();
      for (const item of page.shown) {
        const print = printOf.get(item.place.story);
        const id = `p:${item.place.paragraph}:${print}`;
        if (!print || seen.has(id) || seen.size === MAX_PARAGRAPH_BUTTONS) continue;
        seen.add(id);
        buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: `¶${item.place.paragraph} in full`, custom_id: id });
      }
      const more = page.next === undefined ? undefined : moreId(items, page.next, rerun);
      if (more) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'More', custom_id: more });
      return buttons.length ? { type: ComponentType.ActionRow, components: buttons } : undefined;
    },

    remove(asker) {
      return { type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Delete', custom_id: `x:${asker}` }] };
    },

    suggestions(reruns) {
      // Discord refuses a message whose buttons share a custom_id: of two that would run the same request, the first stays.
      const buttons = new Map<string, APIButtonComponent>();
      for (const { label, rerun } of reruns) {
        const id = rerunId(rerun, 0);
        if (id && !buttons.has(id)) buttons.set(id, { type: ComponentType.Button, style: ButtonStyle.Primary, label: truncate(label, MAX_LABEL), custom_id: id });
      }
      return buttons.size ? { type: ComponentType.ActionRow, components: [...buttons.values()].slice(0, 5) } : undefined;
    },

    parse(customId) {
      if (customId.startsWith('n:')) return passagesOf(customId.slice(2));
      if (/^x:\d{1,20}$/.test(customId)) return { kind: 'remove', asker: customId.slice(2) };
      const [kind, number, print, ...rest] = customId.split(':');
      if (!/^\d{1,5}$/.test(number ?? '') || print === undefined) return undefined;
      const n = Number(number);
      if (kind === 'p' && rest.length === 0) {
        const story = byPrint.get(print);
        return story ? { kind: 'paragraph', story, paragraph: n } : { kind: 'changed' };
      }
      if (kind === 'm' && rest.length === 2) {
        const scoped = print.startsWith(ALL) ? undefined : byPrint.get(print);
        if (print !== `${ALL}${all}` && !scoped) return { kind: 'changed' };
        return { kind: 'more', start: n, rerun: { command: rest[0]!, story: scoped?.id, options: Object.fromEntries(new URLSearchParams(rest[1])) } };
      }
      return undefined;
    },
  };

  function passagesOf(groups: string): ButtonAction | undefined {
    const passages: { story: Story; passage: number }[] = [];
    for (const group of groups.split(',')) {
      const [print, ids] = group.split('~');
      if (!/^[\w-]{8}$/.test(print!) || !/^[0-9a-z]{1,4}(?:\.[0-9a-z]{1,4})*$/.test(ids ?? '')) return undefined;
      const story = byPrint.get(print!);
      if (!story) return { kind: 'changed' };
      for (const id of ids!.split('.')) {
        const passage = parseInt(id, 36);
        if (!story.passages[passage]) return undefined;
        passages.push({ story, passage });
      }
    }
    return { kind: 'passages', passages };
  }
}
