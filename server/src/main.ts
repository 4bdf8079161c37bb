import 'reflect-metadata';
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { restoreCommand } from './restore-command.js';
import { FencedEngineError } from './engine/fenced-engine.js';
import { FencedError } from './store/fenced-db.js';

// A deposed leader's loop that did not catch a refusal by fencing (a write or an engine call made
// after the lease was lost) must not take the replica down: it steps down and keeps serving.
// Anything else unhandled still ends the process, as by default.
process.on('unhandledRejection', (err) => {
  if (err instanceof FencedError || err instanceof FencedEngineError) {
    console.error(`stevedore: refused by fencing (this replica no longer leads): ${err.message}`);
    return;
  }
  throw err;
});

if (process.argv[2] === 'restore') process.exit(await restoreCommand(process.argv.slice(3)));

try {
  const config = loadConfig();
  const app = await startApp(config);
  const shutdown = async (signal: string) => {
    app.core.log.info({ signal }, 'shutting down');
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`stevedore: ${err.message}`);
    process.exit(2);
  }
  throw err;
}
