/**
 * Corpora for the benchmark: `n` stories made from XQuAD's articles and copies of them (copy k of
 * an article gets the id `title~k`), so a thousand stories cost only the articles' analysis.
 */
import type { Story } from '../../src/knowledge/story.js';

export function copies(articles: readonly Story[], n: number): Story[] {
  return Array.from({ length: n }, (_, i) => {
    const story = articles[i % articles.length]!;
    const copy = Math.floor(i / articles.length);
    return copy === 0 ? story : { ...story, id: `${story.id}~${copy}` };
  });
}
