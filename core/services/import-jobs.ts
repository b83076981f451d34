import { randomUUID } from 'node:crypto';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ContractError } from '../../shared/contract';
import type { ImportJobStatus } from '../../shared/import-job';
import type { ImportInput, ImportProgress } from './import-service';
import type { ImportPause } from './import-pause';

/** The file the Node build emits for the worker, beside the host's own entry file. */
export const importWorkerFileName = 'import-worker.cjs';

/** What a worker is started with: where the database is, who acts, when, and the file. */
export interface ImportWorkerData {
  dbPath: string;
  actor: string;
  /** The import's time, from the host's clock, so the worker reads no clock of its own. */
  startedAt: string;
  input: ImportInput;
  /** One Int32: 0 until the user cancels, then 1. Shared, so the busy worker sees it between chunks. */
  cancelFlag: SharedArrayBuffer;
  /** Tests only: where the worker waits for the test (`import-pause.ts`). */
  pause?: ImportPause;
}

/** What a worker tells the host, in order: progress, then exactly one of done, failed or cancelled. */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: NonNullable<ImportJobStatus['report']> }
  | { type: 'failed'; error: NonNullable<ImportJobStatus['error']> }
  | { type: 'cancelled' };

export interface ImportJobs {
  /** Starts an import off the host's thread; only one at a time, since one batch is written at a time. */
  start(input: ImportInput): string;
  status(jobId: string): ImportJobStatus;
  /** Asks the worker to stop; it rolls back at its next check. The status says when it has. */
  cancel(jobId: string): ImportJobStatus;
  /** Whether an import is still writing or could still write, for actions that must not overlap it. */
  busy(): boolean;
  /** Stops every worker, for a host that is shutting down (the transactions roll back). */
  close(): Promise<void>;
}

interface Job {
  status: ImportJobStatus;
  worker: Worker;
  cancelFlag: Int32Array;
}

/** Finished jobs kept for their status to be read; older ones are forgotten. */
const keptFinishedJobs = 20;

const failedWorker = {
  code: 'internal',
  message: 'Indlæsningen stoppede uventet. Databasen er uændret. Prøv igen, eller kontakt support.',
  headers: [],
  samples: [],
};

/**
 * The import worker's own heap limit: a hostile file that makes the reader (SheetJS above all)
 * grow without end ends the worker with ERR_WORKER_OUT_OF_MEMORY, reported as a refusal, instead
 * of growing the app to gigabytes. Measured on the format's largest extract, 200,000 rows as a
 * 52 MB workbook: it imports with a limit of 512 MB (63 s, the collector busy near the limit),
 * 768 MB (46 s) and 4,096 MB (33 s, the process peaking at 1 GB); 1.5 GB leaves it room to spare.
 * The limit is best-effort in Node (nodejs/node#47224): one allocation far past it can still
 * abort the process, which is why files are refused by size and zip structure before this.
 */
export const importWorkerLimits: ResourceLimits = { maxOldGenerationSizeMb: 1536 };

/** Why an import worker that ran out of its memory is refused: the file, not the app, is at fault. */
export const workerOutOfMemory = {
  code: 'extract.too_much_memory',
  message:
    'Filen kræver mere hukommelse, end en indlæsning må bruge, så den er afvist. Databasen er uændret. Et udtræk af forløbsplaner med op til 200.000 rækker kan indlæses; er filen større, så del den op.',
  headers: [],
  samples: [],
};

/**
 * Imports run in a worker thread with its own connection to the same SQLite file (WAL lets the
 * host keep reading meanwhile), so a 100,000-row file never freezes the window. The host polls
 * `status`; the renderer does the same over IPC or HTTP.
 */
export function createImportJobs(options: {
  dbPath: string;
  workerPath: string;
  actor: string;
  now: () => Date;
  /** Told what went wrong when a worker failed unexpectedly; the user sees only a plain message. */
  onWorkerError?: (error: unknown) => void;
  /** Tests only, from a host's test option: every import waits once at this point. */
  pause?: ImportPause;
  /** The worker's heap limits; `importWorkerLimits` unless a test needs a worker that runs out sooner. */
  resourceLimits?: ResourceLimits;
}): ImportJobs {
  const jobs = new Map<string, Job>();

  const running = () => [...jobs.values()].filter((job) => job.status.state === 'running' || job.status.state === 'cancelling');

  const forgetOldJobs = () => {
    const finished = [...jobs.entries()].filter(([, job]) => job.status.state !== 'running' && job.status.state !== 'cancelling');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - keptFinishedJobs))) jobs.delete(id);
  };

  const finish = (job: Job, change: Partial<ImportJobStatus>) => {
    if (job.status.state !== 'running' && job.status.state !== 'cancelling') return;
    job.status = { ...job.status, ...change };
    forgetOldJobs();
  };

  const find = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new ContractError('import.unknown_job', 'Indlæsningen findes ikke (længere). Vælg filen igen.');
    return job;
  };

  return {
    start(input) {
      if (running().length > 0) throw new ContractError('import.busy', 'En anden fil er ved at blive indlæst. Vent til den er færdig.');
      const jobId = randomUUID();
      const cancelFlag = new SharedArrayBuffer(4);
      const workerData: ImportWorkerData = {
        dbPath: options.dbPath,
        actor: options.actor,
        startedAt: options.now().toISOString(),
        input,
        cancelFlag,
        ...(options.pause ? { pause: options.pause } : {}),
      };
      const worker = new Worker(options.workerPath, { workerData, resourceLimits: options.resourceLimits ?? importWorkerLimits });
      const job: Job = {
        status: { jobId, state: 'running', phase: 'opening', done: 0, total: 0 },
        worker,
        cancelFlag: new Int32Array(cancelFlag),
      };
      jobs.set(jobId, job);
      worker.on('message', (message: ImportWorkerMessage) => {
        if (message.type === 'progress') {
          if (job.status.state === 'running' || job.status.state === 'cancelling') job.status = { ...job.status, ...message.progress };
        } else if (message.type === 'done') {
          finish(job, { state: 'done', report: message.report });
        } else if (message.type === 'failed') {
          finish(job, { state: 'failed', error: message.error });
        } else {
          finish(job, { state: 'cancelled' });
        }
      });
      worker.on('error', (error) => {
        options.onWorkerError?.(error);
        const outOfMemory = (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish(job, { state: 'failed', error: outOfMemory ? workerOutOfMemory : failedWorker });
      });
      worker.on('exit', () => finish(job, { state: 'failed', error: failedWorker }));
      return jobId;
    },
    status: (jobId) => find(jobId).status,
    cancel(jobId) {
      const job = find(jobId);
      if (job.status.state === 'running') {
        Atomics.store(job.cancelFlag, 0, 1);
        job.status = { ...job.status, state: 'cancelling' };
      }
      return job.status;
    },
    busy: () => running().length > 0,
    async close() {
      await Promise.all(running().map((job) => job.worker.terminate()));
    },
  };
}
