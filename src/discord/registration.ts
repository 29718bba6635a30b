/**
 * The slash commands as Discord registers them, built from the platform-neutral definitions, with
 * the `private` option added. Registered globally, every command is usable in servers, in DMs with
 * the bot and in other private channels, for guild and user installs (fields Discord reads only on
 * global commands, so a guild registration leaves them out). Definitions Discord would refuse are
 * caught here, by Discord's documented rules, with a message that names the command.
 */
import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type REST,
  type RESTPostAPIApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';
import { type CommandDefinition, MAX_TEXT_LENGTH, type OptionDefinition, PRIVATE_OPTION } from '../command.js';

/** Discord's rule for command and option names; a letter with a lower-case form must be written in it. */
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** The message command: right-click (or long-press) a message → Apps → Ask storybot. */
export const ASK_ABOUT_MESSAGE = 'Ask storybot';

export function commandPayloads(definitions: readonly CommandDefinition[], { guild = false } = {}): RESTPostAPIApplicationCommandsJSONBody[] {
  if (definitions.length > 100) throw new Error(`Discord allows 100 slash commands; there are ${definitions.length}.`);
  const everywhere = !guild && {
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
    integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  };
  const slash = definitions.map((d): RESTPostAPIApplicationCommandsJSONBody => {
    check(d.name, d.description, `/${d.name}`);
    const options: OptionDefinition[] = [...d.options, PRIVATE_OPTION];
    // With these bounds (and no choices or translations) a command stays under Discord's 8,000
    // characters of names, descriptions and values: 25 × (32 + 100) + 132 at most.
    if (options.length > 25) throw new Error(`/${d.name} has ${options.length} options; Discord allows 25.`);
    options.forEach((o) => check(o.name, o.description, `/${d.name} ${o.name}`));
    return {
      type: ApplicationCommandType.ChatInput,
      name: d.name,
      description: d.description,
      // Discord refuses a required option after an optional one.
      options: [...options.filter((o) => o.required), ...options.filter((o) => !o.required)].map(option),
      ...everywhere,
    };
  });
  return [...slash, { type: ApplicationCommandType.Message, name: ASK_ABOUT_MESSAGE, ...everywhere }];
}

/** Register (bulk overwrite) the commands in one guild, or globally. Returns how many Discord holds. */
export async function registerCommands(rest: REST, applicationId: string, definitions: readonly CommandDefinition[], guildId?: string): Promise<number> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body: commandPayloads(definitions, { guild: guildId !== undefined }) })) as unknown[];
  return registered.length;
}

function check(name: string, description: string, what: string): void {
  if (!NAME.test(name) || name !== name.toLowerCase()) throw new Error(`${what}: Discord needs a lower-case name of 1 to 32 letters, digits, -, _ or '.`);
  if (description.length < 1 || description.length > 100) {
    throw new Error(`${what}: Discord needs a description of 1 to 100 characters (it has ${description.length}).`);
  }
}

function option(o: OptionDefinition): APIApplicationCommandOption {
  const base = { name: o.name, description: o.description, required: o.required ?? false };
  switch (o.type) {
    case 'string':
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        // Every text option is bounded, so Discord refuses an over-long one before storybot sees it.
        max_length: o.maxLength ?? MAX_TEXT_LENGTH,
        ...(o.autocomplete && { autocomplete: true }),
      };
    case 'integer':
      return {
        ...base,
        type: ApplicationCommandOptionType.Integer,
        ...(o.minValue !== undefined && { min_value: o.minValue }),
        ...(o.maxValue !== undefined && { max_value: o.maxValue }),
        ...(o.autocomplete && { autocomplete: true }),
      };
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
  }
}
