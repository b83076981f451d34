import * as XLSX from '../sheetjs';
import { guardRows } from '../outputs/cell-safety';
import { breakdownIds, breakdownKeyNames, breakdownNames, type BreakdownId } from './breakdowns';
import { indicatorNames, meetsTarget } from './indicator-definitions';
import { disclosurePolicyNames } from './disclosure-policy';
import { cellText, disclosureLegend, numeratorText, shareText, targetText, unavailableText } from './summary-display';
import type { NetworkBreakdowns, NetworkCount, PracticeSummary, PublishedBreakdowns, PublishedCount } from './summary-schema';

type Row = (string | number)[];

export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function targetVerdict(share: number | null, target: PracticeSummary['indicators'][number]['target']): string {
  if (share === null || target === null) return '';
  return meetsTarget(share, target) ? 'Ja' : 'Nej';
}

type AnyBreakdowns = PublishedBreakdowns | NetworkBreakdowns;

/** Each group's count: the number, or the text saying it is hidden (and, for the network, why). */
export function breakdownRows(breakdowns: AnyBreakdowns, hiddenText: (cell: PublishedCount | NetworkCount) => string = cellText): Row[] {
  const rows: Row[] = [['Gruppe', 'Undergruppe', 'Antal patienter']];
  for (const breakdown of breakdownIds) {
    const published = breakdowns[breakdown];
    if (published === null) {
      rows.push([breakdownNames[breakdown], '', unavailableText]);
      continue;
    }
    for (const row of published as { key: string; count: PublishedCount | NetworkCount }[]) {
      const names = breakdownKeyNames[breakdown] as Record<string, string>;
      rows.push([breakdownNames[breakdown as BreakdownId], names[row.key] as string, row.count.count ?? hiddenText(row.count)]);
    }
  }
  return rows;
}

/**
 * The practice summary for people: the same figures as the JSON file, nothing more. Cells are
 * plain values (`aoa_to_sheet` makes no formulas) through the formula guard, so the practice label
 * stays text even when it starts with `=` (`outputs/cell-safety.ts`).
 */
export function practiceSummaryWorkbook(summary: PracticeSummary): Uint8Array {
  const book = XLSX.utils.book_new();
  const about: Row[] = [
    ['Praksis', summary.practiceLabel],
    ['Opgjort pr.', summary.asOf],
    ['Lavet', summary.generatedAt],
    ['Tovholder', summary.appVersion],
    ['Format', `${summary.format} version ${summary.version}`],
    ['Type 2-patienter fulgt i almen praksis (N)', summary.population.count ?? cellText(summary.population)],
    ['Type 1-patienter fulgt i almen praksis (ikke i N)', summary.type1.count ?? cellText(summary.type1)],
    ['Beskyttelse', `${disclosurePolicyNames[summary.disclosure.policy]}, grænse ${summary.disclosure.threshold}`],
    ['Skjulte tal', disclosureLegend(summary.disclosure)],
    // Prefixed: a base64 key can start with + or /, which the formula guard would otherwise mark with an apostrophe.
    ['Underskrevet med nøglen', `ed25519:${summary.signature.publicKey}`],
  ];
  const indicators: Row[] = [
    ['Indikator', 'Antal', 'Andel', 'Mål', 'Mål nået'],
    ...summary.indicators.map((indicator) => [
      indicatorNames[indicator.id],
      indicator.numerator?.count ?? numeratorText(indicator),
      shareText(indicator.share),
      targetText(indicator.target),
      targetVerdict(indicator.share, indicator.target),
    ]),
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(guardRows(about)), 'Opgørelse');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(guardRows(indicators)), 'Indikatorer');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(guardRows(breakdownRows(summary.breakdowns))), 'Fordelinger');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** `tovholder-opgoerelse_<label>_<as-of>.json|xlsx`, with only letters, digits and dashes from the label. */
export function summaryFileName(label: string, asOf: string, extension: 'json' | 'xlsx'): string {
  const safe = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'oe')
    .replace(/å/gi, 'aa')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `tovholder-opgoerelse_${safe || 'praksis'}_${asOf}.${extension}`;
}
