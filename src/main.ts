/** `npm start`: the Discord bot when DISCORD_TOKEN is set, else the terminal console. */
import { createApp } from './app.js';
import { parseFlags } from './cli/args.js';
import { startConsole } from './cli/console.js';
import { explain } from './cli/main.js';
import { knowledgeDir } from './cli/settings.js';

async function main(): Promise<void> {
  const { flags } = parseFlags(process.argv.slice(2));
  const app = createApp(knowledgeDir(flags.knowledge));
  await startConsole(app, { story: flags.story || process.env.STORY || undefined });
}

main().catch((err: unknown) => {
  const { message, code } = explain(err);
  process.stderr.write(`storybot: ${message}\n`);
  process.exitCode = code;
});
