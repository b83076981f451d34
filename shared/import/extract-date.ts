import { formatDanishDate, formatIsoDate, isIsoDate, isRealDate, parseCellDate, type DateParse } from '../calendar-dates';
import { ExtractError, type ExtractDateSource, type ImportNote } from './extract-result';

/** A preamble line: its 1-based line and its non-empty cells joined by a space. */
export interface PreambleLine {
  line: number;
  text: string;
}

export interface ExtractDateFinding {
  date: string;
  source: ExtractDateSource;
  notes: ImportNote[];
}

export interface ExtractDateInput {
  fileName: string;
  fileModified?: string;
  extractDateOverride?: string;
}

const preambleLabels = ['udtrukket', 'udtræksdato', 'dato'];

/**
 * The date a preamble line such as `Udtrukket: 21-11-2026` states, or null when the line is not a
 * date line. The value is the first word after the label, so a time of day after it does no harm.
 */
export function dateFromPreambleLine(text: string): DateParse | null {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  const label = (colon === -1 ? trimmed.split(' ')[0] ?? '' : trimmed.slice(0, colon)).trim().toLowerCase();
  if (!preambleLabels.includes(label)) return null;
  const rest = trimmed.slice(colon === -1 ? label.length : colon + 1).trim();
  return parseCellDate(rest.split(' ')[0] ?? '');
}

// DDMMYYYY as one run of exactly eight digits, e.g. `udtraek_21112026.csv`.
const eightDigitsPattern = /^(\d{2})(\d{2})(\d{4})$/;

/**
 * A date in a file name (`..._2026-11-21.csv`, `..._21112026.csv`, `... 21-11-2026.txt`): the last
 * part of the name, split at `_` and spaces, that is a date.
 */
export function dateFromFileName(fileName: string): string | null {
  const baseName = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = baseName.lastIndexOf('.');
  const stem = dot > 0 ? baseName.slice(0, dot) : baseName;
  const parts = stem.split(/[_ ]+/);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? '';
    const eightDigits = eightDigitsPattern.exec(part);
    if (eightDigits) {
      const day = Number(eightDigits[1]);
      const month = Number(eightDigits[2]);
      const year = Number(eightDigits[3]);
      if (isRealDate(year, month, day)) return formatIsoDate(year, month, day);
      continue;
    }
    const parsed = parseCellDate(part);
    if (parsed.ok) return parsed.date;
  }
  return null;
}

/**
 * The extract date, in order: the user's override (always wins), a preamble line, the file
 * name, the file's modification date. Without any of them the file cannot be placed in time.
 */
export function findExtractDate(preamble: readonly PreambleLine[], input: ExtractDateInput): ExtractDateFinding {
  const notes: ImportNote[] = [];
  const override = input.extractDateOverride;
  if (override !== undefined) requireIsoDate(override, 'Den valgte udtræksdato');
  if (input.fileModified !== undefined) requireIsoDate(input.fileModified, 'Filens ændringsdato');

  let fileDate: { date: string; source: ExtractDateSource } | null = null;
  for (const { line, text } of preamble) {
    const parsed = dateFromPreambleLine(text);
    if (parsed === null) continue;
    if (parsed.ok) {
      fileDate = { date: parsed.date, source: 'preamble' };
      break;
    }
    notes.push({ line, reason: `Udtræksdatoen i linje ${line} kunne ikke læses: ${parsed.reason}` });
  }
  if (fileDate === null) {
    const fromName = dateFromFileName(input.fileName);
    if (fromName !== null) fileDate = { date: fromName, source: 'file_name' };
  }

  if (override !== undefined) {
    if (fileDate !== null && fileDate.date !== override) {
      notes.push({
        line: 0,
        reason: `Udtræksdatoen er sat til ${formatDanishDate(override)}, selv om filen angiver ${formatDanishDate(fileDate.date)}`,
      });
    }
    return { date: override, source: 'override', notes };
  }
  if (fileDate !== null) return { ...fileDate, notes };
  if (input.fileModified !== undefined) return { date: input.fileModified, source: 'file_modified', notes };
  throw new ExtractError(
    'no_extract_date',
    'Udtræksdatoen står hverken i filen eller i filnavnet. Angiv den dato, udtrækket blev taget.',
  );
}

function requireIsoDate(date: string, what: string): void {
  if (!isIsoDate(date)) {
    throw new ExtractError('no_extract_date', `${what} "${date}" er ikke en dato (ÅÅÅÅ-MM-DD).`);
  }
}
