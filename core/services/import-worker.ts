import { parentPort, workerData } from 'node:worker_threads';
import { ContractError } from '../../shared/contract';
import { openAppContext } from '../app-context';
import type { ImportWorkerData, ImportWorkerMessage } from './import-jobs';
import { holdAt } from './import-pause';
import { ExtractRefusedError, ImportCancelledError, ImportNeedsConfirmationError, importExtract } from './import-service';

/**
 * The worker thread of one import (`import-jobs.ts`): its own connection to the database, one
 * `importExtract`, progress posted as it goes, and a last message saying how it ended.
 */
function run(data: ImportWorkerData, post: (message: ImportWorkerMessage) => void): void {
  const cancelFlag = new Int32Array(data.cancelFlag);
  const ctx = openAppContext(data.dbPath, { actor: data.actor, now: () => new Date(data.startedAt) });
  // Posted before the hold, so the host shows exactly the progress the test waits at.
  const hold = data.pause ? holdAt(data.pause) : () => {};
  try {
    const report = importExtract(ctx, data.input, {
      onProgress: (progress) => {
        post({ type: 'progress', progress });
        hold(progress);
      },
      isCancelled: () => Atomics.load(cancelFlag, 0) === 1,
    });
    post({ type: 'done', report });
  } catch (error) {
    if (error instanceof ImportCancelledError) post({ type: 'cancelled' });
    else if (error instanceof ImportNeedsConfirmationError) {
      post({ type: 'failed', error: { code: error.code, message: error.message, headers: [], samples: [], risks: [...error.risks] } });
    } else if (error instanceof ExtractRefusedError) {
      post({ type: 'failed', error: { code: error.code, message: error.message, headers: [...error.headers], samples: error.samples.map((values) => [...values]) } });
    } else if (error instanceof ContractError) post({ type: 'failed', error: { code: error.code, message: error.message, headers: [], samples: [] } });
    else throw error;
  } finally {
    ctx.db.close();
  }
}

if (parentPort === null) throw new Error('import-worker runs only as a worker thread');
const port = parentPort;
run(workerData as ImportWorkerData, (message) => port.postMessage(message));
