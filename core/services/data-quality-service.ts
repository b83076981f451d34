import { absentValuesOf, missingFields, missingFieldsOf, patientLimit, type DataQuality, type MissingField } from '../../shared/data-quality';
import { parseCpr } from '../../shared/cpr';
import { visibleName } from '../../shared/display-text';
import type { AppContext } from '../app-context';
import { carriedFieldsOfBatch } from './batch-fields';
import { isActiveSnapshot, planFromSnapshotRow } from './snapshot-rows';

/**
 * What to fix in XMO before recalling: the newest extract's unusable cells, and every active
 * patient (in that extract, followed in general practice) whose care plan lacks a value. A value
 * missing for every patient is a column the extract does not have: it is named once instead of
 * being blamed on each patient; an empty column the extract does have is a list of patients to fix.
 */
export function dataQuality(ctx: AppContext, only?: MissingField): DataQuality {
  const counts = Object.fromEntries(missingFields.map((field) => [field, 0])) as Record<MissingField, number>;
  const current = ctx.queries.currentBatch();
  if (!current) return { extractDate: null, fileName: null, warnings: [], absentColumns: [], patientsTotal: 0, patients: [], counts };
  const carried = carriedFieldsOfBatch(current);
  const patients: DataQuality['patients'] = [];
  let patientsTotal = 0;
  for (const row of ctx.queries.patientSnapshotsForBatch(current.id)) {
    if (!isActiveSnapshot(row)) continue;
    const plan = planFromSnapshotRow(row);
    const missing = missingFieldsOf(plan, carried);
    for (const field of missing) counts[field]++;
    if (missing.length === 0 || (only !== undefined && !missing.includes(only))) continue;
    patientsTotal++;
    if (patients.length < patientLimit) patients.push({ cpr: row.cpr, name: plan.name, gp: plan.gp, missing });
  }
  const absentColumns = absentValuesOf(carried);
  const issues = ctx.queries.issuesForBatch(current.id).filter((issue) => issue.kind === 'warning');
  const patientOfLine = patientsOfLines(ctx, current.id, new Set(issues.map((issue) => issue.line)));
  const warnings = issues.map((issue) => ({
    line: issue.line,
    column: issue.column_name,
    reason: issue.reason,
    raw: issue.raw,
    cpr: patientOfLine.get(issue.line)?.cpr ?? null,
    name: patientOfLine.get(issue.line)?.name ?? null,
  }));
  return { extractDate: current.extract_date, fileName: current.file_name, warnings, absentColumns, patientsTotal, patients, counts };
}

/**
 * Whose row each warned line is, from the rows as the file had them: the first cell that is a
 * valid CPR number (whatever the practice called the column), and the name from the snapshot.
 */
function patientsOfLines(ctx: AppContext, batchId: number, lines: ReadonlySet<number>): Map<number, { cpr: string; name: string | null }> {
  const found = new Map<number, { cpr: string; name: string | null }>();
  if (lines.size === 0) return found;
  const names = new Map(ctx.queries.snapshotsForBatch(batchId).map((row) => [row.cpr, visibleName(row.name)]));
  for (const row of ctx.importQueries.rawRowsForBatch(batchId)) {
    if (!lines.has(row.line)) continue;
    for (const cell of Object.values(row.cells)) {
      const parsed = parseCpr(cell);
      if (parsed.ok) {
        found.set(row.line, { cpr: parsed.cpr, name: names.get(parsed.cpr) ?? null });
        break;
      }
    }
  }
  return found;
}
