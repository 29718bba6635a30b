/**
 * What a command is: a definition (name, description, options) and a handler from typed options
 * to a Reply. The option types are derived from the definition, so each command states its options
 * once. Nothing here knows Discord or terminals.
 */
import type { Story } from './knowledge/story.js';
import type { Choice, Reply } from './reply/reply.js';
import type { Retriever } from './search/retriever.js';

export type OptionType = 'string' | 'integer' | 'boolean';

export interface OptionDefinition {
  readonly name: string;
  readonly description: string;
  readonly type: OptionType;
  readonly required?: boolean;
  /** Offer suggestions while the user types (Discord autocomplete, console completion). */
  readonly autocomplete?: boolean;
  readonly maxLength?: number;
  readonly minValue?: number;
  readonly maxValue?: number;
}

export interface CommandDefinition {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionDefinition[];
}

type ValueOf<T extends OptionType> = T extends 'string' ? string : T extends 'integer' ? number : boolean;
type Opts<D extends CommandDefinition> = D['options'][number];

/** `{ question: string; private?: boolean }` from a definition's options. */
export type OptionsOf<D extends CommandDefinition> = {
  [O in Opts<D> as O['required'] extends true ? O['name'] : never]: ValueOf<O['type']>;
} & {
  [O in Opts<D> as O['required'] extends true ? never : O['name']]?: ValueOf<O['type']>;
};

/** What a handler may use: the stories in scope and the retriever over them. */
export interface CommandContext {
  /** The stories this request is about: the chosen one, or all loaded. */
  stories: readonly Story[];
  retriever: Retriever;
  /** Every command's definition, for /help and /story. */
  catalogue: readonly CommandDefinition[];
}

/** One command module, as commands/<name>.ts exports it. */
export interface Command<D extends CommandDefinition = CommandDefinition> {
  definition: D;
  handle(options: OptionsOf<D>, ctx: CommandContext): Reply;
  autocomplete?(option: string, typed: string, ctx: CommandContext): Choice[];
}

/** Every command also takes `private` (ephemeral in Discord); handlers never see it. */
export const PRIVATE_OPTION = {
  name: 'private',
  description: 'Only you see the answer',
  type: 'boolean',
} as const satisfies OptionDefinition;

/** The command a typed word names: "/Quote" and "quote" alike. */
export function commandName(word: string): string {
  return word.replace(/^\//, '').toLowerCase();
}

/** Longest question or option value accepted anywhere (Discord's own option limit is 6,000). */
export const MAX_TEXT_LENGTH = 500;

/** An option as usage shows it: `speaker:TEXT`, `private:true|false`. */
export function optionUsage(option: OptionDefinition): string {
  const value = option.type === 'string' ? 'TEXT' : option.type === 'integer' ? 'N' : 'true|false';
  return `${option.name}:${value}`;
}

/** A command as usage shows it: `quote [speaker:TEXT] [about:TEXT]`, optional options in brackets. */
export function synopsis(command: CommandDefinition): string {
  return [command.name, ...command.options.map((o) => (o.required ? optionUsage(o) : `[${optionUsage(o)}]`))].join(' ');
}
