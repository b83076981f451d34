import { fillTemplate, templateProblems, TemplateError, type MergeValues } from './merge-template';
import { smsLength } from './sms-length';
import type { Table } from './table';

/**
 * The SMS the practice starts from and may edit in the settings: short enough that a usual
 * patient's message is one SMS (160 characters), which the old wording often was not.
 */
export const defaultSmsTemplate = 'Kære {{navn}}. Det er tid til din {{undersøgelse}} hos {{praksis}}. Ring på {{telefon}} og aftal en tid. Hilsen {{læge}}';

/**
 * A usual patient's values, for showing in the settings how long the practice's template makes
 * a message: a three-word name, two checks due, the practice's own name and phone.
 */
export function exampleSmsValues(practiceName: string, practicePhone: string): MergeValues {
  return {
    navn: 'Anne Marie Andersen',
    læge: 'LK',
    praksis: practiceName.trim() || 'Lægehuset',
    telefon: practicePhone.trim() || '12 34 56 78',
    dato: '30. september 2026',
    undersøgelse: 'årskontrol og fodundersøgelse',
  };
}

/**
 * A phone number in the 8-digit form Danish SMS systems take, or null when it cannot be one:
 * spaces, dashes, dots and parentheses go, and a leading +45 or 0045 is dropped. A foreign or
 * short number is not guessed at.
 */
export function danishPhone(raw: string | null): string | null {
  if (raw === null) return null;
  const digits = raw.trim().replace(/[\s\-.()/]/g, '');
  const national = digits.replace(/^(\+45|0045)(?=\d{8}$)/, '');
  return /^\d{8}$/.test(national) ? national : null;
}

export interface SmsRecipient {
  /** Who, for the report of those left out. */
  label: string;
  phone: string | null;
  values: MergeValues;
}

export interface SmsList {
  /** `telefon` and `besked`, one row per patient with a usable number: write it with `tableCsv` or `tableXlsx`. */
  table: Table;
  /** The patients left out, each with why, in Danish. */
  leftOut: string[];
  /** How many messages are longer than one SMS (160 characters, or 70 with a character outside GSM-7): each costs two or more. */
  longMessages: number;
}

export function smsList(template: string, recipients: readonly SmsRecipient[]): SmsList {
  const problems = templateProblems(template);
  if (problems.length > 0) throw new TemplateError(problems);
  const rows: { telefon: string; besked: string }[] = [];
  const leftOut: string[] = [];
  for (const recipient of recipients) {
    const phone = danishPhone(recipient.phone);
    if (phone === null) {
      leftOut.push(
        recipient.phone === null || recipient.phone.trim() === ''
          ? `${recipient.label}: intet telefonnummer`
          : `${recipient.label}: telefonnummeret '${recipient.phone}' er ikke et dansk nummer på 8 cifre`,
      );
      continue;
    }
    rows.push({ telefon: phone, besked: fillTemplate(template, recipient.values) });
  }
  return {
    table: {
      title: 'SMS-liste',
      columns: [
        { key: 'telefon', header: 'Telefon', kind: 'text' },
        { key: 'besked', header: 'Besked', kind: 'text' },
      ],
      rows,
    },
    leftOut,
    longMessages: rows.filter((row) => smsLength(row.besked).segments > 1).length,
  };
}
