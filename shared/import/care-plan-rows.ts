import type { CarePlan, ExtractField } from '../care-plan';
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
import type { CellTable } from './cell-table';
import { firstHeaderlessColumn, type HeaderRow } from './header-row';
import type { CellWarning, ColumnMapping, ImportNote, RawRows, RejectedRow, RowProgress } from './extract-result';

/** Fields a care plan always has, filled with the format's default when a row leaves them out. */
export const stated = { sex: 1, diabetesType: 2, primarySite: 4 } as const;

/**
 * One data row read as a care plan. `plan` already holds the defaults for what the row left out
 * (sex from the CPR number, type 2 diabetes, general practice); `stated` has a bit (see `stated`)
 * for each of those the row gave itself, so a merge can prefer a stated value over a default.
 * The plan is built once and handed on as is: at 200,000 rows every copy counts.
 */
export interface PlanDraft {
  plan: CarePlan;
  line: number;
  stated: number;
}

export interface PlanRows {
  rowsRead: number;
  raw: RawRows;
  /** Columns without a header in which some row has data. */
  headerless: Set<number>;
  drafts: PlanDraft[];
  rejected: RejectedRow[];
  warnings: CellWarning[];
  notes: ImportNote[];
}

type MappedColumn = ColumnMapping & { field: ExtractField };

type YesNoField = 'aceAt2' | 'statin' | 'rehab';
const yesNoFields: Partial<Record<ExtractField, YesNoField>> = { ace_at2: 'aceAt2', statin: 'statin', rehab: 'rehab' };

/**
 * A yes/no column on its way through the rows. A column filled only with `x` ticks is one where an
 * empty cell means no; that is known only at the end, so its empty cells are read as not registered
 * and the plans they belong to noted, to be made no if the column turns out to hold nothing but ticks.
 */
interface YesNoColumn {
  index: number;
  field: YesNoField;
  sawTick: boolean;
  onlyTicks: boolean;
  emptyIn: CarePlan[];
}

/**
 * Reads the data rows under the header row. Empty rows are skipped and not counted; a row without
 * a valid CPR is rejected but still counted and kept raw; an unusable cell becomes a warning and its
 * field counts as missing. Notes on the way which columns without a header hold data, so the
 * table is gone through once, not once more for that.
 */
export function readPlanRows(
  table: CellTable,
  header: HeaderRow,
  columns: readonly ColumnMapping[],
  dateContext: DateCellContext,
  onRows?: RowProgress,
): PlanRows {
  const cprColumn = columns.find((column) => column.field === 'cpr');
  if (cprColumn === undefined) throw new RangeError('readPlanRows needs a CPR column');
  // The combined BP column is read first, so separate systolic/diastolic columns win when they hold a value.
  const headerIndex = header.index;
  const mappedColumns = columns
    .filter((column): column is MappedColumn => column.field !== null && column.field !== 'cpr')
    .sort((a, b) => (a.field === 'bp' ? 0 : 1) - (b.field === 'bp' ? 0 : 1));
  const yesNoColumns: YesNoColumn[] = mappedColumns.flatMap((column) => {
    const field = yesNoFields[column.field];
    return field === undefined ? [] : [{ index: column.index, field, sawTick: false, onlyTicks: true, emptyIn: [] }];
  });
  const firstHeaderless = firstHeaderlessColumn(header);
  const source = table.source;
  // A text file's rows are kept as where they are in its text; the cells cut from it go as soon as the row is read.
  const raw: RawRows =
    source === undefined
      ? { kind: 'cells', rows: [] }
      : { kind: 'text', text: source.text, delimiter: source.delimiter, lines: [], starts: [], ends: [] };
  const result: PlanRows = { rowsRead: 0, raw, headerless: new Set(), drafts: [], rejected: [], warnings: [], notes: [] };

  // One for all the cells read: a warning copies what it needs from it.
  const at: CellAt = { line: 0, column: '', raw: '', result };
  const total = table.rowCount - headerIndex - 1;
  for (let r = headerIndex + 1; r < table.rowCount; r++) {
    if (onRows !== undefined && (r - headerIndex - 1) % progressEvery === 0) onRows(r - headerIndex - 1, total);
    const cells = table.cells(r);
    if (isEmptyRow(cells)) continue;
    const line = table.line(r);
    result.rowsRead++;
    for (let index = firstHeaderless; index < cells.length; index++) {
      if ((header.cells[index] ?? '') === '' && (cells[index] ?? '').trim() !== '') result.headerless.add(index);
    }
    for (const column of yesNoColumns) {
      if (!column.onlyTicks) continue;
      const text = (cells[column.index] ?? '').trim();
      if (text === '') continue;
      if (isTick(text)) {
        column.sawTick = true;
      } else {
        column.onlyTicks = false;
        column.emptyIn = [];
      }
    }
    if (raw.kind === 'cells') {
      raw.rows.push({ line, cells });
    } else if (source !== undefined) {
      raw.lines.push(line);
      raw.starts.push(source.starts[r] ?? source.end);
      raw.ends.push(source.starts[r + 1] ?? source.end);
    }
    const cpr = parseCpr(cells[cprColumn.index] ?? '');
    if (!cpr.ok) {
      result.rejected.push({ line, reason: cpr.reason });
      continue;
    }
    const draft: PlanDraft = { plan: defaultPlan(cpr.cpr, cpr.birthDate, cpr.sex), line, stated: 0 };
    at.line = line;
    for (const column of mappedColumns) {
      at.column = column.header;
      at.raw = cells[column.index] ?? '';
      readCell(draft, column.field, at, dateContext);
    }
    for (const column of yesNoColumns) {
      if (column.onlyTicks && draft.plan[column.field] === null) column.emptyIn.push(draft.plan);
    }
    result.drafts.push(draft);
  }
  for (const column of yesNoColumns) {
    if (column.sawTick && column.onlyTicks) for (const plan of column.emptyIn) plan[column.field] = false;
  }
  onRows?.(total, total);
  return result;
}

