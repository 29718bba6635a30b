/**
 * The answer words by rules of news English, each on a short story written for the test: places that share a
 * preposition; years listed after one; the noun of "what NOUN" when the question runs it on to its verb, and a name
 * given as one of that noun's kind.
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

  it('answers "when" with every year listed after one preposition: "in 1871, 1872 and 1873", and "what year" with one', () => {
    const rail = retrieverOf(
      'rail',
      'The railway opened in 1869. Engineers surveyed the northern valley in 1871, 1872 and 1873, and the line to the coast was finished in 1880. Floods closed it in 1881.',
    );
    expect(rail.ask('when did engineers survey the northern valley').answer).toMatchObject({ text: '1871, 1872 and 1873', kind: 'date' });
    expect(rail.ask('what years did engineers survey the northern valley').answer?.text).toBe('1871, 1872 and 1873');
    expect(rail.ask('what year did engineers survey the northern valley').answer?.text).not.toContain(',');
  });

  it('reads "which journal put out the study" as asking for a journal when no phrase of "put" answers', () => {
    const fossil = retrieverOf(
      'fossil',
      'Scientists in Chile have named a new species of giant lizard. The study was published on Monday in the journal Coastal Letters, and the bones will go on show in Santiago next year.',
    );
    const a = fossil.ask('which journal put out the study');
    expect(a.outcome).toBe('answered');
    expect(a.answer).toMatchObject({ text: 'Coastal Letters', kind: 'phrase' });
  });

  it('answers "what NOUN" with a name set beside a description that ends on the noun, or given after the noun and "called"', () => {
    const eruption = retrieverOf(
      'eruption',
      'Flights to the island were cancelled on Sunday. Mount Kerapu, a 2,100-metre volcano on the east coast, erupted before dawn and sent ash five kilometres into the sky.',
    );
    expect(eruption.ask('wat volcano erupted').answer).toMatchObject({ text: 'Mount Kerapu', kind: 'phrase' });
    const bridge = retrieverOf('bridge', 'The council approved the new bridge, called Harbour Link, on Monday. Work will start in May and cost 40 million euros.');
    expect(bridge.ask('what bridge did the council approve').answer).toMatchObject({ text: 'Harbour Link', kind: 'phrase' });
  });
});
