/** Where quotation marks open and close in an article's paragraphs. */

export interface Span {
  start: number;
  end: number;
}

/**
 * Spans of the words inside quotation marks in one paragraph, marks excluded: curly “…” and
 * straight "…". A quotation still open at the paragraph's end runs to that end (news style for a
 * quotation that continues in the next paragraph). A straight mark right after a letter or digit
 * cannot open one (5'11", 12"), and a mark of the other kind inside a quotation is literal.
 */
export function quotedSpans(article: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  let open: { mark: '“' | '"'; start: number } | undefined;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = article[i];
    if (ch === '“' && !open) {
      open = { mark: '“', start: i + 1 };
    } else if (ch === '”' && open?.mark === '“') {
      spans.push({ start: open.start, end: i });
      open = undefined;
    } else if (ch === '"') {
      if (open?.mark === '"') {
        spans.push({ start: open.start, end: i });
        open = undefined;
      } else if (!open && !/[\p{L}\p{N}]/u.test(article[i - 1] ?? ' ')) {
        open = { mark: '"', start: i + 1 };
      }
    }
  }
  if (open) spans.push({ start: open.start, end: paragraph.end });
  return spans.filter((s) => /\S/.test(article.slice(s.start, s.end)));
}

/** Whether `offset` falls inside one of `spans` (sorted by start). */
export function within(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
