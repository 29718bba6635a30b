/**
 * Story loading driven by generated articles, as a clumsy editor or a hostile page would write them:
 * whatever the text, buildStory either makes a story whose every part stands in the article as
 * written, or stops with a KnowledgeError; it never fails otherwise, and takes bounded time.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAppFromStories } from '../src/app.js';
import { KnowledgeError, UsageError } from '../src/errors.js';
import { ISO_DATE } from '../src/knowledge/dates.js';
import { buildStory } from '../src/knowledge/load.js';
import type { Story } from '../src/knowledge/story.js';

const seedWords = [...new Set(readFileSync(new URL('../knowledge/seed/article.txt', import.meta.url), 'utf8').split(/\s+/))].filter(Boolean);
/** Pieces of news text that the analysis treats specially, and pieces that no article should hold. */
const PIECES = [
  ...['"', '“', '”', '‘', '’', "'", '«', '»', '„', '—', '–', '-', '‐', '―', '…', '.', '?', '!', ';', ':', ',', '(', ')', '[', ']'],
  ...['on Monday', 'last Friday', 'August 15', 'Aug. 15, 2025', '2025', '15 August 2025', 'in 1999', 'next week', 'the 1990s', '12/08/2025'],
  ...['2025-08-15', 'March 3–5', 'Sept 31', 'February 30, 2024', 'in 0', 'in 99999', 'August 15, 500 BC', '0000-01-01', 'March 3, 12345'],
  ...['Mr.', 'Dr.', 'U.S.', 'he said', 'she said', 'told Reuters', 'according to', 'Jean-Luc Picard', 'María José', "O'Brien", 'van der Berg'],
  ...['Ана Петрова', 'محمد', '李明', 'שלום', 'President', 'Minister', 'the company', 'NATO', 'WASHINGTON —', 'LONDON (Reuters) -', '(AP)'],
  ...['\u200b', '\u00a0', '\ufeff', '\u202e', '\u0301', '\ud800', '\r', '\t', '🙂', '👨‍👩‍👧', '\n', '\n\n', '\n \n', '[related_posts]'],
  ...['$5bn', '€3', '10%', '1,2,3', '1e309', '-0', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'he', 'she', 'they', 'his'],
  ...['And', 'Or', 'and', 'at', 'The', 'the', 'of', 'said', 'told', "'s", '’s', 'Inc', 'spokesman', 'a spokesperson for', 'analysts at', 'in'],
];
const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...seedWords) },
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const text = fc.array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', '. ', ', ', ' — ')), { maxLength: 150 }).map((parts) => parts.map(([t, s]) => t + s).join(''));
const article = fc.oneof(
  { weight: 6, arbitrary: text },
  // Several paragraphs; one paragraph many times over (a huge one); any code units; a title only.
  { weight: 1, arbitrary: fc.array(text, { maxLength: 6 }).map((ps) => ps.join('\n\n')) },
  { weight: 1, arbitrary: fc.tuple(text, fc.integer({ min: 2, max: 12 })).map(([t, n]) => Array(n).fill(t).join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 1500 }) },
  { weight: 1, arbitrary: fc.constantFrom(...seedWords).map((w) => `${w}\n`) },
);

/** The story, or undefined when the article is refused with the one error loading gives. */
function tryBuild(input: string, published?: string): Story | undefined {
  try {
    return buildStory({ id: 'fuzz', article: input, meta: published ? { published } : {} });
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeError);
    return undefined;
  }
}

/** A command's reply, or nothing when the options are refused in one line. */
function tryRun(app: ReturnType<typeof createAppFromStories>, command: string, options: Record<string, string>) {
  try {
    return app.run(command, options);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return undefined;
  }
}

