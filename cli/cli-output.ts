import type { FlaggedPatient, Status } from '../shared/contract';
import { absentColumnsSentence } from '../shared/extract-columns';
import { fieldOfCheck } from '../shared/follow-up-states';
import type { ImportReport } from '../shared/import-report';

/** Danish, human-readable renderings of what the CLI prints without --json. */

const flagLabels: Record<string, string> = {
  annual_overdue: 'årskontrol overskredet',
  eye_missing: 'mangler øjenundersøgelse',
  foot_missing: 'mangler fodundersøgelse',
};

const show = (date: string | null) => date ?? '—';

export function formatImportReport(report: ImportReport): string {
  if (report.duplicateOf !== null) {
    return `Filen er allerede indlæst (indlæsning ${report.duplicateOf}, udtræk ${report.extractDate}). Intet er ændret.`;
  }
  const lines = [
    `Indlæst ${report.fileName} som indlæsning ${report.batchId}, udtræksdato ${report.extractDate}.`,
    `Rækker læst: ${report.rowsRead}. Patienter: ${report.patientsImported} (nye ${report.patientsNew}, ændrede ${report.patientsChanged}, fraværende siden sidst ${report.patientsAbsent}).`,
    `Afviste rækker: ${report.rowsRejected}. Advarsler: ${report.warnings.length}.`,
  ];
  if (!report.isCurrent) lines.push('Udtrækket er ældre end det nyeste og gemmes kun som historik.');
  for (const r of report.rejected) lines.push(`  Afvist, linje ${r.line}: ${r.reason}`);
  for (const w of report.warnings) lines.push(`  Advarsel, linje ${w.line}, ${w.column}: ${w.reason}`);
  for (const n of report.notes) lines.push(n.line === 0 ? `  Bemærkning: ${n.reason}` : `  Bemærkning, linje ${n.line}: ${n.reason}`);
  if (report.unknownColumns.length) lines.push(`Ukendte kolonner (gemt, ikke brugt): ${report.unknownColumns.join(', ')}`);
  const absent = absentColumnsSentence(report.absentChecks.map((check) => fieldOfCheck[check]), report.absentFields);
  if (absent) lines.push(absent);
  return lines.join('\n');
}

/** `listTitle` names the worklist shown (`flags --list`); without it, the patients with any flag. */
export function formatFlagsTable(asOf: string | null, patients: FlaggedPatient[], listTitle?: string): string {
  if (asOf === null) return 'Ingen udtræk er indlæst endnu.';
  const lines = [
    listTitle === undefined
      ? `${patients.length} patienter med opfølgningsflag pr. ${asOf}:`
      : `${patients.length} patienter på listen '${listTitle}' pr. ${asOf}:`,
  ];
  for (const p of patients) {
    lines.push(
      `${p.cpr.slice(0, 6)}-${p.cpr.slice(6)}  ${(p.name ?? '').padEnd(24)}  årskontrol ${show(p.lastAnnualCheck)}  øjne ${show(p.lastEyeExam)}  fødder ${show(p.lastFootExam)}  ${p.flags.map((f) => flagLabels[f]).join(', ')}`,
    );
  }
  return lines.join('\n');
}

export function formatStatus(status: Status): string {
  const lines = [
    `Patienter i alt: ${status.patients}. Aktive (i seneste udtræk, fulgt i almen praksis): ${status.active}.`,
    `Seneste udtræk: ${show(status.latestExtractDate)}.`,
  ];
  for (const b of status.batches) {
    lines.push(`  #${b.id}  ${b.extractDate}  ${b.fileName}  rækker ${b.rowsRead}, afviste ${b.rowsRejected}, indlæst ${b.importedAt}`);
  }
  return lines.join('\n');
}
