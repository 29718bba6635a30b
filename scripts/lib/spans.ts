/**
 * Answer-span scoring as SQuAD's official script does it: lower case, no punctuation, no articles
 * (a, an, the), white space collapsed; exact match, and the F1 of the tokens the prediction and a
 * gold answer share, the best over the gold answers. A question with no predicted answer scores 0.
 */

export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

function f1Of(prediction: string, gold: string): number {
  const p = normalizeAnswer(prediction).split(' ').filter(Boolean);
  const g = normalizeAnswer(gold).split(' ').filter(Boolean);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of g) counts.set(w, (counts.get(w) ?? 0) + 1);
  let same = 0;
  for (const w of p) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      same++;
      counts.set(w, n - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Exact match and F1 of a prediction (undefined: no answer) against the gold answers. */
export function spanScore(prediction: string | undefined, gold: readonly string[]): { em: number; f1: number } {
  if (prediction === undefined || gold.length === 0) return { em: 0, f1: 0 };
  const norm = normalizeAnswer(prediction);
  return {
    em: gold.some((g) => normalizeAnswer(g) === norm) ? 1 : 0,
    f1: Math.max(...gold.map((g) => f1Of(prediction, g))),
  };
}

/** The kind of a question by its question word, for the per-kind table. */
export type QuestionKind = 'when' | 'who' | 'how many/much' | 'where' | 'what/which' | 'other';

export function questionKind(question: string): QuestionKind {
  const q = question.toLowerCase();
  const first = /\b(when|who|whom|whose|where|what|which|how (?:many|much))\b/.exec(q)?.[1];
  if (first === undefined) return 'other';
  if (first.startsWith('how')) return 'how many/much';
  if (first === 'whom' || first === 'whose') return 'who';
  if (first === 'what' || first === 'which') return 'what/which';
  return first as QuestionKind;
}