describe('any article', () => {
  it('loads into a story of its own words, with well-formed dates, or is refused in one line, in bounded time', () => {
    fc.assert(
      fc.property(article, fc.constantFrom(undefined, '2025-08-15', '0001', '2025-02'), (input, published) => {
        const started = performance.now();
        const story = tryBuild(input, published);
        // A guard against blow-ups (work growing with the square of the text), not a speed goal.
        expect(performance.now() - started).toBeLessThan(2000);
        if (!story) return;
        for (const p of story.passages) expect(input.slice(p.start, p.end)).toBe(p.text);
        for (const p of story.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
        for (const q of story.quotes) expect(input.slice(q.start, q.end)).toBe(q.text);
        for (const e of story.events) {
          expect(e.date).toMatch(ISO_DATE);
          expect(story.passages[e.passage]!.text).toContain(e.phrase);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('answers every command about the story it makes without failing, quoting only the article', () => {
    fc.assert(
      fc.property(article, fc.array(fc.string({ maxLength: 12 }), { maxLength: 2 }), (input, typed) => {
        const story = tryBuild(input, '2025-08-15');
        if (!story) return;
        const app = createAppFromStories([story]);
        const names = [...typed, 'he', story.entities[0]?.name ?? 'nobody'];
        const replies = [
          ...['story', 'timeline', 'sources', 'quote', 'sanctions'].map((c) => tryRun(app, c, {})),
          ...[...typed, 'who said it', 'when', story.passages[0]!.text.slice(0, 60)].map((question) => tryRun(app, 'ask', { question })),
          ...names.flatMap((n) => [tryRun(app, 'who', { name: n }), tryRun(app, 'quote', { speaker: n }), tryRun(app, 'sanctions', { focus: n })]),
        ];
        for (const reply of replies) for (const item of reply?.items ?? []) expect(input).toContain(item.text);
        for (const n of names) expect(() => [app.complete('ask', 'question', n), app.complete('who', 'name', n), app.complete('quote', 'speaker', n)]).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });
});

describe('dates an article gives that are no YYYY-MM-DD', () => {
  // Found by the property test above: chrono reads "500 BC" as the year -500, and year 0 came out as "0".
  it('leaves a date before year 0 or after 9999 undated, and writes an early year with four digits', () => {
    for (const published of [undefined, '2025-08-15']) {
      const story = buildStory({ id: 'ancient', article: 'The temple was built on August 15, 500 BC.\nA stone was dated 0000-01-01.', meta: published ? { published } : {} });
      expect(story.events.map((e) => e.date)).toEqual(['0000-01-01']);
    }
    expect(buildStory({ id: 'far', article: 'It may stand until March 3, 12345.' }).events).toEqual([]);
    const early = buildStory({ id: 'early', article: 'The reform began on March 3 that year.', meta: { published: '0099-06-01' } });
    expect(early.events.map((e) => e.date)).toEqual(['0099-03-03']);
    const app = createAppFromStories([early]);
    expect(app.run('timeline', {}).data.events).toEqual([expect.objectContaining({ date: '0099-03-03' })]);
  });
});

describe('a story published in the years 0–99', () => {
  // Found while fuzzing story loading with odd dates: Date.UTC reads the years 0–99 as 1900–1999, so a
  // bare weekday or "next month" in a story published in 0050 was dated 1950.
  it('dates its weekdays and relative months in its own century', () => {
    const story = buildStory({ id: 'early', article: 'The shop opened on Monday. It closes next month.', meta: { published: '0050-06-15' } });
    expect(story.events.map((e) => e.date.slice(0, 4))).toEqual(['0050', '0050']);
    expect(story.events.map((e) => e.date)).toContain('0050-07');
  });
});

describe('an article that opens with "And" or "Or" before a name', () => {
  // Found by the property test above ("and Ана Петрова "): a pair of names ("Lisbon and Porto") looked
  // at the word before "and", which the article's first word lacks, and loading failed with a TypeError.
  it('loads, finding the names', () => {
    for (const article of ['and Ана Петрова ', 'And Smith said it would rain.\nOr Lisbon, perhaps.']) {
      expect(() => buildStory({ id: 'opening', article })).not.toThrow();
    }
    expect(buildStory({ id: 'opening', article: 'And Smith said it would rain.' }).entities.map((e) => e.name)).toEqual(['Smith']);
  });
});

describe('a sentence of thousands of dates (a flattened table)', () => {
  // Found by timing story loading on long generated paragraphs: each date read its whole sentence
  // before it for tense, so 8,000 dates in one sentence took 11.7 s to load here; now 0.5 s.
  it('loads in time that grows with its length, not its square', () => {
    const article = `${Array(8000).fill('in 2019 the').join(' ')}.`;
    const started = performance.now();
    const story = buildStory({ id: 'table', article, meta: { published: '2025-08-15' } });
    expect(performance.now() - started).toBeLessThan(6000);
    // One event a passage: the sentence is cut into passages of at most MAX_PASSAGE characters.
    expect(new Set(story.events.map((e) => e.date))).toEqual(new Set(['2019']));
    expect(story.events.length).toBeLessThanOrEqual(story.passages.length);
  });
});

describe('an article that names thousands of people (a list)', () => {
  // Found by timing story loading on long generated articles: every name was compared with every
  // other (short forms, surnames shared), so 6,000 lines of two names each took 12.8 s to load here; now 1.4 s.
  it('loads in time that grows with the number of names, not its square', () => {
    const article = Array.from({ length: 6000 }, (_, i) => `Ann${i} Lee met Bob${i} Ray.`).join('\n');
    const started = performance.now();
    const story = buildStory({ id: 'list', article });
    expect(performance.now() - started).toBeLessThan(4000);
    expect(story.entities.find((e) => e.name === 'Ann5999 Lee')?.passages).toEqual([5999]);
  });
});
