import { basePrintCss, escapeHtml, printDocument } from '../outputs/html';
import { indicatorIds, indicatorNames } from './indicator-definitions';
import { practiceShareText, type BenchmarkPeriod } from './network-aggregate';
import { disclosureLegend, hiddenText, networkCellText, networkShareText, networkTotalsNote, shareText, targetText } from './summary-display';

/**
 * The network report as a printable A4 document (landscape: one column per practice): per period
 * the benchmark table, then the network's trend, as the XLSX has them. Every value is escaped.
 */
export function networkReportHtml(periods: readonly BenchmarkPeriod[], networkLabel: string, madeOn: string): string {
  const latest = periods.at(-1);
  const css = `${basePrintCss}
@page { size: A4 landscape; @bottom-right { content: "Side " counter(page) " af " counter(pages); font-size: 8.5pt; } }
h1 { font-size: 15pt; margin: 0 0 2pt; }
h2 { font-size: 12pt; margin: 14pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; font-size: 9pt; }
table { width: 100%; border-collapse: collapse; margin-bottom: 6pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; border-bottom: 1pt solid #000; padding: 2.5pt 4pt; font-size: 8.5pt; }
td { border-bottom: 0.5pt solid #999; padding: 2.5pt 4pt; font-size: 9pt; }
td.number, th.number { text-align: right; white-space: nowrap; }
td.network { font-weight: bold; }`;
  const cell = (text: string | number, className = 'number') => `<td class="${className}">${escapeHtml(String(text))}</td>`;
  const sections = periods.map((period) => {
    const head = ['Indikator', 'Mål', ...period.practices.map((practice) => practice.name), 'Netværket', 'Praksis med']
      .map((text, index) => `<th scope="col"${index > 1 ? ' class="number"' : ''}>${escapeHtml(text)}</th>`)
      .join('');
    const population = `<tr><td>Patienter (N)</td><td></td>${period.practices.map((practice) => cell(practice.population ?? hiddenText)).join('')}${cell(networkCellText(period.network.population), 'number network')}${cell(period.network.population.practicesIncluded)}</tr>`;
    const rows = indicatorIds.map((id) => {
      const network = period.network.indicators.find((indicator) => indicator.id === id);
      return `<tr><td>${escapeHtml(indicatorNames[id])}</td>${cell(targetText(network?.target ?? null), '')}${period.practices
        .map((practice) => cell(practiceShareText(practice, id, shareText)))
        .join('')}${cell(network ? networkShareText(network) : '', 'number network')}${cell(network?.numerator.practicesIncluded ?? 0)}</tr>`;
    });
    return `<h2>Sammenligning ${escapeHtml(period.period)}</h2>
<table><thead><tr>${head}</tr></thead><tbody>${population}${rows.join('')}</tbody></table>`;
  });
  const trendHead = ['Indikator', ...periods.map((period) => period.period)].map((text, index) => `<th scope="col"${index > 0 ? ' class="number"' : ''}>${escapeHtml(text)}</th>`).join('');
  const trendRows = indicatorIds.map(
    (id) =>
      `<tr><td>${escapeHtml(indicatorNames[id])}</td>${periods
        .map((period) => cell(shareText(period.network.indicators.find((indicator) => indicator.id === id)?.share ?? null)))
        .join('')}</tr>`,
  );
  const body = `<h1>Netværksrapport: ${escapeHtml(networkLabel)}</h1>
<p>Lavet ${escapeHtml(madeOn)}. Andele af patienterne fulgt i almen praksis. ${escapeHtml(networkTotalsNote)} ${latest ? escapeHtml(disclosureLegend(latest.network.disclosure)) : ''}</p>
${sections.join('\n')}
<h2>Netværkets udvikling</h2>
<table><thead><tr>${trendHead}</tr></thead><tbody>${trendRows.join('')}</tbody></table>`;
  return printDocument({ title: `Netværksrapport – ${networkLabel}`, css, body });
}
