import { describe, expect, it } from 'vitest';
import { sql } from '../../../core/db/queries';
import { sql as recallSql } from '../../../core/db/recall-queries';
import { queryPlan } from '../../support/query-plan';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

const plan = (statement: string, ...params: unknown[]): string => queryPlan(tempDir(), statement, ...params);

/** The statements run on every screen and import must use an index, never scan a whole table. */
describe('hot query plans', () => {
  it('finds the current batch through its date index', () => {
    expect(plan(sql.currentBatch)).toMatch(/SCAN import_batches USING (COVERING )?INDEX import_batches_by_date/);
  });

  it("reads one batch's snapshots by primary key and joins patients by CPR", () => {
    const detail = plan(sql.patientSnapshotsForBatch, 1);
    expect(detail).toMatch(/SEARCH s USING PRIMARY KEY \(batch_id=\?\)/);
    expect(detail).toMatch(/SEARCH p USING PRIMARY KEY \(cpr=\?\)/);
    expect(detail).not.toMatch(/SCAN (s|p)\b/);
  });

  it('finds the extract preceding a date through the date index', () => {
    expect(plan(sql.precedingBatch, '2026-05-31')).toMatch(/SEARCH import_batches USING INDEX import_batches_by_date \(extract_date<\?\)/);
  });

  it('looks a file hash up by its unique index', () => {
    expect(plan(sql.batchByHash, 'x')).toMatch(/SEARCH import_batches USING INDEX sqlite_autoindex_import_batches_1 \(file_hash=\?\)/);
  });

  it("reads one batch's issues by its index", () => {
    expect(plan(sql.issuesForBatch, 1)).toMatch(/SEARCH import_issues USING INDEX import_issues_by_batch \(batch_id=\?\)/);
  });

  it("reads one patient's contact history and snapshots through their CPR indexes (the patient panel)", () => {
    expect(plan(recallSql.contactEventsOf, '6105504013')).toMatch(/SEARCH contact_events USING INDEX contact_events_by_patient \(cpr=\?\)/);
    const history = plan(recallSql.snapshotHistoryOf, '6105504013');
    expect(history).toMatch(/SEARCH s USING (COVERING )?INDEX snapshots_by_patient \(cpr=\?\)|SEARCH s USING PRIMARY KEY/);
    expect(history).toMatch(/SEARCH b USING INTEGER PRIMARY KEY \(rowid=\?\)/);
  });

  it('finds the extract before the latest through the date index (what changed between extracts)', () => {
    const detail = plan(recallSql.batchBefore, { date: '2026-11-20', id: 2 });
    expect(detail).toMatch(/SEARCH import_batches USING INDEX import_batches_by_date \(extract_date<\?\)/);
    expect(detail).not.toMatch(/USE TEMP B-TREE/);
  });

  it('finds the patients confirmed as moved or dead in one pass in CPR order, with no sort of its own', () => {
    // One read of the contact events per opening of the lists, as the worklist itself makes.
    expect(plan(recallSql.goneCprs)).toBe('SCAN contact_events USING INDEX contact_events_by_patient');
  });
});
