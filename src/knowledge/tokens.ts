/**
 * The words of an article's passages, with what the analysers ask of each: where it stands, whether
 * it is quoted, whether it starts a sentence, and what punctuation comes before it.
 */
import { quotedSpans, within, type Span } from './marks.js';
import type { Paragraph, Passage } from './story.js';
import { TITLE_ABBREVIATIONS } from './vocabulary.js';

/**
 * A word of the article as written, for the analysers of this layer (names, roles, quotes). The
 * index reads the same scanner's words as search/terms.ts Token: lower case, stemmed, for matching.
 */
export interface ArticleWord {
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
  tokens: ArticleWord[];
  /** Word index by start offset. */
  at: Map<number, number>;
}

/** The abbreviated titles written with their full stop ("Mr.", "Sgt."), capitalised. */
const TITLES = [...TITLE_ABBREVIATIONS].map((t) => t[0]!.toUpperCase() + t.slice(1)).join('|');
/**
 * What storybot takes for a word, in an article and in a question alike: initials ("U.S."), dotted
 * titles ("Mr."), numbers with separators and endings (1,000 3.5 6½ 1990s 15th 19-year-old 2.5-0.5), words
 * with inner apostrophes or hyphens ("Saint-Étienne", "don't"), and the signs that stand for
 * words (%, $, £, €). A word opens with a letter or a digit: marks alone (an emoji's variation
 * selector and keycap, "#️⃣") are no word, which would read as an empty one.
 */
const WORD = new RegExp(
  `(?:\\p{Lu}\\.){2,}|\\b(?:${TITLES})\\.(?=[ \\t]+\\p{Lu})|\\p{N}+(?:[.,]\\p{N}+)*\\p{L}*(?:-[\\p{L}\\p{N}]+(?:[.,]\\p{N}+)*)*|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[’'-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*|[%$£€]`,
  'gu',
);
const POSSESSIVE = /[’']s$/;
/** A word of letters or digits, not a sign. */
const SPELLED = /[\p{L}\p{N}]/u;

/** The words of a text, as written, where they stand: the one word scanner (the index splits hyphenated words further: src/search/terms.ts). */
export function scanWords(text: string): IterableIterator<RegExpExecArray> {
  return text.matchAll(WORD);
}

export function analyseText(article: string, paragraphs: readonly Paragraph[], passages: readonly Passage[]): ArticleText {
  const quoted = paragraphs.flatMap((p) => quotedSpans(article, p));
  const tokens: ArticleWord[] = [];
  const at = new Map<number, number>();
  for (const passage of passages) {
    let prevEnd = -1;
    for (const m of scanWords(passage.text)) {
      let text = m[0];
      // The analysers read names, roles and verbs: a sign is no word to them.
      if (!SPELLED.test(text)) continue;
      const start = passage.start + m.index;
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
