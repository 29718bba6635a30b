/**
 * The question-answering path driven by generated questions, as an attacker or a clumsy user would
 * type them, over real stories: the retriever (createRetriever) and /ask through the app. Whatever the
 * question, the answer is one of the documented outcomes, everything shown stands in the article,
 * and nothing fails.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAppFromStories } from '../src/app.js';
import { UsageError } from '../src/errors.js';
import { loadStory } from '../src/knowledge/load.js';
import type { Story } from '../src/knowledge/story.js';
import { createRetriever } from '../src/search/index.js';
import type { Answer } from '../src/search/retriever.js';

const ROOT = new URL('..', import.meta.url).pathname;
const stories = [
  loadStory(join(ROOT, 'knowledge/seed'), 'seed'),
  ...['harbour-seawall', 'jobs-report', 'obituary-composer'].map((id) => loadStory(join(ROOT, 'eval/knowledge', id), id)),
];
const all = createRetriever(stories);
const each = stories.map((s) => createRetriever([s]));
const app = createAppFromStories(stories);

const storyWords = [...new Set(stories.flatMap((s) => s.article.split(/\s+/)))].filter(Boolean);
/** One letter dropped: a word near a story word. */
const typo = fc
  .tuple(fc.constantFrom(...storyWords), fc.nat())
  .map(([w, i]) => w.slice(0, i % Math.max(1, w.length)) + w.slice((i % Math.max(1, w.length)) + 1));
const objectKeys = [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Array.prototype), ...Object.getOwnPropertyNames(String.prototype), 'prototype', 'then', 'toJSON'];
const keywords = ['if', 'else', 'return', 'function', 'class', 'new', 'this', 'null', 'undefined', 'NaN', 'Infinity', 'true', 'false', 'typeof', 'delete', 'void', 'yield', 'await'];
const functionWords = ['the', 'a', 'of', 'in', 'on', 'is', 'was', 'and', 'or', 'to', 'by', 'it', 'they', 'he', 'she', 'that', 'this', 'did', 'does'];
const questionWords = ['who', 'what', 'when', 'where', 'why', 'how', 'which', 'whom', 'whose', 'how many', 'how much', 'how long', "who's", 'whats'];
const oddities = [
  ...['1,2,3,,,', '$$$', '%%%', '1e309', '-0', '...', '?!?', '—', '–', '‐', '-', '--', '/', '\\', '(', ')', '[', ']', '{', '}'],
  ...["'", '’', '‘', '"', '“', '”', '«', '»', '`', '´', '„', "''", "n't", "'s", "s'", '**', '__', '~~', '||', '```', '> ', '# '],
  ...['<@123456789>', '@everyone', '<#42>', '#general', 'http://x.y/z?a=1&b=2', 'https://example.com/a_b', 'www.example.org'],
  ...['\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\u0301', '\ufe0f', '#️⃣', '5️⃣', '\ud800', '\udc00', '\u0000', '🇵🇱', '👨‍👩‍👧', '🤷🏽‍♀️', 'שלום', 'مرحبا', '你好'],
  ...['Ωμέγα', 'İ', 'ß', 'ﬁ', '１２３', '½', '²', '٣', '0x1F', '1_000', '12:30', '2025-08-15', '15/08/2025', '$1.5bn', '€', '£20m', '10%'],
  ...['\n', '\t', '\r\n', '  '],
];
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...storyWords) },
  { weight: 2, arbitrary: typo },
  { weight: 1, arbitrary: fc.constantFrom(...storyWords).map((w) => w.toUpperCase()) },
  { weight: 1, arbitrary: fc.constantFrom(...objectKeys) },
  { weight: 1, arbitrary: fc.constantFrom(...keywords) },
  { weight: 2, arbitrary: fc.constantFrom(...functionWords) },
  { weight: 2, arbitrary: fc.constantFrom(...questionWords) },
  { weight: 2, arbitrary: fc.constantFrom(...oddities) },
  { weight: 1, arbitrary: fc.oneof(fc.integer().map(String), fc.double().map(String)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);
const sep = fc.constantFrom(' ', ' ', ' ', '', ', ', '  ', '\n', '-', "'", '’', '?');
const words = (of: fc.Arbitrary<string>, max: number) => fc.array(of, { minLength: 1, maxLength: max }).map((ws) => ws.join(' '));
const question = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.tuple(token, sep), { maxLength: 25 }).map((ps) => ps.map(([t, s]) => t + s).join('')) },
  { weight: 1, arbitrary: words(fc.constantFrom(...functionWords), 12) },
  { weight: 1, arbitrary: words(fc.constantFrom(...questionWords), 12) },
  { weight: 1, arbitrary: words(fc.oneof(fc.nat().map(String), fc.constantFrom(...oddities.slice(0, 5))), 12) },
  // Long questions: many words, one very long word, one word many times over, any code units.
  { weight: 1, arbitrary: words(token, 300) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...storyWords, 'a', '🙂', '\u0301'), fc.integer({ min: 1, max: 2000 })).map(([w, n]) => w.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...storyWords, 'the', 'who'), fc.integer({ min: 1, max: 300 })).map(([w, n]) => Array<string>(n).fill(w).join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }) },
);

