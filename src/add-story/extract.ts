/**
 * An article out of a news page: the text by @mozilla/readability (reader mode) over a linkedom
 * DOM, without navigation, ads, captions, share widgets or shortcodes, one paragraph a line; and
 * what the page says of it (title, date, author, outlet, canonical address) from its JSON-LD, Open
 * Graph and meta tags, each with where it was found.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isCalendarDate, ISO_DATE } from '../knowledge/dates.js';

export interface Extracted {
  /** Paragraphs, one a line, verbatim from the page's text. */
  article: string;
  title?: string;
  /** YYYY-MM-DD. */
  published?: string;
  author?: string;
  outlet?: string;
  url?: string;
  /** Where each field was found: "JSON-LD", "Open Graph", "meta", "page". */
  found: Record<string, string>;
}

/** What reader mode should never take for the story. */
const NOT_STORY = 'nav, header, footer, aside, figure, figcaption, form, script, style, noscript, iframe, [class*="share"], [class*="advert"], [id*="advert"], [class*="promo"], [role="navigation"]';
/** WordPress-style shortcodes: a caption with its text ("[caption …]…[/caption]"), then lone ones ("[related_posts …]"). */
const PAIRED_SHORTCODE = /\[([a-z_]+)(?:\s[^\]]*)?\][\s\S]*?\[\/\1\]/g;
const SHORTCODE = /\[\/?[a-z_]+(?:\s[^\]]*)?\]/g;

export function extractArticle(html: string, pageUrl?: string): Extracted {
  const { document } = parseHTML(html);
  const found: Record<string, string> = {};
  const out: Extracted = { article: '', found };
  const take = (field: 'title' | 'published' | 'author' | 'outlet' | 'url', value: string | undefined, where: string) => {
    const v = value?.replace(/\s+/g, ' ').trim();
    if (!v || out[field] !== undefined) return;
    out[field] = field === 'published' ? isoDay(v) : v;
    if (out[field] !== undefined) found[field] = where;
  };
  for (const node of jsonLd(document)) {
    if (!/Article|NewsArticle|Report/.test(String(node['@type']))) continue;
    take('title', str(node.headline), 'JSON-LD');
    take('published', str(node.datePublished), 'JSON-LD');
    take('author', nameOf(node.author), 'JSON-LD');
    take('outlet', nameOf(node.publisher), 'JSON-LD');
    take('url', str(node.url) ?? str((node.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']) ?? str(node.mainEntityOfPage), 'JSON-LD');
  }
  const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
  take('title', meta('og:title'), 'Open Graph');
  take('published', meta('article:published_time'), 'Open Graph');
  take('outlet', meta('og:site_name'), 'Open Graph');
  take('url', meta('og:url'), 'Open Graph');
  take('author', meta('author'), 'meta');
  take('published', meta('date') ?? meta('pubdate'), 'meta');
  take('url', document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined, 'page');
  take('title', document.querySelector('title')?.textContent ?? undefined, 'page');
  take('url', pageUrl, 'page');

  for (const el of document.querySelectorAll(NOT_STORY)) el.remove();
  const read = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const { document: body } = parseHTML(`<html><body>${read?.content ?? ''}</body></html>`);
  const paragraphs = [...body.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(PAIRED_SHORTCODE, '').replace(SHORTCODE, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  out.article = paragraphs.join('\n');
  return out;
}

function jsonLd(document: { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> }): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as unknown;
      const list = Array.isArray(data) ? data : [data];
      for (const item of list) {
        if (item && typeof item === 'object') {
          const graph = (item as Record<string, unknown>)['@graph'];
          nodes.push(...(Array.isArray(graph) ? (graph as Record<string, unknown>[]) : [item as Record<string, unknown>]));
        }
      }
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  return nodes;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || undefined;
  return value && typeof value === 'object' ? str((value as Record<string, unknown>).name) : undefined;
}

/**
 * The day of a machine-readable date ("2025-09-14T08:00:00Z"), or nothing when it is no real day: a
 * page's placeholder ("0000-00-00", as some publishing systems print for an unset date) or a day the
 * month lacks is left out, as story.json could not hold it.
 */
function isoDay(text: string): string | undefined {
  const day = /^(\d{4}-\d\d-\d\d)/.exec(text)?.[1];
  return day !== undefined && ISO_DATE.test(day) && isCalendarDate(day) ? day : undefined;
}
