/** `npm start`: the Discord bot when DISCORD_TOKEN is set, else the terminal console. */
import { startConsole } from './cli/console.js';
import { createLiveApp } from './live.js';
import { failStartup, processConfig } from './startup.js';

try {
  const config = processConfig();
  if (config.discordToken) {
    await import('./discord/run.js');
  } else {
    // Edits to the stories are followed while the console runs; what changed is said on stderr.
    const app = createLiveApp(config.knowledgeDir);
    app.watch((note) => process.stderr.write(`storybot: ${note.message}\n`));
    await startConsole(app, { story: config.story });
    app.close();
  }
} catch (err) {
  failStartup(err);
}
