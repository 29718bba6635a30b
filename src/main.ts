/** `npm start`: the Discord bot when DISCORD_TOKEN is set, else the terminal console. */
import { createApp } from './app.js';
import { startConsole } from './cli/console.js';
import { loadConfig } from './config.js';
import { parseFlags } from './flags.js';
import { failStartup } from './discord/lifecycle.js';

try {
  const { flags } = parseFlags(process.argv.slice(2));
  const config = loadConfig(undefined, flags);
  if (config.discordToken) {
    await import('./discord/run.js');
  } else {
    await startConsole(createApp(config.knowledgeDir), { story: config.story });
  }
} catch (err) {
  failStartup(err);
}
