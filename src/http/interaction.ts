/**
 * What a signed body must look like before the router sees it. Discord's interactions are checked
 * for the fields storybot reads, so a signed but malformed body gets a 400 with one line saying
 * what is wrong, never a crash. Anything more (members, guild, locale) is not read and not checked.
 */
import { type APIInteraction, ApplicationCommandType, InteractionType } from 'discord.js';

/** The interaction, or the one-line reason it is not one storybot can read. */
export function readInteraction(value: unknown): { interaction: APIInteraction } | { error: string } {
  if (!isObject(value)) return { error: 'the body is not a JSON object' };
  if (!Number.isInteger(value.type)) return { error: 'the interaction has no numeric type' };
  const known = [InteractionType.ApplicationCommand, InteractionType.ApplicationCommandAutocomplete, InteractionType.MessageComponent];
  if (value.type === InteractionType.Ping || !known.includes(value.type as InteractionType)) return { interaction: value as unknown as APIInteraction };
  const { data } = value;
  if (!isObject(data)) return { error: 'the interaction has no data object' };
  if (value.type === InteractionType.MessageComponent) {
    return typeof data.custom_id === 'string' ? { interaction: value as unknown as APIInteraction } : { error: 'data.custom_id is not a string' };
  }
  if (typeof data.name !== 'string') return { error: 'data.name is not a string' };
  if (!Number.isInteger(data.type)) return { error: 'data.type is not a number' };
  if (data.type === ApplicationCommandType.Message) {
    const messages = isObject(data.resolved) ? data.resolved.messages : undefined;
    const target = typeof data.target_id === 'string' && isObject(messages) ? messages[data.target_id] : undefined;
    if (!isObject(target) || typeof target.content !== 'string') return { error: 'a message command has no target message with text' };
  }
  if (data.options !== undefined) {
    if (!Array.isArray(data.options)) return { error: 'data.options is not an array' };
    for (const option of data.options) {
      if (!isObject(option) || typeof option.name !== 'string') return { error: 'an option has no name' };
      if (option.value !== undefined && !['string', 'number', 'boolean'].includes(typeof option.value)) return { error: `option ${option.name} has a value of the wrong type` };
    }
  }
  return { interaction: value as unknown as APIInteraction };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
