/**
 * The engine behind every way in: stories loaded once, one retriever over them, and the commands.
 * `run` checks raw option values against a command's definition, so every way in gets the same
 * validation and the same one-line errors.
 */
import { UsageError } from './errors.js';
import { commands } from '../commands/index.js';
import {
  type Command,
  type CommandContext,
  type CommandDefinition,
  commandName,
  MAX_TEXT_LENGTH,
  PRIVATE_OPTION,
} from './command.js';
import { loadStories } from './knowledge/load.js';
import type { Story } from './knowledge/story.js';
import type { Choice, Reply } from './reply/reply.js';
import { retrieverSteps } from './search/index.js';
import { runSteps, type Steps } from './steps.js';
import type { Retriever } from './search/retriever.js';

export type RawOptions = Record<string, string | number | boolean | undefined>;

export interface Scope {
  /** Story id; without it, every loaded story. */
  story?: string;
}

export interface App {
  stories: readonly Story[];
  retriever: Retriever;
  commands: ReadonlyMap<string, Command>;
  /** Every command's definition, in /help order. */
  catalogue: readonly CommandDefinition[];
  run(command: string, options?: RawOptions, scope?: Scope): Reply;
  /** Throws the UsageError every request would get for an unknown story, before any is made. */
  checkScope(scope?: Scope): void;
  complete(command: string, option: string, typed: string, scope?: Scope): Choice[];
}

export function createApp(knowledgeDir: string, onLoaded?: (loaded: number, total: number) => void): App {
  return createAppFromStories(loadStories(knowledgeDir, onLoaded));
}

export function createAppFromStories(stories: readonly Story[]): App {
  return runSteps(appSteps(stories));
}

/**
 * The engine made in steps (a live reload runs them in slices). `previous`, the engine before a
 * live reload: the stories that did not change keep their search indexes.
 */
export function* appSteps(stories: readonly Story[], previous?: App): Steps<App> {
  const retriever = yield* retrieverSteps(stories, {}, previous?.retriever);
  const byName = new Map<string, Command>(commands.map((c) => [c.definition.name, c]));

  const catalogue = commands.map((c) => c.definition);

  function scoped(scope: Scope = {}): CommandContext {
    if (scope.story === undefined) return { stories, retriever, catalogue };
    const story = stories.find((s) => s.id === scope.story);
    if (!story) {
      throw new UsageError(`Unknown story "${scope.story}". Stories: ${stories.map((s) => s.id).join(', ')}.`);
    }
    return {
      stories: [story],
      retriever: { ask: (q, o = {}) => retriever.ask(q, { ...o, story: story.id }) },
      catalogue,
    };
  }

  function command(name: string): Command {
    const found = byName.get(commandName(name));
    if (!found) throw new UsageError(`Unknown command "${name}". Try: ${[...byName.keys()].join(', ')}.`);
    return found;
  }

  return {
    stories,
    retriever,
    commands: byName,
    catalogue,
    checkScope(scope) {
      scoped(scope);
    },
    run(name, raw = {}, scope) {
      const cmd = command(name);
      return cmd.handle(checkOptions(cmd, raw) as never, scoped(scope));
    },
    complete(name, option, typed, scope) {
      const cmd = command(name);
      return cmd.autocomplete?.(option, typed.slice(0, MAX_TEXT_LENGTH), scoped(scope)).slice(0, 25) ?? [];
    },
  };
}

const BOOLEANS = new Map([
  ...['true', 'yes', '1', 'on'].map((w) => [w, true] as const),
  ...['false', 'no', '0', 'off'].map((w) => [w, false] as const),
]);

/** Splits text into user-perceived characters: an emoji or a letter with its accents is one. */
const graphemes = new Intl.Segmenter();
/** Code units a character may take (an emoji with its joiners and modifiers); a text with more per character is refused uncounted. */
const UNITS_PER_CHARACTER = 8;

/** Coerce and check raw option values (strings from a terminal, typed values from Discord). */
function checkOptions(cmd: Command, raw: RawOptions): Record<string, string | number | boolean> {
  const { name, options } = cmd.definition;
  const known = [...options, PRIVATE_OPTION];
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const def = known.find((o) => o.name === key);
    if (!def) {
      const names = known.map((o) => o.name).join(', ');
      throw new UsageError(`/${name} has no option "${key}". Options: ${names}.`);
    }
    if (def.type === 'string') {
      const text = String(value).trim();
      // Characters are counted only where it matters: a text of no more code units than the limit
      // is within it, and one far over it is refused before any counting, whatever it holds.
      if (text.length > MAX_TEXT_LENGTH * UNITS_PER_CHARACTER) {
        throw new UsageError(`${key} is too long (at most ${MAX_TEXT_LENGTH} characters). Please ask something shorter.`);
      }
      const length = text.length <= MAX_TEXT_LENGTH ? text.length : [...graphemes.segment(text)].length;
      if (length > MAX_TEXT_LENGTH) {
        throw new UsageError(`${key} is too long (${length} characters; at most ${MAX_TEXT_LENGTH}). Please ask something shorter.`);
      }
      if (text) out[key] = text;
    } else if (def.type === 'integer') {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isInteger(n)) throw new UsageError(`${key} must be a whole number, not "${String(value)}".`);
      out[key] = n;
    } else {
      const b = typeof value === 'boolean' ? value : BOOLEANS.get(String(value).trim().toLowerCase());
      if (b === undefined) throw new UsageError(`${key} must be true or false, not "${String(value)}".`);
      // Checked like any option, but handlers never see private.
      if (def !== PRIVATE_OPTION) out[key] = b;
    }
  }
  for (const def of options) {
    if (def.required && out[def.name] === undefined) {
      throw new UsageError(`/${name} needs ${def.name}: for example /${name} ${def.name}:"…".`);
    }
  }
  return out;
}
