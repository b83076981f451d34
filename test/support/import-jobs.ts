import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppContext } from '../../core/app-context';
import { createImportJobs, importWorkerFileName, type ImportJobs } from '../../core/services/import-jobs';
import type { ImportPause } from '../../core/services/import-pause';
import type { ImportJobStatus } from '../../shared/import-job';

/** The built worker, as the hosts start it (`npm run build` first, as for the CLI tests). */
export const builtWorkerPath = join(__dirname, '..', '..', 'dist', 'node', importWorkerFileName);

/** Import jobs on the context's database file, run by the built worker; each waits at `pause` if given. */
export function importJobsFor(ctx: AppContext, dbPath: string, pause?: ImportPause): ImportJobs {
  if (!existsSync(builtWorkerPath)) throw new Error(`${builtWorkerPath} mangler: byg først (npm run build)`);
  return createImportJobs({ dbPath, workerPath: builtWorkerPath, actor: ctx.actor, now: ctx.now, ...(pause ? { pause } : {}) });
}

/** Polls a job, as the renderer does, until it has ended; `onStatus` sees every status on the way. */
export async function waitForJob(
  jobs: ImportJobs,
  jobId: string,
  onStatus: (status: ImportJobStatus) => void = () => {},
): Promise<ImportJobStatus> {
  for (;;) {
    const status = jobs.status(jobId);
    onStatus(status);
    if (status.state !== 'running' && status.state !== 'cancelling') return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
