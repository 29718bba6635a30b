/**
 * The answer words by rules of news English, each on a short story written for the test: places that share a
 * preposition.
 */
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/knowledge/load.js';
import { createRetriever } from '../src/search/index.js';

/** A retriever over one short story written for the test. */
function retrieverOf(id: string, article: string) {
  return createRetriever([buildStory({ id, article })]);
}

describe('the answer words, by rules of news English', () => {
  it('answers "where" with every place joined by "and" after one preposition: "to Tarnow and Kielce"', () => {
    const floods = retrieverOf(
      'floods',
      'Floodwater closed three bridges on Monday. Trains from the capital were being sent to Tarnow and Kielce instead, the rail operator said. Repairs will take weeks.',
    );
    const a = floods.ask('where r the trains going instead');
    expect(a.outcome).toBe('answered');
    expect(a.answer).toMatchObject({ text: 'Tarnow and Kielce', kind: 'place' });
  });
});
