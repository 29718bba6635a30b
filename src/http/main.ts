/**
 * `npm run http`: serve the signed interactions endpoint on PORT (POST /interactions), for running
 * without a gateway connection. Set the application's Interactions Endpoint URL to it.
 */
import { once } from 'node:events';
import { createLiveApp } from '../live.js';
import { required } from '../config.js';
import { ConfigError } from '../errors.js';
import { failStartup, handleProcessEvents, processConfig } from '../startup.js';
import { createRouter } from '../discord/router.js';
import { createLogger, type Logger } from '../log.js';
import { createInteractionServer } from './server.js';

let logger: Logger | undefined;
try {
  const config = processConfig();
  const publicKey = required(config, 'publicKey', 'DISCORD_PUBLIC_KEY', 'npm run http');
  const log = (logger = createLogger({ level: config.logLevel, secrets: [config.discordToken] }));
  const app = createLiveApp(config.knowledgeDir);
  app.watch((note) => log[note.level]({ knowledge: config.knowledgeDir }, note.message));
  const router = createRouter(app, { logger: log, story: config.story, cooldownSeconds: config.cooldownSeconds, cooldownBurst: config.cooldownBurst });
  const server = createInteractionServer({ router, publicKey, logger: log, stories: () => app.stories.length, apiUrl: config.apiUrl });
  server.listen(config.port);
  await once(server, 'listening').catch((err: NodeJS.ErrnoException) => {
    throw err.code === 'EADDRINUSE' ? new ConfigError(`PORT ${config.port} is already in use; set PORT to a free port.`) : err;
  });
  const address = server.address();
  log.info({ port: typeof address === 'object' && address ? address.port : config.port }, 'listening for interactions at POST /interactions');
  // Stop taking requests, then let answers still going out through their webhooks finish.
  handleProcessEvents(log, () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => server.settled()));
} catch (err) {
  failStartup(err, logger);
}
