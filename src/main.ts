/** `npm start`: the Discord bot when DISCORD_TOKEN is set, else the terminal console. */
import { startConsole } from './cli/console.js';
import { createLiveApp } from './live.js';
import { countingLoad } from './cli/progress.js';
import { cliHelp } from './cli/usage.js';
import { commands } from '../commands/index.js';
import { loadConfig } from './config.js';
import { parseFlags } from './flags.js';
import { environment, failStartup, stopWhenReaderCloses } from './startup.js';

try {
  const { flags } = parseFlags(process.argv.slice(2));
  // Help needs no settings: it is printed even when they are wrong (as it may be what is asked for).
  const config = flags.help ? undefined : loadConfig(environment(), flags);
  if (!config) {
    process.stdout.write(`${cliHelp(commands.map((c) => c.definition))}\n`);
  } else if (config.discordToken) {
    await import('./discord/run.js');
  } else {
    stopWhenReaderCloses();
    // Edits to the stories are followed while the console runs; what changed is said on stderr.
    const started = performance.now();
    const app = countingLoad((onLoaded) => createLiveApp(config.knowledgeDir, onLoaded));
    app.watch((note) => process.stderr.write(`storybot: ${note.message}\n`));
    await startConsole(app, { story: config.story, loadedMs: performance.now() - started });
    app.close();
  }
} catch (err) {
  failStartup(err);
}
