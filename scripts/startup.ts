/**
 * `npx tsx scripts/startup.ts [--runs N]`: how long the ways in take to start, as a user starts
 * them. `cli story`: `npm run -s cli -- story` from spawn to exit. The bot: `npm start` with a bot
 * token, against the local stand-in Discord (test/discord/fake-discord.ts) on 127.0.0.1, from spawn
 * to its "connected to Discord" log line (the gateway's READY). The median and range of N runs each.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { FakeDiscord, user } from '../test/discord/fake-discord.js';
import { tokenFor } from '../test/discord/harness.js';

const USAGE = 'usage: npx tsx scripts/startup.ts [--runs N]';

function timed(args: string[], env: Record<string, string>, until?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Its own process group, so that stopping it stops what npm started too.
    const child = spawn('npm', args, { env: { ...process.env, DOTENV_PATH: '/nonexistent/storybot.env', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let ready: number | undefined;
    let text = '';
    const seen = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (until && ready === undefined && text.includes(until)) {
        ready = performance.now() - started;
        process.kill(-child.pid!, 'SIGTERM');
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', (code) => {
      if (until && ready !== undefined) resolve(ready);
      else if (until) reject(new Error(`exited (${code}) before "${until}":\n${text}`));
      else if (code === 0) resolve(performance.now() - started);
      else reject(new Error(text));
    });
  });
}

function summary(name: string, ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  return `${name.padEnd(34)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0).padStart(5)} ms   range ${sorted[0]!.toFixed(0)}–${sorted.at(-1)!.toFixed(0)} ms   (${ms.length} runs)`;
}

let runs = 10;
try {
  const { values } = parseArgs({ options: { runs: { type: 'string' } } });
  if (values.runs !== undefined) runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of 1 or more');
} catch (err) {
  console.error(`startup: ${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}

const cli: number[] = [];
for (let i = 0; i < runs; i++) cli.push(await timed(['run', '-s', 'cli', '--', 'story'], {}));
console.log(summary('npm run -s cli -- story (to exit)', cli));

const bot = user('storybot', true);
const token = tokenFor(bot.id);
const fake = await FakeDiscord.start({ token, bot });
const gateway: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    gateway.push(await timed(['start'], { DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' }, 'connected to Discord'));
  }
} finally {
  await fake.close();
}
console.log(summary('npm start, bot (to gateway READY)', gateway));
