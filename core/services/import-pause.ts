import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPhaseSchema, type ImportPhase } from '../../shared/import-job';
import type { ImportProgress } from './import-service';

/**
 * For tests only: where an import stops and waits, so a test can look at the progress or cancel
 * at a known point instead of racing the worker. A host honours it only when started with its
 * test option (`--test-import-pause`); nothing in the app sets one.
 */
export interface ImportPause {
  phase: ImportPhase;
  /** The first progress of that phase with at least this many rows done. */
  atRows: number;
  /** The import writes `paused` here (its progress as JSON) and waits until `release` appears. */
  dir: string;
}

export const pausedFileName = 'paused';
export const releaseFileName = 'release';

/** `fase:rækker:mappe`, e.g. `reading:1000:/tmp/gate`; the folder may itself hold colons. */
export function parseImportPause(text: string): ImportPause {
  const [phase, rows, ...dir] = text.split(':');
  const parsedPhase = importPhaseSchema.safeParse(phase);
  const atRows = Number(rows);
  if (!parsedPhase.success || rows === undefined || !/^\d+$/.test(rows) || dir.length === 0 || dir.join(':') === '') {
    throw new Error(`--test-import-pause skal være fase:rækker:mappe (fase er opening, reading eller writing), ikke '${text}'.`);
  }
  return { phase: parsedPhase.data, atRows, dir: dir.join(':') };
}

/**
 * A progress observer that, once, blocks the (worker) thread at the chosen point until the test
 * releases it. The import is synchronous, so the wait is too: a sleep of 10 ms between looks.
 */
export function holdAt(pause: ImportPause): (progress: ImportProgress) => void {
  let held = false;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  return (progress) => {
    if (held || progress.phase !== pause.phase || progress.done < pause.atRows) return;
    held = true;
    writeFileSync(join(pause.dir, pausedFileName), JSON.stringify(progress));
    while (!existsSync(join(pause.dir, releaseFileName))) Atomics.wait(sleeper, 0, 0, 10);
  };
}
