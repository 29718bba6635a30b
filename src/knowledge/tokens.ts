/**
 * The words of an article's passages, with what the analysers ask of each: where it stands, whether
 * it is quoted, whether it starts a sentence, and what punctuation comes before it.
 */
import { quotedSpans, within, type Span } from './marks.js';
import type { Paragraph, Passage } from './story.js';

export interface Token {
  /** As written, without a possessive ending ("Lopez" for "Lopez’s"). */
  text: string;
  lower: string;
  /** Article offsets of `text`. */
  start: number;
  end: number;
  passage: number;
  possessive: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  /** First word of a sentence or of a quotation, so capitalised whatever it is. */
  sentenceStart: boolean;
  /** Whether only white space separates it from the previous word of its passage. */
  joined: boolean;
}

/** An article's passages as words, plus its quotation spans. */
export interface ArticleText {
  article: string;
  passages: readonly Passage[];
  quoted: Span[];
  tokens: Token[];
  /** Token index by start offset. */
  at: Map<number, number>;
}

/** Initials ("U.S."), dotted titles ("Mr."), and words with inner apostrophes or hyphens. */
const WORD = /(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof)\.|[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /[’']s$/;

export function analyseText(article: string, paragraphs: readonly Paragraph[], passages: readonly Passage[]): ArticleText {
  const quoted = paragraphs.flatMap((p) => quotedSpans(article, p));
  const tokens: Token[] = [];
  const at = new Map<number, number>();
  for (const passage of passages) {
    let prevEnd = -1;
    for (const m of passage.text.matchAll(WORD)) {
      const start = passage.start + m.index;
      let text = m[0];
      const possessive = POSSESSIVE.test(text) && text.length > 2;
      if (possessive) text = text.slice(0, -2);
      const gap = prevEnd < 0 ? '' : article.slice(prevEnd, start);
      const isQuoted = within(quoted, start);
      const quoteStart = isQuoted && (prevEnd < 0 || !within(quoted, prevEnd - 1) || /[“"]/.test(gap));
      at.set(start, tokens.length);
      tokens.push({
        text,
        lower: text.toLowerCase(),
        start,
        end: start + text.length,
        passage: passage.id,
        possessive,
        quoted: isQuoted,
        sentenceStart: prevEnd < 0 || /[.!?:;]/.test(gap) || quoteStart,
        joined: prevEnd >= 0 && /^\s+$/.test(gap),
      });
      prevEnd = start + m[0].length;
    }
  }
  return { article, passages, quoted, tokens, at };
}

/** A stable id: lower-case words joined by dashes. */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'unnamed'
  );
}

/** Give each id a suffix when it repeats ("jane-roe", "jane-roe-2"). */
export function uniqueIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  for (const item of items) {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    if (n > 1) item.id = `${item.id}-${n}`;
  }
  return items;
}
