/**
 * Live stories: the engine over a knowledge folder that follows its edits while storybot runs.
 * A file watcher (with a short debounce) reloads the story folders it saw change; SIGHUP reloads
 * every folder. A folder whose files changed is read and indexed again, and a new engine is swapped
 * in at once, so a question is answered from the old version or the new, never from a half-built
 * one. A broken edit is logged once and the last good version keeps answering; a new folder is a
 * new story; a removed one is retired.
 *
 * A reload must not hold up questions, even among a thousand stories: it reads only the folders it
 * is asked to (and those without blocking), analyses and indexes a changed story in slices of about
 * a millisecond with waiting questions answered between them (src/steps.ts), and the swap brings the
 * engine's shared lists up to date from the changed stories alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, watch } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type App, appSteps, createAppFromStories } from './app.js';
import { KnowledgeError, readFault } from './errors.js';
import { isStoryFolder, loadStories, readIfPresent, STORY_FILES, storyInput, storySteps, storyText } from './knowledge/load.js';
import type { Story } from './knowledge/story.js';
import { runInSlices } from './steps.js';

/** What a reload reports, one line each, for the log. */
export interface ReloadNote {
  level: 'info' | 'warn';
  message: string;
}

export interface LiveApp extends App {
  /**
   * Read the story folders named (or every folder, when none are) and swap in what changed.
   * Resolves to what it did; reloads run one after another.
   */
  reload(folders?: Iterable<string>): Promise<ReloadNote[]>;
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

/** A hash of a folder's files (a missing one as empty). */
function hashOf(contents: readonly (string | undefined)[]): string {
  const hash = createHash('sha256');
  for (const content of contents) hash.update(content ?? '').update('\0');
  return hash.digest('hex');
}

/** A folder's files as they are now (undefined: missing), read without holding up the event loop, decoded as loadStory does. */
async function readFolder(dir: string): Promise<(string | undefined)[]> {
  return Promise.all(
    STORY_FILES.map((f) => {
      const file = join(dir, f);
      return readFile(file).then(
        (bytes) => storyText(file, bytes),
        (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? undefined : Promise.reject(readFault(file, err))),
      );
    }),
  );
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

const byId = (a: Story, b: Story) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `onLoaded` hears the start-up load's progress (stories loaded, of how many). */
export function createLiveApp(dir: string, onLoaded?: (loaded: number, total: number) => void): LiveApp {
  const single = existsSync(join(dir, 'article.txt'));
  // At start-up a broken story stops storybot, as before: an operator sees it at once.
  let current = createAppFromStories(loadStories(dir, onLoaded));
  const versions = new Map<string, Version>(
    current.stories.map((s) => [s.id, { hash: hashOf([s.article, readIfPresent(join(s.dir, 'story.json'))]), story: s }]),
  );
  let watcher: ReturnType<typeof watch> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let onHup: (() => void) | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  /** Every story folder there is now: sub-folders not hidden, or links to folders (one without article.txt is a broken story). */
  async function folders(): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const links = new Set(await Promise.all(entries.filter((e) => e.isSymbolicLink()).map(async (e) => ((await isFolder(join(dir, e.name))) ? e.name : ''))));
    return entries.filter((e) => isStoryFolder(e, () => links.has(e.name))).map((e) => e.name);
  }

  async function refresh(names?: Iterable<string>): Promise<ReloadNote[]> {
    const notes: ReloadNote[] = [];
    const ids = single ? [current.stories[0]!.id] : [...new Set(names ?? [...(await folders()), ...versions.keys()])].sort();
    /** What this reload changes, kept apart until the swap: a new version per folder (none: forgotten), and the story it brings (none: retired). */
    const updates = new Map<string, Version | undefined>();
    const stories = new Map<string, Story | undefined>();
    for (const id of ids) {
      if (id.startsWith('.')) continue;
      const path = single ? dir : join(dir, id);
      const known = versions.get(id);
      if (!(await isFolder(path))) {
        if (!known) continue;
        updates.set(id, undefined);
        if (known.story) {
          stories.set(id, undefined);
          notes.push({ level: 'info', message: `retired story ${id}` });
        }
        continue;
      }
      const files = await readFolder(path).catch((err: Error) => err);
      // An unreadable file is a version of its own, said once like any broken edit.
      const hash = files instanceof Error ? `unreadable: ${files.message}` : hashOf(files);
      if (known?.hash === hash) continue;
      try {
        if (files instanceof Error) throw files;
        const story = await runInSlices(storySteps(storyInput(path, id, files)));
        updates.set(id, { hash, story });
        stories.set(id, story);
        notes.push({ level: 'info', message: `${known?.story ? 'reloaded' : 'added'} story ${id}` });
      } catch (err) {
        // The last good version (if any) keeps answering; the broken files' hash is kept, so the
        // breakage is said once, until they change again.
        updates.set(id, { hash, story: known?.story });
        const reason = err instanceof KnowledgeError ? err.message : `${path}: cannot be loaded (${(err as Error).message})`;
        notes.push({ level: 'warn', message: `${reason}; ${known?.story ? 'the last good version keeps answering' : 'the story is skipped'}` });
      }
    }
    const next = [...current.stories.filter((s) => !stories.has(s.id)), ...[...stories.values()].filter((s) => s !== undefined)].sort(byId);
    // With every story retired, the last ones keep answering: storybot needs one.
    if (stories.size > 0 && next.length > 0) current = await runInSlices(appSteps(next, current));
    for (const [id, version] of updates) {
      if (version) versions.set(id, version);
      else versions.delete(id);
    }
    return notes;
  }

  function reload(names?: Iterable<string>): Promise<ReloadNote[]> {
    const run = queue.then(() => refresh(names));
    queue = run.catch(() => undefined);
    return run;
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
      const run = (names?: Iterable<string>) =>
        void reload(names).then(
          (notes) => notes.forEach(report),
          (err: Error) => report({ level: 'warn', message: `reloading ${dir} failed (${err.message}); what was loaded keeps answering` }),
        );
      onHup = () => run();
      process.on('SIGHUP', onHup);
      // The story folders the watcher saw change since the last reload; undefined: it did not say which.
      let changed: Set<string> | undefined = new Set();
      try {
        watcher = watch(dir, { recursive: true }, (_event, filename) => {
          if (filename && changed) changed.add(filename.split(/[\\/]/)[0]!);
          else changed = undefined;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const names = changed;
            changed = new Set();
            run(names);
          }, DEBOUNCE_MS);
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
