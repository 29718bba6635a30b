/**
 * Paragraphs and sentences of an article, with exact character offsets.
 * Sentences come from Intl.Segmenter, then repairs it cannot make alone: an abbreviation such as
 * "U.S." or "Op." does not end a sentence before a lower-case word or a number, a quoted question
 * goes on into its attribution ("“Why?” she asked."), and a quotation or a bracket that spans
 * sentences stays in one passage. A run-on longer than MAX_PASSAGE is cut at words.
 */
import type { Paragraph, Passage } from './story.js';
import { SENTENCE_OPENERS } from './vocabulary.js';

/** Page furniture: a line that is only a WordPress-style shortcode, e.g. `[inline_related_posts …]`. */
const SHORTCODE = /^\[\/?[a-z][\w-]*(?:\s[^\]]*)?\]$/i;

export function isFurniture(line: string): boolean {
  return SHORTCODE.test(line.trim());
}

interface Span {
  start: number;
  end: number;
}

/** Trim white space off a span of `text`. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Story paragraphs: non-empty lines that are not page furniture. */
export function splitParagraphs(article: string): Span[] {
  const spans: Span[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(article); m; m = line.exec(article)) {
    const span = trimSpan(article, { start: m.index, end: m.index + m[0].length });
    const text = article.slice(span.start, span.end);
    if (span.end > span.start && !isFurniture(text)) spans.push(span);
  }
  return spans;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Characters the segmenter is given at once. Its cost grows with the square of the text it is given
 * (a paragraph of 650,000 characters took half a minute), so a long paragraph is read a window at a time.
 */
const WINDOW = 4000;

/**
 * The segmenter's sentences of `text`, the same as over the whole text, read a window at a time:
 * the last sentence of a window may be cut by its end, so the next window starts at it. A sentence's
 * end is decided by the text up to the next letter after it; a window whose last part holds no
 * letter is widened.
 */
function* sentenceSegments(text: string): Generator<{ index: number; segment: string }> {
  let from = 0;
  let window = WINDOW;
  while (from < text.length) {
    const segments = [...segmenter.segment(text.slice(from, from + window))];
    const last = segments.at(-1)!;
    if (from + window >= text.length || (segments.length > 1 && /\p{L}/u.test(last.segment))) {
      const done = from + window >= text.length ? segments : segments.slice(0, -1);
      for (const { index, segment } of done) yield { index: from + index, segment };
      if (done === segments) return;
      from += last.index;
      window = WINDOW;
    } else {
      window *= 2;
    }
  }
}

/**
 * Initials ("U.S.", "D.C.", "e.g."), titles and the abbreviations of reference works ("Op. 10",
 * "No. 2", "r. 1368", "c. 1500", "pp. 4") that end in a full stop without ending a sentence when a
 * lower-case word or a number follows.
 */
const ABBREVIATION =
  /(?:\b(?:[A-Z]\.){2,}|\b(?:[a-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Rev|Fr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|St|Mt|Ft|Jr|Sr|No|Nos|Op|Vol|vol|pp|p|ed|ca|c|r|b|d|fl|approx|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)["”’)]*\s*$/;
const TITLE = /\b(?:Mr|Mrs|Ms|Dr|Rev|Fr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|St)\.\s*$/;
/** Initials ("the U.S. Army", "two U.S. Air Force jets") begin a noun phrase that a capitalised noun may continue. */
const INITIALS_IN_PHRASE = /\b(?:[A-Z]\.){2,}\s*$/;

/** A person's initial: "K." in "Rajendra K. Pachauri", "M." in "millionaire M. Theo Kearney". */
const INITIAL = /(?:^|[\s(])[A-Z]\.\s*$/;

/**
 * "the U.S. Army", "Rajendra K. Pachauri" and "F. A. Hermens" go on; "met the U.S. The council…"
 * and "Plan B. Then…" end, because the next sentence opens with a function word.
 */
function continuesPhrase(before: string, next: string): boolean {
  if (INITIAL.test(before) && /^[A-Z]\.(?:\s|$)/.test(next)) return true;
  const word = /^[A-Z][a-z]*/.exec(next)?.[0];
  if (word === undefined || SENTENCE_OPENERS.has(word.toLowerCase())) return false;
  return INITIALS_IN_PHRASE.test(before) || INITIAL.test(before);
}

/**
 * What is left open at the end of a text: brackets ("(r. 1368–1398)" is one aside, not two
 * sentences), curly quotation marks, and whether a straight one is.
 */
interface Open {
  brackets: number;
  curly: number;
  straight: number;
}

const NOTHING_OPEN: Open = { brackets: 0, curly: 0, straight: 0 };

/** What is left open after `text`, given what was open before it. */
function stillOpen(before: Open, text: string): Open {
  let { brackets, curly, straight } = before;
  for (const ch of text) {
    if (ch === '(') brackets++;
    else if (ch === ')') brackets = Math.max(0, brackets - 1);
    else if (ch === '“') curly++;
    else if (ch === '”') curly = Math.max(0, curly - 1);
    else if (ch === '"') straight ^= 1;
  }
  return { brackets, curly, straight };
}

/**
 * The end of article[start, end) that the patterns above read: its last word, with the white space
 * around it (a long sentence is not read again whole each time one is joined to it).
 */
function lastWord(article: string, start: number, end: number): string {
  let i = end;
  while (i > start && /\s/.test(article[i - 1]!)) i--;
  while (i > start && !/\s/.test(article[i - 1]!)) i--;
  return article.slice(Math.max(start, i - 1), end);
}

/** Sentence spans of one paragraph, offsets relative to the article. */
export function splitSentences(article: string, paragraph: Span): Span[] {
  const text = article.slice(paragraph.start, paragraph.end);
  const merged: Span[] = [];
  let open = NOTHING_OPEN;
  for (const seg of sentenceSegments(text)) {
    const span = { start: paragraph.start + seg.index, end: paragraph.start + seg.index + seg.segment.length };
    const prev = merged.at(-1);
    if (prev) {
      const before = lastWord(article, prev.start, prev.end);
      const next = article.slice(span.start, span.end).trimStart();
      const abbreviated =
        (ABBREVIATION.test(before) && (/^[a-z0-9]/.test(next) || TITLE.test(before))) || continuesPhrase(before, next);
      // “Who would buy it?” she said: a question or exclamation closing a quotation goes on in lower case.
      const attributed = /[?!][”"’]\s*$/.test(before) && /^\p{Ll}/u.test(next);
      if (abbreviated || attributed || open.curly + open.straight > 0 || open.brackets > 0) {
        prev.end = span.end;
        open = stillOpen(open, seg.segment);
        continue;
      }
    }
    merged.push({ ...span });
    open = stillOpen(NOTHING_OPEN, seg.segment);
  }
  return merged.flatMap((s) => cutLong(article, trimSpan(article, s))).filter((s) => s.end > s.start);
}

/**
 * The most characters a passage holds. Reading a passage costs more than its length (a quote looks
 * back through its passage for a speech verb, a date for its tense, a name for "a spokesman for"), so
 * an article of one sentence without a full stop, 200,000 words long, took 46 s to load (2 s in
 * 4,000 paragraphs). No sentence of prose comes near this: the longest in the evaluation sets has 1,222.
 */
export const MAX_PASSAGE = 3000;

/** A span longer than MAX_PASSAGE cut at white space into passages that are not (a word longer than that, anywhere). */
function cutLong(article: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let { start } = span;
  while (span.end - start > MAX_PASSAGE) {
    let cut = start + MAX_PASSAGE;
    while (cut > start && !/\s/.test(article[cut]!)) cut--;
    // No white space: cut within the word, never between the halves of a surrogate pair.
    if (cut === start) cut = /[\uD800-\uDBFF]/.test(article[start + MAX_PASSAGE - 1]!) ? start + MAX_PASSAGE - 1 : start + MAX_PASSAGE;
    pieces.push(trimSpan(article, { start, end: cut }));
    start = cut;
  }
  pieces.push(trimSpan(article, { start, end: span.end }));
  return pieces;
}

/** Paragraphs and passages of an article. Every passage's text is a substring of the article. */
export function splitArticle(article: string): { paragraphs: Paragraph[]; passages: Passage[] } {
  const paragraphs: Paragraph[] = [];
  const passages: Passage[] = [];
  splitParagraphs(article).forEach((span, i) => {
    const paragraph: Paragraph = { number: i + 1, ...span, text: article.slice(span.start, span.end), passages: [] };
    splitSentences(article, span).forEach((s, j) => {
      const passage: Passage = {
        id: passages.length,
        paragraph: paragraph.number,
        sentence: j + 1,
        start: s.start,
        end: s.end,
        text: article.slice(s.start, s.end),
      };
      passages.push(passage);
      paragraph.passages.push(passage.id);
    });
    paragraphs.push(paragraph);
  });
  return { paragraphs, passages };
}
