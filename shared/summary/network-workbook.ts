import * as XLSX from '../sheetjs';
import { guardRows } from '../outputs/cell-safety';
import { indicatorIds, indicatorNames } from './indicator-definitions';
import { breakdownRows } from './summary-workbook';
import { disclosurePolicyNames } from './disclosure-policy';
import { disclosureLegend, hiddenText, networkCellText, networkShareText, networkTotalsNote, shareText, targetText } from './summary-display';
import type { NetworkCount } from './summary-schema';
import { practiceShareText, type BenchmarkPeriod } from './network-aggregate';

type Row = (string | number)[];

/** Sheet names are at most 31 characters and may not hold : \ / ? * [ ]. */
function sheetName(text: string): string {
  return text.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);
}

/**
 * The network report: per period, a benchmark table of each practice's shares beside the
 * network's, then a trend sheet of the network's shares per period (the networks' yearly table).
 */
export function networkReportWorkbook(periods: readonly BenchmarkPeriod[], networkLabel: string): Uint8Array {
  const book = XLSX.utils.book_new();
  const latest = periods.at(-1);
  const about: Row[] = [
    ['Netværk', networkLabel],
    ['Perioder', periods.map((period) => period.period).join(', ')],
    ['Praksis i seneste periode', periods.at(-1)?.practices.length ?? 0],
    ['Beskyttelse', latest ? `${disclosurePolicyNames[latest.network.disclosure.policy]}, grænse ${latest.network.disclosure.threshold}` : ''],
    ['Skjulte tal', latest ? disclosureLegend(latest.network.disclosure) : ''],
    ['Netværkstal', networkTotalsNote],
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(guardRows(about)), 'Om rapporten');
  for (const period of periods) {
    const rows: Row[] = [
      ['Indikator', 'Mål', ...period.practices.map((practice) => practice.name), 'Netværket', 'Praksis med i netværkstallet'],
      ['Patienter (N)', '', ...period.practices.map((practice) => practice.population ?? hiddenText), networkCellText(period.network.population), period.network.population.practicesIncluded],
      ...indicatorIds.map((id) => {
        const network = period.network.indicators.find((indicator) => indicator.id === id);
        return [
          indicatorNames[id],
          targetText(network?.target ?? null),
          ...period.practices.map((practice) => practiceShareText(practice, id, shareText)),
          network ? networkShareText(network) : '',
          network?.numerator.practicesIncluded ?? 0,
        ];
      }),
    ];
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(guardRows(rows)), sheetName(`Sammenligning ${period.period}`));
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(guardRows(breakdownRows(period.network.breakdowns, (cell) => networkCellText(cell as NetworkCount)))), sheetName(`Fordelinger ${period.period}`));
  }
  const trend: Row[] = [
    ['Indikator', ...periods.map((period) => period.period)],
    ...indicatorIds.map((id) => [
      indicatorNames[id],
      ...periods.map((period) => shareText(period.network.indicators.find((indicator) => indicator.id === id)?.share ?? null)),
    ]),
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(guardRows(trend)), 'Udvikling');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
