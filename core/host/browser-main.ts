import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { openAppContext } from '../app-context';
import { createHandlers } from '../contract-handlers';
import { resolveDbPath } from '../default-db-path';
import { createImportJobs, importWorkerFileName } from '../services/import-jobs';
import { startBrowserHost } from './browser-host';

/**
 * `npm run start:browser`: Tovholder in the user's own browser, for machines where Electron
 * cannot run and for the end-to-end tests. Prints the address (with its one-time key) on stdout.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, actor: { type: 'string' } },
    strict: true,
  });
  const dbPath = resolveDbPath(values.db);
  mkdirSync(dirname(dbPath), { recursive: true });
  const actor = values.actor ?? 'browser';
  const ctx = openAppContext(dbPath, { actor });
  // This entry is built to dist/node, beside the worker's own entry file.
  const onInternalError = (error: unknown) => process.stderr.write(`Intern fejl: ${error instanceof Error ? error.name : 'ukendt'}\n`);
  const importJobs = createImportJobs({ dbPath, workerPath: join(__dirname, importWorkerFileName), actor, now: ctx.now, onWorkerError: onInternalError });
  const host = await startBrowserHost({
    handlers: createHandlers(ctx, importJobs),
    staticDir: join(__dirname, '..', 'renderer'),
    port: values.port === undefined ? 0 : Number(values.port),
    onInternalError,
  });
  process.stdout.write(`Tovholder kører på ${host.url}\nÅbn adressen i en browser. Stop med Ctrl+C.\n`);
  const stop = () => {
    void Promise.all([host.close(), importJobs.close()]).then(() => {
      ctx.db.close();
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
