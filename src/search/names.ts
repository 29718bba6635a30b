/**
 * Finding a person or body by a loosely typed name ("lopez", "Lopes"): fuse.js over each
 * entity's name and aliases, one small index per story, built on first use; and the same for the
 * outlets and platforms a story credits.
 */
import Fuse from 'fuse.js';
import type { Entity, Source, Story } from '../knowledge/story.js';
import { editDistance, maxEdits } from './typos.js';
import { FUNCTION_WORDS } from '../knowledge/vocabulary.js';

export interface NameMatch {
  story: Story;
  entity: Entity;
  /** 0 (perfect) … 1 (no match), fuse.js's scale. */
  distance: number;
}

export interface SourceMatch {
  story: Story;
  source: Source;
  distance: number;
}

const indexes = new WeakMap<Story, Fuse<Entity>>();
const sourceIndexes = new WeakMap<Story, Fuse<Source>>();

/** The story's index in `cache`, built on first use over `items`. */
function indexIn<T>(cache: WeakMap<Story, Fuse<T>>, story: Story, items: readonly T[]): Fuse<T> {
  let fuse = cache.get(story);
  if (!fuse) {
    fuse = new Fuse(items, {
      keys: [
        { name: 'name', weight: 2 },
        { name: 'aliases', weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.34,
    });
    cache.set(story, fuse);
  }
  return fuse;
}

const indexFor = (story: Story) => indexIn(indexes, story, story.entities);

/**
 * How a typed name is matched. A request (/who name:, /quote speaker:, /sanctions focus:) takes a
 * text that names nothing by itself (no letter or digit, one character, only function words: ".",
 * "a", "the") as a name only when a name or alias is exactly that, where fuse.js found it inside
 * any name ("a" in "Ukraine", "the" in the alias "the president", "." in "U.S."). Completion
 * (`partial`), for a name half typed, matches anything.
 */
export interface Matching {
  partial?: boolean;
}

/** Whether a typed text says something by itself: more than one character, a letter or digit, a word beside function words. */
export function namesSomething(typed: string): boolean {
  const query = typed.trim();
  return query.length > 1 && /[\p{L}\p{N}]/u.test(query) && query.toLowerCase().split(/\s+/).some((w) => !FUNCTION_WORDS.has(w));
}

/** Whether `query` may be matched loosely (see Matching); else only a name that is exactly it. */
function loosely(query: string, { partial = false }: Matching): boolean {
  return partial || namesSomething(query);
}

/** fuse.js's matches of `query` in one story's index, or, for a text that names nothing by itself, the items named exactly that. */
function searchIn<T extends { name: string; aliases?: readonly string[] }>(fuse: Fuse<T>, items: readonly T[], query: string, matching: Matching) {
  if (loosely(query, matching)) return fuse.search(query).map((r) => ({ item: r.item, distance: r.score ?? 1 }));
  const whole = query.toLowerCase();
  return items.filter((i) => [i.name, ...(i.aliases ?? [])].some((n) => n.toLowerCase() === whole)).map((item) => ({ item, distance: 0 }));
}

/** Credited outlets and platforms whose name matches `typed`, best first, across `stories`. */
export function findSources(stories: readonly Story[], typed: string, matching: Matching = {}): SourceMatch[] {
  const query = typed.trim();
  if (!query) return [];
  return stories
    .flatMap((story) => searchIn(indexIn(sourceIndexes, story, story.sources), story.sources, query, matching).map((r) => ({ story, source: r.item, distance: r.distance })))
    .sort((a, b) => a.distance - b.distance);
}

/** Entities whose name or alias matches `typed`, best first, across `stories`. */
export function findNames(
  stories: readonly Story[],
  typed: string,
  accept: (entity: Entity, story: Story) => boolean = () => true,
  matching: Matching = {},
): NameMatch[] {
  const query = typed.trim();
  if (!query) return [];
  const matches: NameMatch[] = [];
  for (const story of stories) {
    for (const r of searchIn(indexFor(story), story.entities, query, matching)) {
      if (accept(r.item, story)) matches.push({ story, entity: r.item, distance: r.distance });
    }
  }
  return matches.sort((a, b) => a.distance - b.distance);
}

/**
 * Up to three names near what was typed, for "did you mean", when nothing matches it: those with a
 * word a few typos from a word typed ("lopz" Maria Lopez), nearest first.
 */
export function suggestNames(stories: readonly Story[], typed: string, accept: (entity: Entity, story: Story) => boolean = () => true): string[] {
  // Words that could name anyone ("the", "of") match nothing.
  const meaningful = (word: string) => word.length >= 3 && !FUNCTION_WORDS.has(word);
  const words = typed.toLowerCase().split(/\s+/).filter(meaningful);
  if (words.length === 0) return [];
  const near: { name: string; edits: number }[] = [];
  for (const story of stories) {
    for (const entity of story.entities) {
      if (!accept(entity, story)) continue;
      let edits = Infinity;
      for (const part of namesOf(entity).flatMap((n) => n.toLowerCase().split(/\s+/)).filter(meaningful)) {
        for (const word of words) edits = Math.min(edits, editDistance(word, part, maxEdits(Math.max(word.length, part.length))));
      }
      if (edits <= maxEdits(Math.min(...words.map((w) => w.length)))) near.push({ name: entity.name, edits });
    }
  }
  return [...new Set(near.sort((a, b) => a.edits - b.edits).map((n) => n.name))].slice(0, 3);
}

/** All the names an entity goes by, fullest first. */
export function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases.filter((a) => a !== entity.name)];
}
