/** Ranking for questions written the way readers write them, on invented stories (not the seed). */
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/knowledge/load.js';
import { createRetriever } from '../src/search/index.js';

const busLane = buildStory({
  id: 'bus-lane',
  article: [
    'Fernhill council voted on Monday to build a bus lane along Mill Street.',
    'Councillor Mara Hollis, who opposed the bus lane, said the council had ignored the shops on the street.',
    '“Nobody asked the people who run this street,” she wrote on Facebook.',
    'Work on the lane will start in April.',
  ].join('\n'),
});

const ask = createRetriever([busLane]);
const first = (question: string) => ask.ask(question).hits[0]?.passage.text;

describe('reader questions', () => {
  it('ranks a "where did X post it" question for the platform, named where the post is quoted', () => {
    expect(first('where did hollis post that')).toContain('she wrote on Facebook');
  });
});
