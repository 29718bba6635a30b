/**
 * The retrievers storybot is measured against, over the same stories and passages (storybot's own
 * splitter), each with one engine per story so that a question scoped to a story is answered by
 * that story's engine alone:
 * - fuse.js with its default options, the whole question against each passage;
 * - fuse.js tuned: token search, ignoreLocation, stopwords and Porter stemming, threshold 0.2 (the
 *   best of 0 to 0.6 on the development questions);
 * - MiniSearch (BM25+) with stopwords, stemming, fuzzy and prefix matching;
 * - wink-bm25-text-search: plain BM25 (k1 1.2, b 0.75) with stopwords and stemming.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import bm25 from 'wink-bm25-text-search';
import type { Passage, Story } from '../../src/knowledge/story.js';
import { FUNCTION_WORDS } from '../../src/knowledge/vocabulary.js';

/** An index over stories; `rank` answers for one story, or for all when `story` is undefined. */
export interface PeerIndex {
  rank(question: string, story?: string, limit?: number): Passage[];
}

export interface Peer {
  name: string;
  build(stories: readonly Story[]): PeerIndex;
}

/** Lower-case words without stopwords, Porter-stemmed: the analysis every tuned peer gets. */
export function analyse(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map((w) => stemmer(w));
}

/** One engine per story; a question over all stories asks each and merges by score. */
function perStory<E>(stories: readonly Story[], make: (story: Story) => E, search: (engine: E, story: Story, question: string, limit: number) => { passage: Passage; score: number }[]): PeerIndex {
  const engines = new Map(stories.map((s) => [s.id, { story: s, engine: make(s) }]));
  return {
    rank(question, story, limit = 10) {
      const scope = story === undefined ? [...engines.values()] : [engines.get(story)!];
      const found = scope.flatMap(({ story: s, engine }) => search(engine, s, question, limit));
      return found
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map((f) => f.passage);
    },
  };
}

/** Fuse scores are distances (0 is a perfect match): negated so that higher is better. */
function fusePeer(name: string, options: ConstructorParameters<typeof Fuse<Passage>>[1]): Peer {
  return {
    name,
    build: (stories) =>
      perStory(
        stories,
        (s) => new Fuse(s.passages, { keys: ['text'], includeScore: true, ...options }),
        (fuse, _s, q, limit) => fuse.search(q, { limit }).map((r) => ({ passage: r.item, score: -(r.score ?? 1) })),
      ),
  };
}

export const fuseDefault = fusePeer('fuse default', {});

export const fuseTuned = fusePeer('fuse tuned', { useTokenSearch: true, ignoreLocation: true, tokenize: analyse, threshold: 0.2 });

export const miniSearch: Peer = {
  name: 'MiniSearch',
  build: (stories) =>
    perStory(
      stories,
      (s) => {
        const ms = new MiniSearch<{ id: number; text: string }>({
          fields: ['text'],
          processTerm: (term) => (FUNCTION_WORDS.has(term.toLowerCase()) ? null : stemmer(term.toLowerCase())),
          searchOptions: { fuzzy: 0.2, prefix: true },
        });
        ms.addAll(s.passages.map((p) => ({ id: p.id, text: p.text })));
        return ms;
      },
      (ms, s, q, limit) =>
        ms
          .search(q)
          .slice(0, limit)
          .map((r) => ({ passage: s.passages[r.id as number]!, score: r.score })),
    ),
};

export const winkBm25: Peer = {
  name: 'BM25 (wink)',
  build: (stories) =>
    perStory(
      stories,
      (s) => {
        const engine = bm25();
        engine.defineConfig({ fldWeights: { text: 1 }, bm25Params: { k1: 1.2, b: 0.75 } });
        engine.definePrepTasks([analyse]);
        s.passages.forEach((p) => engine.addDoc({ text: p.text }, p.id));
        // wink needs three documents at least; a shorter story is searched by nothing.
        if (s.passages.length >= 3) engine.consolidate();
        return s.passages.length >= 3 ? engine : undefined;
      },
      (engine, s, q, limit) => (engine ? engine.search(q, limit).map(([id, score]) => ({ passage: s.passages[id]!, score })) : []),
    ),
};

export const peers: readonly Peer[] = [fuseDefault, fuseTuned, miniSearch, winkBm25];
