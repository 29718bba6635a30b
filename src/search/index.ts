/** A first retriever: fuse.js over passages. (To be replaced by the ranked index.) */
import Fuse from 'fuse.js';
import type { Passage, Story } from '../knowledge/story.js';
import type { Answer, AskOptions, Retriever } from './retriever.js';

export function createRetriever(stories: readonly Story[]): Retriever {
  const entries = stories.flatMap((story) => story.passages.map((passage) => ({ story, passage })));
  const fuse = new Fuse<{ story: Story; passage: Passage }>(entries, {
    keys: ['passage.text'],
    ignoreLocation: true,
    includeScore: true,
    useTokenSearch: true,
  } as never);
  return {
    ask(question: string, options: AskOptions = {}): Answer {
      const results = fuse
        .search(question)
        .filter((r) => !options.story || r.item.story.id === options.story)
        .slice(0, options.limit ?? 5);
      const hits = results.map((r) => ({ story: r.item.story, passage: r.item.passage, score: 1 - (r.score ?? 1) }));
      return { hits, answered: hits.length > 0 && hits[0]!.score > 0.3 };
    },
  };
}
