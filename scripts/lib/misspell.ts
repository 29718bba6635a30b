/**
 * The typo variant of a question set (eval/xquad/README.md): one deterministic edit (swap
 * two neighbouring letters, drop a letter or double one) in up to two words of 5+ letters. The
 * edits depend only on the question's text, so every run and every retriever sees the same typos.
 */

/** FNV-1a: a stable 32-bit hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a small seeded random number generator, values in [0, 1). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Edit = 'swap' | 'drop' | 'double';
const EDITS: readonly Edit[] = ['swap', 'drop', 'double'];

/** One edit of `word` at letter `i` (a swap takes letters i and i + 1). */
export function editWord(word: string, edit: Edit, i: number): string {
  if (edit === 'swap') return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (edit === 'drop') return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i + 1) + word.slice(i);
}

/** The question with typos in up to two of its words of five letters or more. */
export function misspell(question: string): string {
  const next = random(hash(question));
  const words = [...question.matchAll(/\p{L}{5,}/gu)];
  const chosen: RegExpMatchArray[] = [];
  while (chosen.length < 2 && words.length > 0) chosen.push(words.splice(Math.floor(next() * words.length), 1)[0]!);
  let out = question;
  // Edit from the end so the earlier offsets stay valid.
  for (const m of chosen.sort((a, b) => b.index! - a.index!)) {
    const word = m[0];
    const edit = EDITS[Math.floor(next() * EDITS.length)]!;
    // A swap of two equal letters would change nothing: take the next pair that differs.
    let i = Math.floor(next() * (edit === 'swap' ? word.length - 1 : word.length));
    if (edit === 'swap') {
      for (let k = 0; k < word.length - 1 && word[i] === word[i + 1]; k++) i = (i + 1) % (word.length - 1);
    }
    out = out.slice(0, m.index) + editWord(word, edit, i) + out.slice(m.index! + word.length);
  }
  return out;
}
