import { z } from 'zod';
import type { FollowUpFlag } from '../follow-up-rules';
import type { Table, TableColumn } from './table';

/**
 * A recall list as it leaves the app: the columns a user can choose from (Danish headers) and
 * the row of one patient. The lists themselves are made by the follow-up service; this only
 * says how a row is shown.
 */

export const recallColumnKeys = ['name', 'cpr', 'gp', 'phone', 'flags', 'lastAnnualCheck', 'lastEyeExam', 'lastFootExam'] as const;
export const recallColumnKeySchema = z.enum(recallColumnKeys);
export type RecallColumnKey = z.infer<typeof recallColumnKeySchema>;

export const recallColumns: Readonly<Record<RecallColumnKey, TableColumn>> = {
  name: { key: 'name', header: 'Navn', kind: 'text' },
  cpr: { key: 'cpr', header: 'CPR-nr.', kind: 'text' },
  gp: { key: 'gp', header: 'Læge', kind: 'text' },
  phone: { key: 'phone', header: 'Telefon', kind: 'text' },
  flags: { key: 'flags', header: 'Mangler', kind: 'text' },
  lastAnnualCheck: { key: 'lastAnnualCheck', header: 'Seneste årskontrol', kind: 'date' },
  lastEyeExam: { key: 'lastEyeExam', header: 'Seneste øjenundersøgelse', kind: 'date' },
  lastFootExam: { key: 'lastFootExam', header: 'Seneste fodundersøgelse', kind: 'date' },
};

/** What a list shows when the user has not chosen: everything but the phone number. */
export const defaultRecallColumns: readonly RecallColumnKey[] = ['name', 'cpr', 'gp', 'flags', 'lastAnnualCheck', 'lastEyeExam', 'lastFootExam'];

export interface RecallRow {
  cpr: string;
  name: string | null;
  gp: string | null;
  phone: string | null;
  flags: readonly FollowUpFlag[];
  lastAnnualCheck: string | null;
  lastEyeExam: string | null;
  lastFootExam: string | null;
}

const examinations: Record<FollowUpFlag, string> = {
  annual_overdue: 'årskontrol',
  eye_missing: 'øjenundersøgelse',
  foot_missing: 'fodundersøgelse',
};

/** What the patient is called in for, as a letter says it: `årskontrol, øjenundersøgelse og fodundersøgelse`. */
export function examinationText(flags: readonly FollowUpFlag[]): string {
  const names = flags.map((flag) => examinations[flag]);
  if (names.length <= 1) return names[0] ?? 'kontrol';
  return `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/** `DDMMYY-SSSS`, as Danish lists write a CPR number. */
function cprText(cpr: string): string {
  return cpr.length === 10 ? `${cpr.slice(0, 6)}-${cpr.slice(6)}` : cpr;
}

export function recallTable(title: string, rows: readonly RecallRow[], columns: readonly RecallColumnKey[]): Table {
  return {
    title,
    columns: columns.map((key) => recallColumns[key]),
    rows: rows.map((row) => ({
      name: row.name,
      cpr: cprText(row.cpr),
      gp: row.gp,
      phone: row.phone,
      flags: row.flags.length > 0 ? examinationText(row.flags) : null,
      lastAnnualCheck: row.lastAnnualCheck,
      lastEyeExam: row.lastEyeExam,
      lastFootExam: row.lastFootExam,
    })),
  };
}
