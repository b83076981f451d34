import { z } from 'zod';
import { parseCpr } from './cpr';
import type { ExtractRead } from './import/extract-result';
import { rawRowList } from './import/raw-rows';

/**
 * Checks that protect the lists from a file that is not what it seems. A file in which no row
 * gives a valid patient is refused outright; a file that would make most of the practice's
 * patients disappear, or that rejects many of its rows, is imported only once the user has seen
 * why it looks wrong and confirmed it (`--force` in the CLI).
 */

/** More than this share of the current patients absent from the new extract needs a confirmation. */
export const absentShareLimit = 1 / 2;
/** More than this share of the file's rows rejected needs a confirmation. */
export const rejectedShareLimit = 1 / 5;

export const importRiskSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('many_absent'), absent: z.number().int(), current: z.number().int() }),
  z.object({ kind: z.literal('many_rejected'), rejected: z.number().int(), rowsRead: z.number().int() }),
]);
export type ImportRisk = z.infer<typeof importRiskSchema>;

export interface RiskCounts {
  /** Patients of the current extract that the new one would leave out; 0 when it would not become current. */
  absent: number;
  /** Patients of the current extract (0 on the first import). */
  current: number;
  rejected: number;
  rowsRead: number;
}

export function importRisks(counts: RiskCounts): ImportRisk[] {
  const risks: ImportRisk[] = [];
  if (counts.current > 0 && counts.absent > counts.current * absentShareLimit) {
    risks.push({ kind: 'many_absent', absent: counts.absent, current: counts.current });
  }
  if (counts.rowsRead > 0 && counts.rejected > counts.rowsRead * rejectedShareLimit) {
    risks.push({ kind: 'many_rejected', rejected: counts.rejected, rowsRead: counts.rowsRead });
  }
  return risks;
}

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)} %`;

/** One Danish sentence per risk, for the CLI and the log; the app words them from the same numbers. */
export function riskSentence(risk: ImportRisk): string {
  if (risk.kind === 'many_absent') {
    return `${risk.absent} af de ${risk.current} patienter i det nuværende udtræk (${percent(risk.absent, risk.current)}) er ikke i filen og ville forsvinde fra listerne.`;
  }
  return `${risk.rejected} af filens ${risk.rowsRead} rækker (${percent(risk.rejected, risk.rowsRead)}) er afvist, fordi CPR-nummeret mangler eller er forkert.`;
}

/**
 * Why no row gave a patient, as the user can act on it. When another column holds valid CPR
 * numbers, the headers are most likely shifted against the values; the message names both columns.
 */
export function noValidPatientReason(read: Pick<ExtractRead, 'columns' | 'raw' | 'rowsRead' | 'rejected'>): string {
  const cprColumn = read.columns.find((column) => column.field === 'cpr');
  const rows = rawRowList(read.raw).slice(0, 50);
  const holder = read.columns.find(
    (column) => column !== cprColumn && rows.filter((row) => parseCpr(row.cells[column.index] ?? '').ok).length > rows.length / 2,
  );
  const first = read.rejected[0];
  const example = first ? ` (række ${first.line}: ${first.reason})` : '';
  const base = `Ingen af filens ${read.rowsRead} rækker har et gyldigt CPR-nummer i kolonnen »${cprColumn?.header ?? 'CPR'}«${example}.`;
  const cause = holder
    ? ` CPR-numrene står i kolonnen »${holder.header}«: overskrifterne er sandsynligvis forskudt en kolonne i forhold til værdierne. Tag et nyt udtræk fra XMO, eller ret overskriftslinjen.`
    : ' Måske er overskrifterne forskudt i forhold til værdierne, eller CPR-kolonnen holder noget andet. Tag et nyt udtræk fra XMO.';
  return `${base}${cause} Databasen er ikke ændret.`;
}
