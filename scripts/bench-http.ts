/**
 * `npm run bench:http`: the interactions endpoint and the gateway bot under load, on 127.0.0.1 only,
 * bounded in time. First signed /ask requests (autocannon) at concurrency 1, 10, 50 and 200 against
 * one instance of the endpoint: requests per second, p50/p99 latency, and how many answers were the
 * right one (the reply quotes the passage the engine ranks first). Then a burst of 200 slash
 * commands through the real discord.js client and the stand-in Discord, and how many first
 * responses arrived within Discord's 3 seconds.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { createApp } from '../src/app.js';
import { createRouter } from '../src/discord/router.js';
import { createInteractionServer } from '../src/http/server.js';
import { createLogger } from '../src/log.js';
import { quotedText } from '../src/reply/discord.js';
import { guild, user } from '../test/discord/fake-discord.js';
import { startHarness } from '../test/discord/harness.js';
import { parseOptions } from './lib/args.js';

parseOptions('npm run bench:http', {});

const QUESTION = 'Where did Trump and Putin meet?';
const CONCURRENCY = [1, 10, 50, 200];
/** Seconds per concurrency level. */
const DURATION = 5;
const BURST = 200;

const app = createApp('knowledge');
const expected = `> ${quotedText(app.run('ask', { question: QUESTION }).items[0]!)}`;

async function endpoint(): Promise<string[]> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const logger = createLogger({ level: 'silent' });
  const server = createInteractionServer({
    router: createRouter(app, { logger, cooldownSeconds: 0 }),
    publicKey: Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex'),
    logger,
    stories: () => app.stories.length,
    // Only a "Delete" press calls Discord back, and the bench presses none.
    apiUrl: 'http://127.0.0.1:9/api',
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`;
  const body = JSON.stringify({
    id: '223456789012345678',
    application_id: '323456789012345678',
    type: 2,
    token: 'tok',
    version: 1,
    user: { id: '123456789012345678', username: 'bench', discriminator: '0', global_name: 'bench', avatar: null },
    channel_id: '423456789012345678',
    data: { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: QUESTION }] },
  });
  // Signed once: the same request stays within the replay window for the whole run.
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers = {
    'content-type': 'application/json',
    'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
    'x-signature-timestamp': timestamp,
  };
  const rows = ['concurrency  requests/s   p50 ms   p99 ms   answers right', '-----------  ----------   ------   ------   -------------'];
  for (const connections of CONCURRENCY) {
    let right = 0;
    let all = 0;
    const result = await autocannon({
      url,
      connections,
      duration: DURATION,
      requests: [
        {
          method: 'POST',
          headers,
          body,
          onResponse: (status: number, text: string) => {
            all++;
            if (status === 200 && (JSON.parse(text) as { data: { embeds: { description: string }[] } }).data.embeds[0]!.description.includes(expected)) right++;
          },
        },
      ],
    });
    rows.push(
      `${String(connections).padStart(11)}  ${result.requests.average.toFixed(0).padStart(10)}   ${String(result.latency.p50).padStart(6)}   ${String(result.latency.p99).padStart(6)}   ${`${right} of ${all}`.padStart(13)}`,
    );
  }
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  return rows;
}

async function gateway(): Promise<string> {
  const g = guild('Bench');
  const h = await startHarness({ guilds: [g] });
  try {
    const started = Date.now();
    const ids = Array.from({ length: BURST }, (_, i) => h.fake.slash(user(`reader${i}`), { kind: 'guild', guild: g }, 'ask', { question: QUESTION }));
    await Promise.all(ids.map((id) => h.fake.interactionResponse(id, 30_000).catch(() => undefined)));
    const accepted = h.fake.requests.filter((r) => r.path.startsWith('/interactions/') && r.status === 204).length;
    return `gateway burst: ${BURST} slash commands at once, ${accepted} first responses accepted within Discord's 3 s, all sent in ${Date.now() - started} ms`;
  } finally {
    await h.close();
  }
}

console.log(`signed /ask on one instance of the interactions endpoint, ${DURATION} s per row\n`);
console.log((await endpoint()).join('\n'));
console.log(`\n${await gateway()}`);
