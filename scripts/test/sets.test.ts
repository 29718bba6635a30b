/** The engine over the evaluation's question sets (eval/): every passage, answer and withheld clause it shows is the article's own words. */
import { describe, expect, it } from 'vitest';
import { createRetriever } from '../../src/search/index.js';
import { readerSets } from '../lib/reader.js';

describe('every passage and answer shown is verbatim', () => {
  const { development, heldOut } = readerSets();
  for (const set of [...development, ...heldOut]) {
    it(`on ${set.title}`, () => {
      const r = createRetriever(set.stories);
      const questions = [...set.answerable, ...set.unanswerable];
      expect(questions.length).toBeGreaterThan(30);
      for (const q of questions) {
        const a = r.ask(q.question, { story: q.story });
        for (const h of [...a.hits, ...a.about]) expect(h.story.article.slice(h.passage.start, h.passage.end)).toBe(h.passage.text);
        for (const words of [a.answer, a.withheld]) {
          if (!words) continue;
          const { passage, start, end, text } = words;
          expect(passage.text.slice(start, end)).toBe(text);
          expect(words.story.article.slice(passage.start + start, passage.start + end)).toBe(text);
        }
      }
    });
  }
});

describe('every reader set is the articles\' own words', () => {
  const { development, heldOut } = readerSets();
  for (const set of [...development, ...heldOut]) {
    it(`on ${set.title}`, () => {
      const articles = new Map(set.stories.map((s) => [s.id, s.article]));
      for (const q of [...set.answerable, ...set.unanswerable]) expect(articles.has(q.story)).toBe(true);
      for (const q of set.answerable) {
        expect(articles.get(q.story)).toContain(q.passage);
        if (q.answer !== null) expect(q.passage).toContain(q.answer);
      }
    });
  }
});
