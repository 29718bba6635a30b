/**
 * The development questions, in one list for `npm run eval`, scripts/tune.ts and
 * scripts/fit-rank.ts: the retriever's constants are chosen on these, never on XQuAD.
 */
import { join, resolve } from 'node:path';
import { loadStory } from '../src/knowledge/load.js';
import type { Story } from '../src/knowledge/story.js';
import { loadDevStories } from './dev-stories.js';
import type { Case } from './metrics.js';
import { loadSquad } from './squad.js';
import { loadStoryDev } from './story-dev.js';

export interface DevSet {
  /** What the set is and where it comes from, as the reports print it. */
  title: string;
  stories: Story[];
  cases: Case[];
  /** Questions the stories do not answer (none for sets that have no such questions). */
  unanswerable: { story: string; question: string }[];
}

const root = resolve(import.meta.dirname, '..');

export function developmentSets(): DevSet[] {
  const seed = loadStory(join(root, 'knowledge', 'seed'));
  const own = loadDevStories(join(root, 'scripts', 'dev-stories.json'));
  const encyclopedia = loadDevStories(join(root, 'scripts', 'dev-encyclopedia.json'));
  const squad = loadSquad(join(root, 'scripts', 'dev-squad.json'));
  return [
    { title: 'story-dev', stories: [seed], cases: loadStoryDev(join(root, '../shared/eval/story-dev.json'), seed), unanswerable: [] },
    { title: 'own dev (scripts/dev-stories.json)', ...own },
    { title: 'own encyclopedic dev (scripts/dev-encyclopedia.json)', ...encyclopedia },
    { title: 'SQuAD train sample, development (scripts/dev-squad.json)', ...squad, unanswerable: [] },
  ];
}
