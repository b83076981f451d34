import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultUserDataDir, resolveDbPath } from '../default-db-path';
import { importWorkerFileName } from '../services/import-jobs';
import { parseImportPause } from '../services/import-pause';
import { logFolder, openLogger } from '../log';
import { ensurePrivateDir } from '../services/privacy-files';
import { startBrowserHost } from './browser-host';
import { clockFromOption } from './host-clock';
import { openDatabaseSession } from './database-session';

/**
 * `npm run start:browser`: Tovholder in the user's own browser, for machines where Electron
 * cannot run and for the end-to-end tests. Prints the address (with its one-time key) on stdout.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      actor: { type: 'string' },
      // The day the host takes as today, for tests on a known day; the real clock without it.
      today: { type: 'string' },
      'test-import-pause': { type: 'string' },
    },
    strict: true,
  });
  const now = clockFromOption(values.today);
  const importPause = values['test-import-pause'] === undefined ? undefined : parseImportPause(values['test-import-pause']);
  const dbPath = resolveDbPath(values.db);
  // The default data folder is Tovholder's own, so it is narrowed to the user even if it existed.
  if (dbPath === resolveDbPath(undefined, {})) ensurePrivateDir(defaultUserDataDir(), true);
  const log = openLogger(logFolder(dbPath), { now });
  process.on('uncaughtExceptionMonitor', (error) => log.error('host.uncaught', error));
  const session = await openDatabaseSession({
    dbPath,
    actor: values.actor ?? 'browser',
    log,
    // This entry is built to dist/node, beside the import worker's own entry file.
    importWorkerPath: join(__dirname, importWorkerFileName),
    now,
    ...(importPause ? { importPause } : {}),
  });
  const host = await startBrowserHost({
    handlers: session.handlers,
    staticDir: join(__dirname, '..', 'renderer'),
    port: values.port === undefined ? 0 : Number(values.port),
    log,
  });
  log.info('host.started', { host: 'browser' });
  process.stdout.write(`Tovholder kører på ${host.url}\nÅbn adressen i en browser. Stop med Ctrl+C.\n`);
  const stop = () => {
    void host.close().then(() => {
      session.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Fejl: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
