/**
 * Buttons under an answer: "More" (the next page of results) and "¶N in full" (the whole
 * paragraph around a quote). A custom_id holds at most 100 characters, so "More" carries the
 * request itself when it fits (it then works after a restart) and otherwise a key into a small
 * in-memory cache; a key that is gone answers "this button has expired".
 */
import { randomBytes } from 'node:crypto';
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { RawOptions } from '../app.js';
import type { ReplyItem } from '../reply/reply.js';

/** What it takes to run a request again. */
export interface Rerun {
  command: string;
  options: RawOptions;
  story?: string;
}

export type ButtonAction =
  | { kind: 'more'; start: number; rerun?: Rerun }
  | { kind: 'paragraph'; story: string; paragraph: number };

const MAX_CUSTOM_ID = 100;
/** Paragraph buttons beside "More" in one row of five. */
const MAX_PARAGRAPH_BUTTONS = 4;

export interface Buttons {
  /** The row of buttons for a page, if it needs any. */
  row(page: { shown: readonly ReplyItem[]; next?: number }, rerun?: Rerun): APIActionRowComponent<APIButtonComponent> | undefined;
  parse(customId: string): ButtonAction | undefined;
}

export function createButtons({ ttlMs = 60 * 60_000, maxEntries = 5_000, now = Date.now } = {}): Buttons {
  const cache = new Map<string, { rerun: Rerun; expires: number }>();

  function moreId(rerun: Rerun, start: number): string {
    const params = new URLSearchParams(
      Object.entries(rerun.options).flatMap(([k, v]): [string, string][] => (v === undefined || k === 'private' ? [] : [[k, String(v)]])),
    );
    const inline = `m:${start}:${rerun.command}:${encodeURIComponent(rerun.story ?? '')}:${params}`;
    if (inline.length <= MAX_CUSTOM_ID) return inline;
    for (const [key, entry] of cache) {
      if (cache.size < maxEntries && entry.expires > now()) break;
      cache.delete(key); // oldest first: Map keeps insertion order
    }
    const key = randomBytes(9).toString('base64url');
    cache.set(key, { rerun, expires: now() + ttlMs });
    return `m:${start}:#${key}`;
  }

  function paragraphId(item: ReplyItem): string {
    return `p:${item.place.paragraph}:${encodeURIComponent(item.place.story)}`;
  }

  return {
    row(page, rerun) {
      const buttons: APIButtonComponent[] = [];
      const seen = new Set<string>();
      for (const item of page.shown) {
        const id = paragraphId(item);
        if (seen.has(id) || id.length > MAX_CUSTOM_ID || seen.size === MAX_PARAGRAPH_BUTTONS) continue;
        seen.add(id);
        buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: `¶${item.place.paragraph} in full`, custom_id: id });
      }
      if (page.next !== undefined && rerun) {
        buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'More', custom_id: moreId(rerun, page.next) });
      }
      return buttons.length ? { type: ComponentType.ActionRow, components: buttons } : undefined;
    },
    parse(customId) {
      try {
        return parseId(customId);
      } catch {
        return undefined; // a malformed id (bad %-encoding): not one of ours
      }
    },
  };

  function parseId(customId: string): ButtonAction | undefined {
    const [kind, number, ...rest] = customId.split(':');
    const n = Number(number);
    if (!Number.isInteger(n) || n < 0) return undefined;
    if (kind === 'p' && rest.length === 1) return { kind: 'paragraph', paragraph: n, story: decodeURIComponent(rest[0]!) };
    if (kind !== 'm') return undefined;
    if (rest.length === 1 && rest[0]!.startsWith('#')) {
      const entry = cache.get(rest[0]!.slice(1));
      return { kind: 'more', start: n, rerun: entry && entry.expires > now() ? entry.rerun : undefined };
    }
    if (rest.length !== 3) return undefined;
    const [command, story, params] = rest as [string, string, string];
    return {
      kind: 'more',
      start: n,
      rerun: { command, story: story ? decodeURIComponent(story) : undefined, options: Object.fromEntries(new URLSearchParams(params)) },
    };
  }
}
