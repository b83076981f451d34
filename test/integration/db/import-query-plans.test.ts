import { describe, expect, it } from 'vitest';
import { sql } from '../../../core/db/import-queries';
import { queryPlan } from '../../support/query-plan';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

const plan = (statement: string, ...params: unknown[]): string => queryPlan(tempDir(), statement, ...params);

/** The import's own lookups go by primary key, never through a whole table. */
describe('import query plans', () => {
  it("reads a batch's raw row blocks, and the block holding one line, by primary key", () => {
    expect(plan(sql.rawRowBlocksForBatch, 1)).toMatch(/SEARCH raw_row_blocks USING PRIMARY KEY \(batch_id=\?\)/);
    expect(plan(sql.rawRowBlockAt, 1, 100)).toMatch(/SEARCH raw_row_blocks USING PRIMARY KEY \(batch_id=\? AND first_line<\?\)/);
  });

  it('counts new, changed and absent patients by primary key, scanning only the two batches', () => {
    const detail = plan(sql.countAgainstBatch, { batch: 2, other: 1 });
    expect(detail).not.toMatch(/SCAN (s|p)\b/);
    expect(detail.match(/SEARCH (s|p) USING PRIMARY KEY \(batch_id=\?( AND cpr=\?)?\)/g)?.length).toBeGreaterThanOrEqual(6);
  });

  it('finds a saved column mapping by its header set', () => {
    expect(plan(sql.profileByKey, '[]')).toMatch(/SEARCH column_profiles USING PRIMARY KEY \(header_key=\?\)/);
  });
});