/** Rows between two progress calls: often enough for a smooth bar, rare enough to cost nothing. */
const progressEvery = 2000;

/** A plan with nothing registered yet but what the CPR number tells, and the format's defaults. */
export function defaultPlan(cpr: string, birthDate: string, sex: CarePlan['sex']): CarePlan {
  return {
    cpr,
    birthDate,
    name: null,
    sex,
    practice: null,
    gp: null,
    diabetesType: 2,
    primarySite: 'general_practice',
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

/** A row with no cell that holds more than spaces: skipped, not counted, not kept. */
export function isEmptyRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.length > 0 && cell.trim() !== '') return false;
  return true;
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

/** Sets the plan's field from one cell. `at` is reused across the cells to spare an object per cell. */
function readCell(draft: PlanDraft, field: ExtractField, at: CellAt, dateContext: DateCellContext): void {
  const raw = at.raw;
  const plan = draft.plan;
  switch (field) {
    case 'name':
      plan.name = parseText(raw);
      return;
    case 'practice':
      plan.practice = parseText(raw);
      return;
    case 'gp':
      plan.gp = parseText(raw);
      return;
    case 'phone':
      plan.phone = parseText(raw);
      return;
    case 'sex': {
      const sex = take(parseSex(raw), at);
      if (sex !== null) {
        plan.sex = sex;
        draft.stated |= stated.sex;
      }
      return;
    }
    case 'diagnosis': {
      const diabetesType = take(parseDiagnosis(raw), at);
      if (diabetesType !== null) {
        plan.diabetesType = diabetesType;
        draft.stated |= stated.diabetesType;
      }
      return;
    }
    case 'primary_site': {
      const primarySite = take(parsePrimarySite(raw), at);
      if (primarySite !== null) {
        plan.primarySite = primarySite;
        draft.stated |= stated.primarySite;
      }
      return;
    }
    case 'hba1c':
      plan.hba1c = take(parseHba1c(raw), at);
      return;
    case 'hba1c_date':
      plan.hba1cDate = take(parseDateCell(raw, dateContext), at);
      return;
    case 'hba1c_target':
      plan.hba1cTarget = take(parseHba1cTarget(raw), at);
      return;
    case 'bp': {
      const pressure = take(parseBloodPressure(raw), at);
      if (pressure !== null) {
        plan.bpSystolic = pressure.systolic;
        plan.bpDiastolic = pressure.diastolic;
      }
      return;
    }
    case 'bp_systolic':
      plan.bpSystolic = take(parseSystolic(raw), at) ?? plan.bpSystolic;
      return;
    case 'bp_diastolic':
      plan.bpDiastolic = take(parseDiastolic(raw), at) ?? plan.bpDiastolic;
      return;
    case 'ualb':
      plan.ualb = take(parseUalb(raw), at);
      return;
    case 'smoking':
      plan.smoking = take(parseSmoking(raw), at);
      return;
    case 'ace_at2':
      plan.aceAt2 = take(parseYesNo(raw), at);
      return;
    case 'statin':
      plan.statin = take(parseYesNo(raw), at);
      return;
    case 'rehab':
      plan.rehab = take(parseYesNo(raw), at);
      return;
    case 'annual_check':
      plan.annualCheck = take(parseDateCell(raw, dateContext), at);
      return;
    case 'eye_exam':
      plan.eyeExam = take(parseDateCell(raw, dateContext), at);
      return;
    case 'foot_exam':
      plan.footExam = take(parseDateCell(raw, dateContext), at);
      return;
    case 'cpr':
      return;
  }
}
