import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoExtractFile } from '../../../shared/demo/demo-extract';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const cliPath = join(__dirname, '..', '..', '..', 'dist', 'node', 'cli.cjs');

interface DbState {
  integrity: string;
  batches: { id: number; patients_imported: number; rows_read: number; rows_rejected: number }[];
  snapshots: Record<number, number>;
  rawRows: Record<number, number>;
}

function inspect(path: string): DbState {
  const db = new Database(path);
  const state: DbState = {
    integrity: db.pragma('integrity_check', { simple: true }) as string,
    batches: db.prepare<[], DbState['batches'][number]>('SELECT id, patients_imported, rows_read, rows_rejected FROM import_batches ORDER BY id').all(),
    snapshots: Object.fromEntries(db.prepare<[], { b: number; n: number }>('SELECT batch_id AS b, count(*) AS n FROM snapshots GROUP BY batch_id').all().map((r) => [r.b, r.n])),
    rawRows: Object.fromEntries(db.prepare<[], { b: number; n: number }>('SELECT batch_id AS b, sum(row_count) AS n FROM raw_row_blocks GROUP BY batch_id').all().map((r) => [r.b, r.n])),
  };
  db.close();
  return state;
}

function importAndKill(file: string, db: string, delayMs: number): Promise<NodeJS.Signals | number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, 'import', file, '--db', db], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ?? code);
    });
  });
}

/**
 * An import killed at any moment (power cut, Task Manager) must leave a sound database that
 * holds the whole batch or none of it.
 */
describe('an import killed with SIGKILL', () => {
  it('leaves the database intact with all or nothing of the batch, at many random points', async () => {
    expect(existsSync(cliPath), 'Byg først: npm run build').toBe(true);
    const dir = tempDir();
    const base = join(dir, 'base.csv');
    const next = join(dir, 'next.csv');
    writeFileSync(base, demoExtractFile({ seed: 1, patients: 2_000, extractDate: '2026-05-31' }).bytes);
    writeFileSync(next, demoExtractFile({ seed: 2, patients: 20_000, extractDate: '2026-11-20' }).bytes);

    const started = performance.now();
    const timing = spawnSync(process.execPath, [cliPath, 'import', next, '--db', join(dir, 'timing.sqlite')]);
    expect(timing.status).toBe(0);
    const fullImportMs = performance.now() - started;

    const outcomes = { killed: 0, completed: 0, batchWritten: 0, batchAbsent: 0 };
    for (let run = 0; run < 16; run++) {
      const db = join(dir, `kill-${run}.sqlite`);
      expect(spawnSync(process.execPath, [cliPath, 'import', base, '--db', db]).status).toBe(0);
      const before = inspect(db);
      const exit = await importAndKill(next, db, Math.floor(Math.random() * fullImportMs * 1.1));
      if (exit === 'SIGKILL') outcomes.killed++;
      else outcomes.completed++;

      const after = inspect(db);
      expect(after.integrity).toBe('ok');
      expect(after.batches.slice(0, 1)).toEqual(before.batches);
      if (after.batches.length === 2) {
        const batch = after.batches[1]!;
        expect(after.snapshots[batch.id]).toBe(batch.patients_imported);
        expect(after.rawRows[batch.id]).toBe(batch.rows_read);
        outcomes.batchWritten++;
      } else {
        expect(after).toEqual(before);
        outcomes.batchAbsent++;
      }
    }
    console.log(`SIGKILL-test: ${JSON.stringify(outcomes)}, fuld indlæsning ${fullImportMs} ms`);
    expect(outcomes.killed).toBeGreaterThan(0);
  }, 180_000);
});
