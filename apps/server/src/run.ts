import { ConfigError, loadConfig } from './config/rapport-config.js';
import { UsersService } from './auth/users.service.js';
import { startServer } from './bootstrap.js';
import { DatabaseStartError } from './database/database-start-error.js';
import { PluginLoadError } from './plugins/plugin-loader.js';

/** What `main.ts` started before the app: spans still buffered are flushed after the server closed. */
export interface StartedBeforeApp {
  shutdown(): Promise<void>;
}

async function main(tracing?: StartedBeforeApp): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  const hasUsers = await server.app.get(UsersService).hasAnyUser();
  const login = !hasUsers
    ? `First run: open ${server.adminUrl} to create the first admin (or set RAPPORT_ADMIN_EMAIL and RAPPORT_ADMIN_PASSWORD).`
    : config.firstRun.adminEmail
      ? `Log in as ${config.firstRun.adminEmail} (password from RAPPORT_ADMIN_PASSWORD).`
      : `Log in at ${server.adminUrl} with your admin account.`;
  process.stdout.write(
    [
      '',
      'Rapport is running',
      `  GraphQL API  ${server.apiUrl}`,
      `  Admin UI     ${server.adminUrl}`,
      `  Health       ${server.apiUrl.replace(/\/graphql$/, '/health')}`,
      `  Database     ${server.database.description}`,
      `  Plugins      ${server.registry.plugins.map((p) => `${p.plugin.name}@${p.plugin.version}`).join(', ') || 'none (see rapport.config.js)'}`,
      `  ${login}`,
      '  Press Ctrl+C to stop.',
      '',
    ].join('\n') + '\n',
  );

  const shutdown = (signal: string) => {
    process.stdout.write(`\n${signal} received: draining requests and stopping the database...\n`);
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    server
      .close()
      .then(() => tracing?.shutdown())
      .then(
        () => {
          clearTimeout(force);
          process.exit(0);
        },
        (error: unknown) => {
          process.stderr.write(`Shutdown failed: ${String(error)}\n`);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  // Expected failures (a database restart, a network down) are handled where they happen. Anything that still
  // escapes (also an unhandled rejection, which Node raises here) leaves the process in an unknown state: it stays
  // a crash, for the supervisor to restart, but is logged as one JSON line and the embedded database is stopped first.
  let crashed = false;
  process.on('uncaughtException', (error, origin) => {
    server.logger.fatal({ err: error, origin }, 'crashed: stopping');
    if (crashed) return;
    crashed = true;
    setTimeout(() => process.exit(1), 5_000).unref();
    server.close().finally(() => process.exit(1));
  });
}

/** Starts the server as `npm start` does (see main.ts), printing where everything is. */
export function run(tracing?: StartedBeforeApp): Promise<void> {
  return main(tracing).catch((error: unknown) => {
    const message =
      error instanceof ConfigError ? `Configuration error: ${error.message}` : error instanceof PluginLoadError || error instanceof DatabaseStartError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`Rapport failed to start.\n${message}\n`);
    process.exit(1);
  });
}
