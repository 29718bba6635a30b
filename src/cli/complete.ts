/**
 * Tab completion in the console, as readline's completer: `[candidates, text they complete]`.
 * Commands, then their options (private: too), then option values (names the story gives), and
 * story ids after --story. What was typed is never lost: the word is completed to the longest
 * prefix its candidates share (matching case-insensitively, and inside names for values: "pes"
 * finds a name with "Pes" in it), or, when that adds nothing, a second Tab lists the candidates.
 */
import type { CompleterResult } from 'node:readline';
import type { App } from '../app.js';
import { commandName, PRIVATE_OPTION } from '../command.js';
import { LINE_FLAGS } from '../flags.js';
import { splitWords } from '../request.js';

/** Autocomplete gives at most this many values (Discord's limit): with that many, there may be more. */
const MOST_CHOICES = 25;

const lower = (s: string) => s.toLowerCase();

/** The longest prefix every candidate shares, in the first one's spelling, comparing letters as `fold` makes them. */
function sharedPrefix(candidates: readonly string[], fold: (s: string) => string = (s) => s): string {
  const first = candidates[0]!;
  let end = first.length;
  for (const c of candidates) {
    let i = 0;
    while (i < end && i < c.length && fold(c[i]!) === fold(first[i]!)) i++;
    end = i;
  }
  return first.slice(0, end);
}

interface Offer {
  /** The text before the cursor that a completion replaces: the word being typed, as typed. */
  word: string;
  /** The part of it that candidates are matched against. */
  typed: string;
  candidates: readonly string[];
  /** Match anywhere inside a candidate (names), not only at its start (commands, options). */
  inside?: boolean;
  /** The word as it becomes: a whole candidate, or a shared prefix of several. */
  format(value: string, whole: boolean): string;
  /** The candidates may be cut short: there may be other matches, so they are only listed. */
  partial?: boolean;
}

/**
 * readline replaces `word` by a lone candidate, and lists several on a second Tab when their exact
 * shared prefix is all of the text returned beside them, so a list never edits the line.
 */
function offer({ word, typed, candidates, inside, format, partial }: Offer): CompleterResult {
  const needle = lower(typed);
  const rank = (c: string) => (lower(c).startsWith(needle) ? 0 : 1);
  const matches = [...new Set(candidates)]
    .filter((c) => (inside ? lower(c).includes(needle) : lower(c).startsWith(needle)))
    .sort((a, b) => rank(a) - rank(b));
  if (matches.length === 0) return [[], word];
  if (!partial) {
    if (matches.length === 1) return [[format(matches[0]!, true)], word];
    const shared = sharedPrefix(matches, lower);
    if (shared.length > typed.length && lower(shared).includes(needle)) return [[format(shared, false)], word];
  }
  // readline compares exactly.
  return [matches, sharedPrefix(matches)];
}

/** `name:value`, quoted when the value holds a space; a shared prefix leaves the quotation open. */
function optionValue(option: string, quote: string | undefined) {
  return (value: string, whole: boolean, quoted = quote !== undefined || /\s/.test(value)) => {
    const open = quoted ? (quote ?? '"') : '';
    const close = quoted ? ({ '“': '”', '‘': '’' }[open] ?? open) : '';
    return whole ? `${option}:${open}${value}${close} ` : `${option}:${open}${value}`;
  };
}

/** What Tab offers at the end of `line` (the text before the cursor); `story` is the console's own. */
export function complete(app: App, line: string, story?: string): CompleterResult {
  const words = splitWords(line);
  const last = words.at(-1);
  // The word under the cursor: the last one, unless a space (outside quotation marks) ends the line.
  const current = last && last.end === line.length ? last : undefined;
  const before = current ? words.slice(0, -1) : words;
  const word = current ? line.slice(current.start) : '';
  const typed = current?.text ?? '';

  const ids = app.stories.map((s) => s.id);
  if (before.at(-1)?.text === '--story') return offer({ word, typed, candidates: ids, inside: true, format: (id, whole) => (whole ? `${id} ` : id) });
  if (typed.startsWith('--story=')) {
    return offer({ word, typed: typed.slice(8), candidates: ids, inside: true, format: (id, whole) => `--story=${id}${whole ? ' ' : ''}` });
  }
  if (typed.startsWith('-')) return offer({ word, typed, candidates: LINE_FLAGS, format: (flag, whole) => (whole ? `${flag} ` : flag) });

  const commandWords = before.filter((w, i) => !w.text.startsWith('--') && before[i - 1]?.text !== '--story');
  // Names come from the story the line is about, when it says (--story ID).
  const chosen = before.find((w, i) => before[i - 1]?.text === '--story')?.text ?? before.find((w) => w.text.startsWith('--story='))?.text.slice(8);
  const scope = { story: chosen && ids.includes(chosen) ? chosen : story };
  if (commandWords.length === 0) {
    const slash = typed.startsWith('/') ? '/' : '';
    const names = app.catalogue.map((c) => c.name);
    return offer({ word, typed: typed.slice(slash.length), candidates: names, format: (name, whole) => `${slash}${name}${whole ? ' ' : ''}` });
  }
  const command = app.commands.get(commandName(commandWords[0]!.text));
  if (!command) return [[], word];
  const options = [...command.definition.options, PRIVATE_OPTION];
  const colon = typed.indexOf(':');
  if (colon < 0) {
    const given = new Set(commandWords.slice(1).map((w) => lower(w.text.split(':')[0]!)));
    const names = options.filter((o) => !given.has(o.name)).map((o) => `${o.name}:`);
    return offer({ word, typed, candidates: names, format: (name) => name });
  }
  const optionName = lower(typed.slice(0, colon));
  const option = options.find((o) => o.name === optionName);
  const value = typed.slice(colon + 1);
  const format = optionValue(typed.slice(0, colon), current?.open);
  if (option?.type === 'boolean') return offer({ word, typed: value, candidates: ['true', 'false'], format });
  if (!option?.autocomplete) return [[], word];
  // Only choices that are what one types: a choice shown as something else (a passage behind its
  // paragraph number, for a question) is for Discord's menu, not for the line.
  const choices = app.complete(command.definition.name, option.name, value, scope);
  const values = choices.filter((c) => c.name === c.value).map((c) => c.value);
  return offer({ word, typed: value, candidates: values, inside: true, format, partial: choices.length >= MOST_CHOICES });
}
