import { ContractError } from '../../shared/contract';
import { lettersHtml } from '../../shared/outputs/letter-template';
import { listPrintHtml } from '../../shared/outputs/list-print-html';
import { mailingPlan, patientLabel, type MailingPlan } from '../../shared/outputs/mailing-selection';
import { danishLongDate, TemplateError, type MergeValues } from '../../shared/outputs/merge-template';
import type { OutputSettings } from '../../shared/outputs/output-settings';
import { recallExportRequestSchema, type RecallExportRequest } from '../../shared/outputs/recall-export-request';
import { checkStateLabels, contactStatusLabels, listFileStem, worklistTitles } from '../../shared/outputs/recall-labels';
import { checksToInvite, examinationText, recallTable } from '../../shared/outputs/recall-table';
import { smsList } from '../../shared/outputs/sms-list';
import { tableCsv } from '../../shared/outputs/table-csv';
import { tableXlsx } from '../../shared/outputs/table-xlsx';
import type { WorklistEntry, WorklistFilters, WorklistName } from '../../shared/worklists';
import type { AppContext } from '../app-context';
import type { Printer } from '../print/printer';
import { getOutputSettings } from './output-settings-service';
import { queryWorklist } from './worklist-service';

const mimeTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
} as const;

/** A file ready to save, with what the user should know about it. */
export interface RecallFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  /** Patients in the file (an SMS list leaves out those without a usable phone number). */
  rows: number;
  notes: string[];
  /** Letters and SMS lists: the invitations the file stands for, to record in one step if the user wants. */
  mailing: MailingPlan | null;
}

/**
 * A recall list as a file: the same patients as the list on screen (same service, same filters),
 * as XLSX, CSV or a printed PDF with the chosen columns, as invitation letters (one PDF, one
 * letter a page) or as an SMS list (CSV of phone and message). Nothing is written to the
 * database; the caller saves the bytes where the user chooses.
 */
export async function recallExportFile(ctx: AppContext, printer: Printer, raw: RecallExportRequest): Promise<RecallFile> {
  const request = recallExportRequestSchema.parse(raw);
  const { list, filters } = request;
  const { asOf, today, rows } = queryWorklist(ctx, {
    list,
    filters,
    sort: request.sort,
    descending: request.descending,
    ...(request.asOf ? { asOf: request.asOf } : {}),
    offset: 0,
    limit: Number.MAX_SAFE_INTEGER,
  });
  if (asOf === null) throw new ContractError('export.no_data', 'Der er ikke indlæst noget udtræk endnu, så der er ingen liste at gemme.');
  const title = worklistTitles[list];
  const stem = `${listFileStem(list)}_${asOf}`;
  const settings = getOutputSettings(ctx);
  const notes: string[] = [];

  let bytes: Uint8Array;
  let fileName: string;
  let mimeType: string;
  let count = rows.length;
  let mailing: MailingPlan | null = null;
  switch (request.format) {
    case 'xlsx':
    case 'csv': {
      const table = recallTable(title, list, rows, request.columns);
      bytes = request.format === 'xlsx' ? tableXlsx(table) : tableCsv(table);
      fileName = `${stem}.${request.format}`;
      mimeType = mimeTypes[request.format];
      break;
    }
    case 'pdf': {
      const html = listPrintHtml(recallTable(title, list, rows, request.columns), {
        practiceName: settings.practiceName,
        date: today,
        subtitle: subtitle(asOf, filters),
      });
      bytes = await printer.htmlToPdf(html);
      fileName = `${stem}.pdf`;
      mimeType = mimeTypes.pdf;
      break;
    }
    case 'letters': {
      requirePracticeDetails(settings, settings.letterTemplate, 'indkaldelser');
      const html = templated(() => lettersHtml(settings.letterTemplate, rows.map((row) => mergeValues(row, list, settings, today))));
      bytes = await printer.htmlToPdf(html);
      fileName = `indkaldelser_${stem}.pdf`;
      mimeType = mimeTypes.pdf;
      mailing = mailingPlan(rows, list, 'letters');
      break;
    }
    case 'sms': {
      requirePracticeDetails(settings, settings.smsTemplate, 'SMS-beskeder');
      const sms = templated(() =>
        smsList(
          settings.smsTemplate,
          rows.map((row) => ({ label: patientLabel(row), phone: row.phone, values: mergeValues(row, list, settings, today) })),
        ),
      );
      if (sms.leftOut.length > 0) {
        notes.push(`${sms.leftOut.length} ${sms.leftOut.length === 1 ? 'patient er' : 'patienter er'} ikke med, fordi der ikke er et brugbart telefonnummer:`, ...sms.leftOut);
      }
      if (sms.longMessages > 0) notes.push(longSmsNote(sms.longMessages, sms.table.rows.length));
      bytes = tableCsv(sms.table);
      count = sms.table.rows.length;
      fileName = `sms_${stem}.csv`;
      mimeType = mimeTypes.csv;
      mailing = mailingPlan(rows, list, 'sms');
      break;
    }
  }
  return { fileName, mimeType, bytes, rows: count, notes, mailing };
}

/** Said on saving, because each extra SMS is paid for and may be split oddly on the patient's phone. */
function longSmsNote(long: number, all: number): string {
  return `${long} af ${all} ${all === 1 ? 'besked' : 'beskeder'} er længere end én SMS (160 tegn) og sendes som to eller flere. Gør skabelonen kortere under Indstillinger for at holde hver besked på én SMS.`;
}

/** The list's date and filters in words, so a printed list says what it is a list of. */
function subtitle(asOf: string, filters: WorklistFilters): string {
  const parts = [`Opgjort pr. ${danishLongDate(asOf)}`];
  if (filters.gp) parts.push(`læge: ${filters.gp}`);
  if (filters.diabetesType) parts.push(`type ${filters.diabetesType}-diabetes`);
  if (filters.ageBand) parts.push(`alder ${filters.ageBand}`);
  if (filters.state) parts.push(`tilstand: ${checkStateLabels[filters.state].toLowerCase()}`);
  if (filters.contactStatus) parts.push(`kontakt: ${contactStatusLabels[filters.contactStatus].toLowerCase() || 'ingen'}`);
  if (filters.vulnerable !== undefined) parts.push(filters.vulnerable ? 'kun sårbare' : 'ikke sårbare');
  if (filters.search?.trim()) parts.push(`søgning: ${filters.search.trim()}`);
  return parts.join(' · ');
}

function mergeValues(row: WorklistEntry, list: WorklistName, settings: OutputSettings, today: string): MergeValues {
  return {
    navn: row.name ?? '',
    læge: row.gp ?? settings.practiceName,
    praksis: settings.practiceName,
    telefon: settings.practicePhone,
    dato: danishLongDate(today),
    undersøgelse: examinationText(checksToInvite(row, list)),
  };
}

/** A letter or SMS that names the practice or its phone must not go out with a blank there. */
function requirePracticeDetails(settings: OutputSettings, template: string, what: string): void {
  const missing: string[] = [];
  if (/\{\{\s*praksis\s*\}\}/.test(template) && settings.practiceName === '') missing.push('praksis’ navn');
  if (/\{\{\s*telefon\s*\}\}/.test(template) && settings.practicePhone === '') missing.push('praksis’ telefonnummer');
  if (missing.length > 0) throw new ContractError('export.settings_missing', `Angiv ${missing.join(' og ')} under Indstillinger, før der laves ${what}.`);
}

function templated<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof TemplateError) throw new ContractError('export.template', error.message);
    throw error;
  }
}
