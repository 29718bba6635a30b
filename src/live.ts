/**
 * Live stories: the engine over a knowledge folder that follows its edits while storybot runs.
 * A file watcher (with a short debounce) or SIGHUP asks for a reload; the folder is read again,
 * each story is rebuilt only when its files changed, and a new engine is swapped in at once, so
 * a question is answered from the old version or the new, never from a half-built one. A broken
 * edit is logged once and the last good version keeps answering; a new folder is a new story; a
 * removed one is retired.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import { type App, createAppFromStories } from './app.js';
import { KnowledgeError } from './errors.js';
import { loadStories, loadStory } from './knowledge/load.js';
import type { Story } from './knowledge/story.js';

/** What a reload reports, one line each, for the log. */
export interface ReloadNote {
  level: 'info' | 'warn';
  message: string;
}

export interface LiveApp extends App {
  /** Read the folder again now; what changed is swapped in. Returns what it did. */
  reload(): ReloadNote[];
  /** Follow the folder's edits (and SIGHUP) until close(); each reload's notes go to `report`. */
  watch(report: (note: ReloadNote) => void): void;
  close(): void;
}

/** How long edits must settle before a reload: an editor's save is several file events. */
const DEBOUNCE_MS = 300;

/** A folder's files as last read (a broken edit too, so that it is said once), and its last good story. */
interface Version {
  hash: string;
  story?: Story;
}

/** A story folder's version: a hash of its files as they are now. */
function versionOf(dir: string): string {
  const hash = createHash('sha256');
  for (const file of ['article.txt', 'story.json']) {
    const path = join(dir, file);
    hash.update(existsSync(path) ? readFileSync(path) : Buffer.alloc(0)).update('\0');
  }
  return hash.digest('hex');
}

export function createLiveApp(dir: string): LiveApp {
  const single = existsSync(join(dir, 'article.txt'));
  // At start-up a broken story stops storybot, as before: an operator sees it at once.
  let current = createAppFromStories(loadStories(dir));
  const versions = new Map<string, Version>(current.stories.map((s) => [s.id, { hash: versionOf(s.dir), story: s }]));
  let watcher: ReturnType<typeof watch> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let onHup: (() => void) | undefined;

  function folders(): { id: string; path: string }[] {
    if (single) return [{ id: current.stories[0]!.id, path: dir }];
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && existsSync(join(dir, e.name, 'article.txt')))
      .map((e) => ({ id: e.name, path: join(dir, e.name) }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  function reload(): ReloadNote[] {
    const notes: ReloadNote[] = [];
    const next: Story[] = [];
    const present = folders();
    let changed = false;
    for (const { id, path } of present) {
      let hash: string;
      try {
        hash = versionOf(path);
      } catch (err) {
        notes.push({ level: 'warn', message: `${path}: cannot be read (${(err as Error).message}); keeping what was loaded` });
        const kept = versions.get(id)?.story;
        if (kept) next.push(kept);
        continue;
      }
      const known = versions.get(id);
      if (known?.hash === hash) {
        if (known.story) next.push(known.story);
        continue;
      }
      try {
        const story = loadStory(path, id);
        versions.set(id, { hash, story });
        next.push(story);
        changed = true;
        notes.push({ level: 'info', message: `${known ? 'reloaded' : 'added'} story ${id}` });
      } catch (err) {
        if (!(err instanceof KnowledgeError)) throw err;
        // The last good version (if any) keeps answering; the broken files' hash is kept, so the
        // breakage is said once, until they change again.
        versions.set(id, { hash, story: known?.story });
        if (known?.story) next.push(known.story);
        notes.push({ level: 'warn', message: `${err.message}; ${known?.story ? 'the last good version keeps answering' : 'the story is skipped'}` });
      }
    }
    for (const id of versions.keys()) {
      if (present.some((f) => f.id === id)) continue;
      versions.delete(id);
      changed = true;
      notes.push({ level: 'info', message: `retired story ${id}` });
    }
    if (changed && next.length > 0) current = createAppFromStories(next, current);
    return notes;
  }

  return {
    get stories() {
      return current.stories;
    },
    get retriever() {
      return current.retriever;
    },
    get commands() {
      return current.commands;
    },
    get catalogue() {
      return current.catalogue;
    },
    run: (...args) => current.run(...args),
    checkScope: (...args) => current.checkScope(...args),
    complete: (...args) => current.complete(...args),
    reload,
    watch(report) {
      const run = () => {
        for (const note of reload()) report(note);
      };
      onHup = run;
      process.on('SIGHUP', onHup);
      try {
        watcher = watch(dir, { recursive: true }, () => {
          clearTimeout(timer);
          timer = setTimeout(run, DEBOUNCE_MS);
        });
        watcher.on('error', (err) => report({ level: 'warn', message: `stopped following ${dir}: ${err.message}; SIGHUP still reloads` }));
      } catch (err) {
        // A file system that cannot be watched: storybot runs on, and SIGHUP reloads.
        report({ level: 'warn', message: `cannot follow ${dir} (${(err as Error).message}); SIGHUP reloads` });
      }
    },
    close() {
      clearTimeout(timer);
      watcher?.close();
      if (onHup) process.off('SIGHUP', onHup);
    },
  };
}
