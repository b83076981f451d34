import { z } from 'zod';
import type { ContactStatus } from '../contact-workflow';
import { checkKinds, isFlagged, type CheckKind } from '../follow-up-states';
import { checkOfList, type WorklistEntry, type WorklistName } from '../worklists';
import { checkStateLabels, clinicalFlagLabels, contactStatusLabels, examinationNames } from './recall-labels';
import type { Table, TableColumn, TableRow } from './table';

/**
 * A worklist as it leaves the app: the columns a user can choose from (Danish headers) and how
 * one patient fills them. Which patients, in which order, is the worklist service's business;
 * an export shows exactly its rows.
 */

export const recallColumnKeys = [
  'name',
  'cpr',
  'age',
  'gp',
  'phone',
  'diabetesType',
  'missing',
  'annualState',
  'lastAnnualCheck',
  'eyeState',
  'lastEyeExam',
  'footState',
  'lastFootExam',
  'contact',
  'invitations',
  'appointment',
  'clinical',
  'vulnerable',
] as const;
export const recallColumnKeySchema = z.enum(recallColumnKeys);
export type RecallColumnKey = z.infer<typeof recallColumnKeySchema>;

const column = (key: RecallColumnKey, header: string, kind: TableColumn['kind']): TableColumn => ({ key, header, kind });

export const recallColumns: Readonly<Record<RecallColumnKey, TableColumn>> = {
  name: column('name', 'Navn', 'text'),
  cpr: column('cpr', 'CPR-nr.', 'text'),
  age: column('age', 'Alder', 'number'),
  gp: column('gp', 'Læge', 'text'),
  phone: column('phone', 'Telefon', 'text'),
  diabetesType: column('diabetesType', 'Diabetestype', 'text'),
  missing: column('missing', 'Mangler', 'text'),
  annualState: column('annualState', 'Årskontrol', 'text'),
  lastAnnualCheck: column('lastAnnualCheck', 'Seneste årskontrol', 'date'),
  eyeState: column('eyeState', 'Øjenundersøgelse', 'text'),
  lastEyeExam: column('lastEyeExam', 'Seneste øjenundersøgelse', 'date'),
  footState: column('footState', 'Fodundersøgelse', 'text'),
  lastFootExam: column('lastFootExam', 'Seneste fodundersøgelse', 'date'),
  contact: column('contact', 'Kontakt', 'text'),
  invitations: column('invitations', 'Indkaldelser', 'number'),
  appointment: column('appointment', 'Aftalt tid', 'date'),
  clinical: column('clinical', 'Klinisk opmærksomhed', 'text'),
  vulnerable: column('vulnerable', 'Sårbar (kontaktperson)', 'text'),
};

/** What a list shows when the user has not chosen. */
export const defaultRecallColumns: readonly RecallColumnKey[] = ['name', 'cpr', 'age', 'gp', 'missing', 'lastAnnualCheck', 'lastEyeExam', 'lastFootExam', 'contact'];

/** The checks a list is about: its own for the three flag lists, all three otherwise. */
function listChecks(list: WorklistName): readonly CheckKind[] {
  const check = checkOfList[list];
  return check ? [check] : checkKinds;
}

/**
 * The checks to call a patient in for: every check whose flag is up and that is not snoozed or
 * removed; on the "due soon" list, the checks falling due too.
 */
export function checksToInvite(entry: WorklistEntry, list: WorklistName): CheckKind[] {
  return checkKinds.filter((check) => {
    const status = entry.checks[check];
    if (status.contact.hidden) return false;
    return isFlagged(status.state) || (list === 'due_soon' && status.state === 'due_soon');
  });
}

/** `årskontrol, øjenundersøgelse og fodundersøgelse`; `kontrol` when no check is due. */
export function examinationText(checks: readonly CheckKind[]): string {
  const names = checks.map((check) => examinationNames[check]);
  if (names.length <= 1) return names[0] ?? 'kontrol';
  return `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/** `DDMMYY-SSSS`, as Danish lists write a CPR number. */
function cprText(cpr: string): string {
  return cpr.length === 10 ? `${cpr.slice(0, 6)}-${cpr.slice(6)}` : cpr;
}

function joined(parts: readonly string[]): string | null {
  const distinct = [...new Set(parts.filter((part) => part !== ''))];
  return distinct.length > 0 ? distinct.join(', ') : null;
}

/** The contact status of the list's checks; on a list of several checks, only those with a contact. */
function contactText(statuses: readonly ContactStatus[]): string {
  const contacted = statuses.filter((status) => status !== 'none');
  return joined(contacted.map((status) => contactStatusLabels[status])) ?? contactStatusLabels.none;
}

function tableRow(entry: WorklistEntry, list: WorklistName): TableRow {
  const checks = listChecks(list).map((check) => entry.checks[check]);
  const flagged = checkKinds.filter((check) => isFlagged(entry.checks[check].state));
  const appointments = checks.map((status) => status.contact.appointment).filter((date): date is string => date !== null).sort();
  return {
    name: entry.name,
    cpr: cprText(entry.cpr),
    age: entry.age,
    gp: entry.gp,
    phone: entry.phone,
    diabetesType: `Type ${entry.diabetesType}`,
    missing: flagged.length > 0 ? examinationText(flagged) : null,
    annualState: checkStateLabels[entry.checks.annual.state],
    lastAnnualCheck: entry.checks.annual.lastDone,
    eyeState: checkStateLabels[entry.checks.eye.state],
    lastEyeExam: entry.checks.eye.lastDone,
    footState: checkStateLabels[entry.checks.foot.state],
    lastFootExam: entry.checks.foot.lastDone,
    contact: contactText(checks.map((status) => status.contact.status)),
    invitations: Math.max(...checks.map((status) => status.contact.invitations)),
    appointment: appointments[0] ?? null,
    clinical: joined(entry.clinical.map((flag) => clinicalFlagLabels[flag])),
    vulnerable: entry.vulnerable ? (entry.contactPerson ? `Ja (${entry.contactPerson})` : 'Ja') : null,
  };
}

export function recallTable(title: string, list: WorklistName, entries: readonly WorklistEntry[], columns: readonly RecallColumnKey[]): Table {
  return { title, columns: columns.map((key) => recallColumns[key]), rows: entries.map((entry) => tableRow(entry, list)) };
}
