import { ContractError } from '../../shared/contract';
import { lettersHtml } from '../../shared/outputs/letter-template';
import { listPrintHtml } from '../../shared/outputs/list-print-html';
import { danishLongDate, TemplateError, type MergeValues } from '../../shared/outputs/merge-template';
import type { OutputSettings } from '../../shared/outputs/output-settings';
import { recallExportRequestSchema, type RecallExportRequest } from '../../shared/outputs/recall-export-request';
import { listFileStem, recallListTitles } from '../../shared/outputs/recall-lists';
import { examinationText, recallTable, type RecallRow } from '../../shared/outputs/recall-table';
import { smsList } from '../../shared/outputs/sms-list';
import { tableCsv } from '../../shared/outputs/table-csv';
import { tableXlsx } from '../../shared/outputs/table-xlsx';
import type { AppContext } from '../app-context';
import type { Printer } from '../print/printer';
import { getOutputSettings } from './output-settings-service';
import { recallRows } from './recall-export-rows';

const mimeTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
} as const;

/**
 * A recall list as a file: the same patients as the list on screen (same service, same filters),
 * as XLSX, CSV or a printed PDF with the chosen columns, as invitation letters (one PDF, one
 * letter a page) or as an SMS list (CSV of phone and message). Nothing is written to the
 * database; the caller saves the bytes where the user chooses.
 */
export interface RecallFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  /** Patients in the file (an SMS list leaves out those without a usable phone number). */
  rows: number;
  notes: string[];
}

export async function recallExportFile(ctx: AppContext, printer: Printer, raw: RecallExportRequest): Promise<RecallFile> {
  const request = recallExportRequestSchema.parse(raw);
  const { asOf, rows } = recallRows(ctx, request.list, request.filters);
  if (asOf === null) throw new ContractError('export.no_data', 'Der er ikke indlæst noget udtræk endnu, så der er ingen liste at gemme.');
  const today = ctx.now().toISOString().slice(0, 10);
  const title = recallListTitles[request.list];
  const stem = `${listFileStem(request.list)}_${asOf}`;
  const settings = getOutputSettings(ctx);
  const notes: string[] = [];

  let bytes: Uint8Array;
  let fileName: string;
  let mimeType: string;
  let count = rows.length;
  switch (request.format) {
    case 'xlsx':
    case 'csv': {
      const table = recallTable(title, rows, request.columns);
      bytes = request.format === 'xlsx' ? tableXlsx(table) : tableCsv(table);
      fileName = `${stem}.${request.format}`;
      mimeType = mimeTypes[request.format];
      break;
    }
    case 'pdf': {
      const html = listPrintHtml(recallTable(title, rows, request.columns), {
        practiceName: settings.practiceName,
        date: today,
        subtitle: subtitle(asOf, request.filters),
      });
      bytes = await printer.htmlToPdf(html);
      fileName = `${stem}.pdf`;
      mimeType = mimeTypes.pdf;
      break;
    }
    case 'letters': {
      requirePracticeDetails(settings, settings.letterTemplate, 'breve');
      const html = templated(() => lettersHtml(settings.letterTemplate, rows.map((row) => mergeValues(row, settings, today))));
      bytes = await printer.htmlToPdf(html);
      fileName = `indkaldelser_${stem}.pdf`;
      mimeType = mimeTypes.pdf;
      break;
    }
    case 'sms': {
      requirePracticeDetails(settings, settings.smsTemplate, 'SMS-beskeder');
      const list = templated(() =>
        smsList(
          settings.smsTemplate,
          rows.map((row) => ({ label: `${row.name ?? 'Uden navn'} (${row.cpr.slice(0, 6)})`, phone: row.phone, values: mergeValues(row, settings, today) })),
        ),
      );
      if (list.leftOut.length > 0) notes.push(`${list.leftOut.length} ${list.leftOut.length === 1 ? 'patient er' : 'patienter er'} ikke med, fordi der ikke er et brugbart telefonnummer:`, ...list.leftOut);
      bytes = tableCsv(list.table);
      count = list.table.rows.length;
      fileName = `sms_${stem}.csv`;
      mimeType = mimeTypes.csv;
      break;
    }
  }
  return { fileName, mimeType, bytes, rows: count, notes };
}

function subtitle(asOf: string, filters: { search?: string | undefined; gp?: string | undefined }): string {
  const parts = [`Opgjort pr. ${danishLongDate(asOf)}`];
  if (filters.gp) parts.push(`læge: ${filters.gp}`);
  if (filters.search?.trim()) parts.push(`søgning: ${filters.search.trim()}`);
  return parts.join(' · ');
}

function mergeValues(row: RecallRow, settings: OutputSettings, today: string): MergeValues {
  return {
    navn: row.name ?? '',
    læge: row.gp ?? settings.practiceName,
    praksis: settings.practiceName,
    telefon: settings.practicePhone,
    dato: danishLongDate(today),
    undersøgelse: examinationText(row.flags),
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
