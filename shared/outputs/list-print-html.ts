import { formatDanishDate } from '../calendar-dates';
import { basePrintCss, escapeHtml, printDocument } from './html';
import { cellOf, type Table, type TableCell, type TableColumn } from './table';

export interface ListPrintOptions {
  practiceName: string;
  /** The day the list was made, `YYYY-MM-DD`. */
  date: string;
  /** A line under the title, e.g. the list's filters and its as-of date. */
  subtitle?: string;
}

/**
 * The list as a printable A4 document: the practice, the date and the list's title on top, the
 * header row repeated on every page, and "Side n af m" at the foot of each page (CSS page margin
 * boxes, which Chromium's and Electron's PDF printing fill in). Landscape when many columns are
 * chosen. Everything from the data is escaped.
 */
export function listPrintHtml(table: Table, options: ListPrintOptions): string {
  const landscape = table.columns.length > 6;
  const date = formatDanishDate(options.date);
  const footer = options.practiceName ? `${options.practiceName} · ${date}` : date;
  const css = `${basePrintCss}
@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; @bottom-right { content: "Side " counter(page) " af " counter(pages); font-size: 8.5pt; } @bottom-left { content: "${cssString(footer)}"; font-size: 8.5pt; } }
header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 1.5pt solid #000; padding-bottom: 4pt; margin-bottom: 8pt; }
h1 { font-size: 15pt; margin: 0; }
.practice { font-size: 10pt; text-align: right; }
.subtitle { margin: 0 0 8pt; font-size: 9.5pt; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; border-bottom: 1pt solid #000; padding: 3pt 4pt; font-size: 9pt; }
td { border-bottom: 0.5pt solid #999; padding: 3pt 4pt; vertical-align: top; }
td.number { text-align: right; }
td.date { white-space: nowrap; }
.count { margin-top: 8pt; font-size: 9pt; }`;
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column.header)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${table.columns.map((column) => printCell(cellOf(row, column), column)).join('')}</tr>`)
    .join('\n');
  const html = `<header><h1>${escapeHtml(table.title)}</h1><div class="practice">${options.practiceName ? `${escapeHtml(options.practiceName)}<br>` : ''}${date}</div></header>
${options.subtitle ? `<p class="subtitle">${escapeHtml(options.subtitle)}</p>` : ''}
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<p class="count">${table.rows.length} ${table.rows.length === 1 ? 'patient' : 'patienter'}</p>`;
  return printDocument({ title: `${table.title} – ${options.practiceName}`, css, body: html });
}

function printCell(value: TableCell, column: TableColumn): string {
  if (value === null) return `<td class="${column.kind}"></td>`;
  const shown = typeof value === 'number' ? String(value).replace('.', ',') : column.kind === 'date' ? formatDanishDate(value) : value;
  return `<td class="${column.kind}">${escapeHtml(shown)}</td>`;
}

/** Text inside a CSS string literal: quotes, backslashes and line breaks escaped, `<` kept out of the style element. */
function cssString(text: string): string {
  return text.replace(/[\\"\n\r<>]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
}
