import type { CarePlan, ExtractField, PrimarySite, Sex, UalbBand } from '../care-plan';
import { parseCpr } from '../cpr';
import {
  isTick,
  parseBloodPressure,
  parseDateCell,
  parseDiagnosis,
  parseDiastolic,
  parseHba1c,
  parseHba1cTarget,
  parsePrimarySite,
  parseSex,
  parseSmoking,
  parseSystolic,
  parseText,
  parseUalb,
  parseYesNo,
  type CellParse,
  type DateCellContext,
} from './cell-values';
import type { CellWarning, ColumnMapping, ImportNote, RawRow, RejectedRow } from './extract-result';
import type { CellTable } from './header-row';

/**
 * One data row read into care-plan fields, before duplicates are merged and defaults applied:
 * `sex`, `diabetesType` and `primarySite` stay null when the row does not say, so a merge can
 * take them from another row of the same patient.
 */
export interface PlanDraft {
  line: number;
  cpr: string;
  birthDate: string;
  cprSex: Sex;
  name: string | null;
  sex: Sex | null;
  practice: string | null;
  gp: string | null;
  diabetesType: 1 | 2 | null;
  primarySite: PrimarySite | null;
  hba1c: number | null;
  hba1cDate: string | null;
  hba1cTarget: number | null;
  bpSystolic: number | null;
  bpDiastolic: number | null;
  ualb: UalbBand | null;
  smoking: boolean | null;
  aceAt2: boolean | null;
  statin: boolean | null;
  annualCheck: string | null;
  eyeExam: string | null;
  footExam: string | null;
  rehab: boolean | null;
  phone: string | null;
}

export interface PlanRows {
  rowsRead: number;
  rows: RawRow[];
  drafts: PlanDraft[];
  rejected: RejectedRow[];
  warnings: CellWarning[];
  notes: ImportNote[];
}

type MappedColumn = ColumnMapping & { field: ExtractField };

const yesNoFields: ReadonlySet<ExtractField> = new Set(['ace_at2', 'statin', 'rehab']);

/**
 * Reads the data rows under the header row. Empty rows are skipped and not counted; a row without
 * a valid CPR is rejected but still counted and kept raw; an unusable cell becomes a warning and its
 * field counts as missing.
 */
export function readPlanRows(
  table: CellTable,
  headerIndex: number,
  columns: readonly ColumnMapping[],
  dateContext: DateCellContext,
): PlanRows {
  const cprColumn = columns.find((column) => column.field === 'cpr');
  if (cprColumn === undefined) throw new RangeError('readPlanRows needs a CPR column');
  // The combined BP column is read first, so separate systolic/diastolic columns win when they hold a value.
  const fieldColumns = columns
    .filter((column): column is MappedColumn => column.field !== null && column.field !== 'cpr')
    .sort((a, b) => (a.field === 'bp' ? 0 : 1) - (b.field === 'bp' ? 0 : 1));
  const tickColumns = findTickColumns(table, headerIndex, fieldColumns);
  const result: PlanRows = { rowsRead: 0, rows: [], drafts: [], rejected: [], warnings: [], notes: [] };

  for (let r = headerIndex + 1; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    if (isEmptyRow(cells)) continue;
    const line = table.lines[r] ?? r + 1;
    result.rowsRead++;
    result.rows.push({ line, cells: rawCells(cells, columns) });
    const cpr = parseCpr(cells[cprColumn.index] ?? '');
    if (!cpr.ok) {
      result.rejected.push({ line, reason: cpr.reason });
      continue;
    }
    const draft = emptyDraft(line, cpr.cpr, cpr.birthDate, cpr.sex);
    const at: CellAt = { line, column: '', raw: '', result };
    for (const column of fieldColumns) {
      at.column = column.header;
      at.raw = cells[column.index] ?? '';
      readCell(draft, column.field, at, tickColumns.has(column.index), dateContext);
    }
    result.drafts.push(draft);
  }
  return result;
}

function emptyDraft(line: number, cpr: string, birthDate: string, cprSex: Sex): PlanDraft {
  return {
    line,
    cpr,
    birthDate,
    cprSex,
    name: null,
    sex: null,
    practice: null,
    gp: null,
    diabetesType: null,
    primarySite: null,
    hba1c: null,
    hba1cDate: null,
    hba1cTarget: null,
    bpSystolic: null,
    bpDiastolic: null,
    ualb: null,
    smoking: null,
    aceAt2: null,
    statin: null,
    annualCheck: null,
    eyeExam: null,
    footExam: null,
    rehab: null,
    phone: null,
  };
}

function isEmptyRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.length > 0 && cell.trim() !== '') return false;
  return true;
}

function rawCells(cells: readonly string[], columns: readonly ColumnMapping[]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const column of columns) raw[column.header] = cells[column.index] ?? '';
  return raw;
}

/** Where a cell is, for its warning or note. */
interface CellAt {
  line: number;
  column: string;
  raw: string;
  result: PlanRows;
}

