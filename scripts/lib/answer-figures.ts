/**
 * How well storybot answers, beside how well it retrieves: on the reader-style sets (scripts/lib/reader.ts)
 * hit@1, answered on answerable, refused on unanswerable and answer-span F1; on a SQuAD-form set
 * (XQuAD), exact match and F1 of the answer words by question kind, with coverage (how often an
 * answer is given). For `npm run eval` and scripts/answer-eval.ts.
 */
import type { Story } from '../../src/knowledge/story.js';
import { createRetriever, type Settings } from '../../src/search/index.js';
import type { Answer } from '../../src/search/retriever.js';
import type { ReaderSet } from './reader.js';
import { type QuestionKind, questionKind, spanScore } from './spans.js';

export interface ReaderFigures {
  title: string;
  answerable: number;
  unanswerable: number;
  hit1: number;
  answered: number;
  refused: number;
  /** Over the answerable questions that have answer words. */
  spans: number;
  em: number;
  f1: number;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

/** Whether the reply's first passage holds the answering sentence. */
function hits(answer: Answer, passage: string): boolean {
  const first = answer.hits[0]?.passage.text ?? '';
  return first.includes(passage) || passage.includes(first.trim());
}

export function readerFigures(set: ReaderSet, settings: Partial<Settings> = {}, misses?: (line: string) => void): ReaderFigures {
  const retriever = createRetriever(set.stories, settings);
  let hit1 = 0;
  let answered = 0;
  let spans = 0;
  let em = 0;
  let f1 = 0;
  for (const q of set.answerable) {
    const a = retriever.ask(q.question, { story: q.story, limit: 5 });
    const hit = hits(a, q.passage);
    if (hit) hit1++;
    if (a.answered) answered++;
    let score = { em: 1, f1: 1 };
    if (q.answer !== null) {
      spans++;
      score = spanScore(a.answer?.text, [q.answer]);
      em += score.em;
      f1 += score.f1;
    }
    if (misses && (!hit || !a.answered || score.f1 < 1)) {
      misses(
        `${hit ? '   ' : 'HIT'} ${a.answered ? '   ' : 'ANS'} ${score.f1 < 1 ? 'F1 ' : '   '} [${q.story}] ${q.question}\n` +
          `      want: ${q.answer ?? '-'} | ${q.passage.slice(0, 90)}\n` +
          `      got:  ${a.answer?.text ?? '-'} (${a.outcome}${a.missing.length ? `, missing ${a.missing.join(' ')}` : ''}) | ${a.hits[0]?.passage.text.slice(0, 90) ?? '-'}`,
      );
    }
  }
  let refused = 0;
  for (const u of set.unanswerable) {
    const a = retriever.ask(u.question, { story: u.story, limit: 5 });
    if (!a.answered) refused++;
    else misses?.(`REF [${u.story}] ${u.question}\n      got:  ${a.answer?.text ?? '-'} | ${a.hits[0]?.passage.text.slice(0, 110) ?? '-'}`);
  }
  const n = set.answerable.length || 1;
  return {
    title: set.title,
    answerable: set.answerable.length,
    unanswerable: set.unanswerable.length,
    hit1: hit1 / n,
    answered: answered / n,
    refused: refused / (set.unanswerable.length || 1),
    spans,
    em: em / (spans || 1),
    f1: f1 / (spans || 1),
  };
}

export function readerTable(rows: readonly ReaderFigures[]): string {
  const lines = [
    `reader-style sets                                   questions  hit@1  answered on answerable  refused on unanswerable  answer EM  answer F1 (of n)`,
    ...rows.map(
      (r) =>
        `  ${r.title.padEnd(50)} ${`${r.answerable}+${r.unanswerable}`.padStart(8)} ${pct(r.hit1)} ${pct(r.answered).padStart(23)} ${pct(r.refused).padStart(24)} ${pct(r.em).padStart(10)} ${pct(r.f1).padStart(10)} (${r.spans})`,
    ),
  ];
  return lines.join('\n');
}

/** A question whose gold answers are known spans of its story's text. */
export interface SpanCase {
  story: string;
  question: string;
  gold: string[];
}

interface KindFigures {
  n: number;
  covered: number;
  em: number;
  f1: number;
  f1Answered: number;
}

export function spanTable(
  title: string,
  stories: readonly Story[],
  cases: readonly SpanCase[],
  settings: Partial<Settings> = {},
  misses?: (kind: QuestionKind, line: string) => void,
): string {
  const retriever = createRetriever(stories, settings);
  const by = new Map<QuestionKind | 'all' | 'when/who/how many/much', KindFigures>();
  const add = (k: QuestionKind | 'all' | 'when/who/how many/much', given: boolean, s: { em: number; f1: number }) => {
    const f = by.get(k) ?? { n: 0, covered: 0, em: 0, f1: 0, f1Answered: 0 };
    f.n++;
    if (given) {
      f.covered++;
      f.f1Answered += s.f1;
    }
    f.em += s.em;
    f.f1 += s.f1;
    by.set(k, f);
  };
  for (const c of cases) {
    const a = retriever.ask(c.question, { story: c.story, limit: 5 });
    const s = spanScore(a.answer?.text, c.gold);
    const kind = questionKind(c.question);
    add('all', a.answer !== undefined, s);
    add(kind, a.answer !== undefined, s);
    if (misses && s.f1 < 1) {
      misses(kind, `${s.f1.toFixed(2)} [${c.story}] ${c.question}\n      want: ${c.gold.join(' | ')}\n      got:  ${a.answer?.text ?? '-'} | ${a.hits[0]?.passage.text.slice(0, 160) ?? '-'}`);
    }
    if (kind === 'when' || kind === 'who' || kind === 'how many/much') add('when/who/how many/much', a.answer !== undefined, s);
  }
  const order = ['all', 'when/who/how many/much', 'when', 'who', 'how many/much', 'where', 'what/which', 'other'] as const;
  return [
    `${title}: answer words (${cases.length} questions)`,
    `  ${'question kind'.padEnd(24)} ${'n'.padStart(5)}  coverage     EM     F1   F1 when answered`,
    ...order
      .filter((k) => by.has(k))
      .map((k) => {
        const f = by.get(k)!;
        return `  ${k.padEnd(24)} ${String(f.n).padStart(5)}  ${pct(f.covered / f.n)} ${(f.em / f.n).toFixed(3).padStart(6)} ${(f.f1 / f.n).toFixed(3).padStart(6)}   ${(f.f1Answered / Math.max(1, f.covered)).toFixed(3)}`;
      }),
  ].join('\n');
}
