/**
 * The development questions, in one list for `npm run eval`, scripts/tune.ts and
 * scripts/fit-rank.ts: the retriever's constants are chosen on these, never on XQuAD.
 */
import { join } from 'node:path';
import { loadStory } from '../../src/knowledge/load.js';
import { EVAL, SEED } from './data.js';
import { loadDevStories, type QuestionSet } from './dev-stories.js';
import { loadSquad } from './squad.js';
import { loadStoryDev } from './story-dev.js';

export interface DevSet extends QuestionSet {
  /** What the set is and where it comes from, as the reports print it. */
  title: string;
}

export function developmentSets(): DevSet[] {
  const seed = loadStory(SEED);
  const own = loadDevStories(join(EVAL, 'dev-stories.json'));
  const encyclopedia = loadDevStories(join(EVAL, 'dev-encyclopedia.json'));
  const squad = loadSquad(join(EVAL, 'dev-squad.json'));
  return [
    { title: 'story-dev (eval/seed/story-dev.json)', stories: [seed], cases: loadStoryDev(join(EVAL, 'seed', 'story-dev.json'), seed), unanswerable: [] },
    { title: 'own dev (eval/dev-stories.json)', ...own },
    { title: 'own encyclopedic dev (eval/dev-encyclopedia.json)', ...encyclopedia },
    { title: 'SQuAD train sample, development (eval/dev-squad.json)', ...squad, unanswerable: [] },
  ];
}