/** What the retriever's contract says of any answer. */
function checkAnswer(answer: Answer, limit: number): void {
  expect(['answered', 'unanswered', 'unknown']).toContain(answer.outcome);
  expect(answer.answered).toBe(answer.outcome === 'answered');
  expect(answer.hits.length).toBeLessThanOrEqual(limit);
  for (const h of [...answer.hits, ...answer.about]) {
    expect(h.story.article.slice(h.passage.start, h.passage.end)).toBe(h.passage.text);
    expect(Number.isFinite(h.score)).toBe(true);
  }
  if (answer.answer) {
    const { text, passage, start, end, story } = answer.answer;
    expect(passage.text.slice(start, end)).toBe(text);
    expect(answer.hits.some((h) => h.story === story && h.passage === passage)).toBe(true);
  }
  // A word the reply quotes as missing or mentioned is one a reader can see.
  for (const w of [...answer.missing, ...answer.mentioned]) expect(w).toMatch(/[\p{L}\p{N}%$£€]/u);
}

describe('any question', () => {
  it('never says the story lacks a word that is not there: an emoji keycap is no word', () => {
    // Found by asking "#️⃣": its variation selector and keycap, marks with no letter, were read as a
    // word that lowercases to nothing, and the reply said "The story doesn't mention “”".
    expect(all.ask('#️⃣').missing).toEqual([]);
    expect(all.ask('5️⃣ drones').missing).toEqual(['5']);
    expect(app.run('ask', { question: 'how many #️⃣ zorbled' }).lead).toMatch(/^The stories don't mention “zorbled”\./);
  });

  it('gets a documented outcome from the retriever, quoting only the article, in bounded time', () => {
    fc.assert(
      fc.property(question, fc.integer({ min: -1, max: stories.length - 1 }), fc.constantFrom(5, 24), (q, which, limit) => {
        const started = performance.now();
        const answer = (which < 0 ? all : each[which]!).ask(q, { limit });
        // A guard against blow-ups (work growing with the square of a 2,000-character question), not a speed goal.
        expect(performance.now() - started).toBeLessThan(1000);
        checkAnswer(answer, limit);
      }),
      { numRuns: 300 },
    );
  });

  it('gets a reply from /ask (or a one-line error) and suggestions from its autocomplete, quoting only the articles', () => {
    const inSomeStory = (text: string) => stories.some((s: Story) => s.article.includes(text));
    fc.assert(
      fc.property(question, (q) => {
        let reply;
        try {
          reply = app.run('ask', { question: q });
        } catch (err) {
          // Only an empty or over-long question is refused.
          expect(err).toBeInstanceOf(UsageError);
          expect((err as Error).message).not.toContain('\n');
          return;
        }
        for (const item of reply.items) expect(inSomeStory(item.text)).toBe(true);
        if (reply.answer) expect(reply.items.some((i) => i.text.includes(reply.answer!.text))).toBe(true);
        // storybot's own words hold no unfilled part of a sentence.
        for (const hole of ['undefined', 'NaN', '[object Object]']) if (!q.includes(hole)) expect(reply.lead ?? '').not.toContain(hole);
        for (const choice of app.complete('ask', 'question', q).slice(1)) expect(inSomeStory(choice.value as string)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