/** The cell's value; an unusable cell becomes a warning (and null), a note is passed on. */
function take<T>(parsed: CellParse<T>, at: CellAt): T | null {
  if (parsed.ok) {
    if (parsed.note !== undefined) at.result.notes.push({ line: at.line, reason: parsed.note });
    return parsed.value;
  }
  at.result.warnings.push({ line: at.line, column: at.column, reason: parsed.reason, raw: at.raw });
  return null;
}

/** Yes/no columns filled only with `x` ticks: there an empty cell means no. */
function findTickColumns(table: CellTable, headerIndex: number, columns: readonly MappedColumn[]): Set<number> {
  const ticks = new Set<number>();
  for (const column of columns) {
    if (!yesNoFields.has(column.field)) continue;
    let sawTick = false;
    let onlyTicks = true;
    for (let r = headerIndex + 1; r < table.rows.length && onlyTicks; r++) {
      const raw = table.rows[r]?.[column.index] ?? '';
      if (raw.trim() === '') continue;
      if (isTick(raw)) sawTick = true;
      else onlyTicks = false;
    }
    if (sawTick && onlyTicks) ticks.add(column.index);
  }
  return ticks;
}

/** Sets the draft's field from one cell. `at` is reused across a row's cells to spare an object per cell. */
function readCell(draft: PlanDraft, field: ExtractField, at: CellAt, tickColumn: boolean, dateContext: DateCellContext): void {
  const raw = at.raw;
  switch (field) {
    case 'name':
      draft.name = parseText(raw);
      return;
    case 'practice':
      draft.practice = parseText(raw);
      return;
    case 'gp':
      draft.gp = parseText(raw);
      return;
    case 'phone':
      draft.phone = parseText(raw);
      return;
    case 'sex':
      draft.sex = take(parseSex(raw), at);
      return;
    case 'diagnosis':
      draft.diabetesType = take(parseDiagnosis(raw), at);
      return;
    case 'primary_site':
      draft.primarySite = take(parsePrimarySite(raw), at);
      return;
    case 'hba1c':
      draft.hba1c = take(parseHba1c(raw), at);
      return;
    case 'hba1c_date':
      draft.hba1cDate = take(parseDateCell(raw, dateContext), at);
      return;
    case 'hba1c_target':
      draft.hba1cTarget = take(parseHba1cTarget(raw), at);
      return;
    case 'bp': {
      const pressure = take(parseBloodPressure(raw), at);
      if (pressure !== null) {
        draft.bpSystolic = pressure.systolic;
        draft.bpDiastolic = pressure.diastolic;
      }
      return;
    }
    case 'bp_systolic':
      draft.bpSystolic = take(parseSystolic(raw), at) ?? draft.bpSystolic;
      return;
    case 'bp_diastolic':
      draft.bpDiastolic = take(parseDiastolic(raw), at) ?? draft.bpDiastolic;
      return;
    case 'ualb':
      draft.ualb = take(parseUalb(raw), at);
      return;
    case 'smoking':
      draft.smoking = take(parseSmoking(raw), at);
      return;
    case 'ace_at2':
      draft.aceAt2 = take(parseYesNo(raw, tickColumn ? false : null), at);
      return;
    case 'statin':
      draft.statin = take(parseYesNo(raw, tickColumn ? false : null), at);
      return;
    case 'rehab':
      draft.rehab = take(parseYesNo(raw, tickColumn ? false : null), at);
      return;
    case 'annual_check':
      draft.annualCheck = take(parseDateCell(raw, dateContext), at);
      return;
    case 'eye_exam':
      draft.eyeExam = take(parseDateCell(raw, dateContext), at);
      return;
    case 'foot_exam':
      draft.footExam = take(parseDateCell(raw, dateContext), at);
      return;
    case 'cpr':
      return;
  }
}

/**
 * The care plan a (merged) draft describes, with the format's defaults for what the file left
 * out: sex from the CPR number, type 2 diabetes, followed in general practice.
 */
export function toCarePlan(draft: PlanDraft): CarePlan {
  return {
    cpr: draft.cpr,
    birthDate: draft.birthDate,
    name: draft.name,
    sex: draft.sex ?? draft.cprSex,
    practice: draft.practice,
    gp: draft.gp,
    diabetesType: draft.diabetesType ?? 2,
    primarySite: draft.primarySite ?? 'general_practice',
    hba1c: draft.hba1c,
    hba1cDate: draft.hba1cDate,
    hba1cTarget: draft.hba1cTarget,
    bpSystolic: draft.bpSystolic,
    bpDiastolic: draft.bpDiastolic,
    ualb: draft.ualb,
    smoking: draft.smoking,
    aceAt2: draft.aceAt2,
    statin: draft.statin,
    annualCheck: draft.annualCheck,
    eyeExam: draft.eyeExam,
    footExam: draft.footExam,
    rehab: draft.rehab,
    phone: draft.phone,
  };
}
