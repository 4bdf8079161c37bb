import 'reflect-metadata';
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { restoreCommand } from './restore-command.js';

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
