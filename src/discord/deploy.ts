/**
 * `npm run deploy-commands`: register the slash commands and the message command with Discord, in DISCORD_GUILD_ID when
 * set (instant, for development) or globally. Run it when commands change, not on every start.
 */
import { DiscordAPIError, REST } from 'discord.js';
import { commands } from '../../commands/index.js';
import { required } from '../config.js';
import { failStartup, processConfig } from '../startup.js';
import { ASK_ABOUT_MESSAGE, registerCommands } from './registration.js';

try {
  const config = processConfig();
  const token = required(config, 'discordToken', 'DISCORD_TOKEN', 'npm run deploy-commands');
  const applicationId = required(config, 'applicationId', 'DISCORD_APPLICATION_ID', 'npm run deploy-commands');
  const rest = new REST({ api: config.apiUrl }).setToken(token);
  const definitions = commands.map((c) => c.definition);
  const count = await registerCommands(rest, applicationId, definitions, config.guildId);
  const where = config.guildId ? `in guild ${config.guildId}` : 'globally';
  console.log(`Registered ${count} commands ${where}: ${definitions.map((d) => `/${d.name}`).join(', ')}, and the message command “${ASK_ABOUT_MESSAGE}”.`);
} catch (err) {
  if (err instanceof DiscordAPIError) {
    const hint = err.status === 401 ? ' Check DISCORD_TOKEN.' : err.status === 403 || err.status === 404 ? ' Check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID.' : '';
    console.error(`storybot: Discord refused the commands (${err.status} ${err.message}).${hint}`);
    process.exit(1);
  }
  failStartup(err);
}
