/**
 * Loading stories from disk. A story is a folder with article.txt (verbatim) and an optional
 * story.json. Anything malformed stops loading with an error naming the file and the fault.
 */
import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { findEvents, isCalendarDate, ISO_DATE } from './dates.js';
import { EntityFinder, mergeEditorAliases } from './entities.js';
import { findMentions, withPassages } from './mentions.js';
import { splitArticle } from './passages.js';
import { findQuotes } from './quotes.js';
import { findCredits, sourcesFrom } from './sources.js';
import { analyseText } from './tokens.js';
import { KnowledgeError, readFault } from '../errors.js';
import { runSteps, type Steps } from '../steps.js';
import type { Story, StoryMeta } from './story.js';

/** story.json's contents (none: no such file) as the story's metadata, checked field by field. */
function parseMeta(file: string, json: string | undefined): StoryMeta {
  if (json === undefined) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new KnowledgeError(file, `is not valid JSON (${(err as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new KnowledgeError(file, 'must hold one JSON object');
  }
  const meta = raw as Record<string, unknown>;
  for (const key of ['title', 'published', 'outlet', 'author', 'url'] as const) {
    if (meta[key] !== undefined && typeof meta[key] !== 'string') {
      throw new KnowledgeError(file, `"${key}" must be a string`);
    }
  }
  if (meta.published !== undefined && !ISO_DATE.test(meta.published as string)) {
    throw new KnowledgeError(file, `"published" must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(meta.published)}`);
  }
  if (meta.published !== undefined && !isCalendarDate(meta.published as string)) {
    throw new KnowledgeError(file, `"published" must be a real calendar date, not ${JSON.stringify(meta.published)}`);
  }
  if (meta.publishedInferred !== undefined && typeof meta.publishedInferred !== 'boolean') {
    throw new KnowledgeError(file, '"publishedInferred" must be true or false');
  }
  if (meta.aliases !== undefined) {
    const ok =
      typeof meta.aliases === 'object' &&
      meta.aliases !== null &&
      !Array.isArray(meta.aliases) &&
      Object.values(meta.aliases).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'));
    if (!ok) throw new KnowledgeError(file, '"aliases" must map each name to a list of other names');
  }
  return meta as StoryMeta;
}

/** A title from the text when story.json gives none: the opening words of the first passage. */
function titleFromText(text: string): string {
  const words = text.split(/\s+/);
  if (words.length <= 12) return text;
  return `${words.slice(0, 12).join(' ')} …`;
}

/** The files of a story folder, whose contents make the story (and its version, src/live.ts). */
export const STORY_FILES = ['article.txt', 'story.json'] as const;

/** A story folder's files as read (undefined: missing), checked: what the analysis starts from. */
export function storyInput(dir: string, id: string, [article, json]: readonly (string | undefined)[]): StoryInput {
  const articleFile = join(dir, 'article.txt');
  if (article === undefined) throw new KnowledgeError(articleFile, 'is missing (every story folder needs one)');
  const meta = parseMeta(join(dir, 'story.json'), json);
  if (!article.trim()) throw new KnowledgeError(articleFile, 'is empty');
  return { id, dir, article, meta };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A story file's bytes as its text. Story files are UTF-8 (add-story writes them so); other bytes
 * are refused, naming the file, where they were shown as "�" in quotes said to be the article's.
 * A byte-order mark is no part of the text.
 */
export function storyText(file: string, bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new KnowledgeError(file, 'is not UTF-8 text (save it as UTF-8)');
  }
}

/** A story file's text, or undefined when there is none; one that cannot be read is a KnowledgeError. */
export function readIfPresent(file: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw readFault(file, err);
  }
  return storyText(file, bytes);
}

/** Load one story folder. */
export function loadStory(dir: string, id = basename(resolve(dir))): Story {
  const files = STORY_FILES.map((f) => readIfPresent(join(dir, f)));
  return buildStory(storyInput(dir, id, files));
}

/** A story from text in memory (tests, benchmarks): the same analysis as a folder gets. */
export function buildStory(input: StoryInput): Story {
  return runSteps(storySteps(input));
}

export interface StoryInput {
  id: string;
  article: string;
  meta?: StoryMeta;
  dir?: string;
}

/** A story's analysis, one part a step (a live reload runs it in slices: src/live.ts). */
export function* storySteps(input: StoryInput): Steps<Story> {
  const { id, article, meta = {}, dir = '' } = input;
  const { paragraphs, passages } = splitArticle(article);
  if (passages.length === 0) throw new KnowledgeError(join(dir, 'article.txt'), 'has no story text');
  yield;
  // Sources first: their names are masked while people and bodies are found, then an outlet credit
  // whose name turns out to be a person ("Lee told Park") is dropped, and the rest are known for quotes.
  const text = analyseText(article, paragraphs, passages);
  const credits = findCredits(text);
  yield;
  const detected = yield* new EntityFinder(text, credits).detect();
  mergeEditorAliases(detected, meta.aliases);
  const known = new Set(detected.flatMap((d) => d.names));
  const { sources, kept } = sourcesFrom(credits, (name) => known.has(name));
  yield;
  const mentions = yield* findMentions(text, detected, kept);
  const events = yield* findEvents(passages, meta.published);
  yield;
  return {
    id,
    dir,
    article,
    meta,
    title: meta.title ?? titleFromText(passages[0]!.text),
    paragraphs,
    passages,
    events,
    quotes: findQuotes(text, mentions, kept, sources, new Set(detected.filter((d) => d.kind === 'body').map((d) => d.id))),
    entities: withPassages(detected, mentions),
    sources,
  };
}

/**
 * Whether a folder's entry is a story folder: a folder not hidden, or a symbolic link to one
 * (`linksToFolder` follows the link, and is asked only of links).
 */
export function isStoryFolder(entry: Dirent, linksToFolder: () => boolean): boolean {
  return !entry.name.startsWith('.') && (entry.isDirectory() || (entry.isSymbolicLink() && linksToFolder()));
}

/**
 * Load every story under `dir`: each sub-folder is a story, in name order. A folder that itself
 * holds article.txt is one story. `onLoaded` hears how many are loaded, of how many, after each.
 */
export function loadStories(dir: string, onLoaded?: (loaded: number, total: number) => void): Story[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new KnowledgeError(dir, 'is not a folder of stories');
  }
  if (existsSync(join(dir, 'article.txt'))) return [loadStory(dir)];
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((e) => isStoryFolder(e, () => statSync(join(dir, e.name), { throwIfNoEntry: false })?.isDirectory() === true))
    .map((e) => e.name)
    .sort();
  if (folders.length === 0) throw new KnowledgeError(dir, 'holds no story folders (each needs an article.txt)');
  return folders.map((name, i) => {
    const story = loadStory(join(dir, name), name);
    onLoaded?.(i + 1, folders.length);
    return story;
  });
}
