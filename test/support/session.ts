import { join } from 'node:path';
import { openDatabaseSession, type DatabaseSession } from '../../core/host/database-session';
import { openLogger } from '../../core/log';
import type { ImportPause } from '../../core/services/import-pause';
import { demoExtractFile } from '../../shared/demo/demo-extract';
import { builtWorkerPath } from './import-jobs';

/** A database session on `dir/t.sqlite` with its log in `dir/logs`, on a clock the test moves. */
export async function openTestSession(dir: string, clock: { now: Date }, importPause?: ImportPause): Promise<DatabaseSession> {
  return openDatabaseSession({
    ...(importPause ? { importPause } : {}),
    dbPath: join(dir, 't.sqlite'),
    actor: 'test',
    log: openLogger(join(dir, 'logs'), { now: () => clock.now }),
    now: () => clock.now,
    importWorkerPath: builtWorkerPath,
  });
}

/**
 * An import request for a synthetic extract of the given date, as the renderer would send it.
 * The demo's patients differ from one extract date to the next, so a second one would leave
 * every earlier patient out: it is sent confirmed, as after the app's "Indlæs alligevel".
 */
export function demoImportRequest(extractDate: string, patients = 40, seed = 7) {
  const file = demoExtractFile({ seed, patients, extractDate });
  return { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64'), confirmed: true };
}
