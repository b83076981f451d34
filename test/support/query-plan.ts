import { join } from 'node:path';
import { openDatabase } from '../../core/db/connection';

/**
 * SQLite's plan for a statement on a new database with the newest schema, one line per step,
 * for the tests that insist hot queries use an index. `dir` is the test's temporary folder.
 */
export function queryPlan(dir: string, statement: string, ...params: unknown[]): string {
  const db = openDatabase(join(dir, 'plan.sqlite'));
  const rows = db.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${statement}`).all(...params);
  db.close();
  return rows.map((row) => row.detail).join('\n');
}
