import { useTranslation } from 'react-i18next';
import { indicatorIds } from '../../../shared/summary/indicator-definitions';
import { visibleText } from '../../../shared/display-text';
import { hiddenText, targetText } from '../../../shared/summary/summary-display';
import type { NetworkCount } from '../../../shared/summary/summary-schema';
import type { BenchmarkPeriodDto } from '../../../shared/summary/summary-contract';
import { formatShare } from '../../../shared/shares';

/** Each practice's shares beside the network's for one period, indicators as rows. */
export function BenchmarkTable({ period }: { period: BenchmarkPeriodDto }) {
  const { t, i18n } = useTranslation();
  const withheldText = (cell: NetworkCount) => (cell.withheld === null ? String(cell.count) : t(`network.coordinator.withheld.${cell.withheld}`));
  return (
    <div className="table-scroll">
      <table className="data-table benchmark-table" data-testid="benchmark-table">
        <caption className="visually-hidden">{t('network.coordinator.benchmarkTitle', { period: period.period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('network.summary.indicator')}</th>
            <th scope="col">{t('network.summary.target')}</th>
            {period.practices.map((practice) => (
              <th key={practice.name} scope="col" className="numeric">
                {visibleText(practice.name)}
              </th>
            ))}
            <th scope="col" className="numeric">{t('network.coordinator.network')}</th>
            <th scope="col" className="numeric">{t('network.coordinator.included')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('network.summary.population')}</th>
            <td />
            {period.practices.map((practice) => (
              <td key={practice.name} className="numeric">
                {practice.population ?? <span className="suppressed">{hiddenText}</span>}
              </td>
            ))}
            <td className="numeric">{withheldText(period.network.population)}</td>
            <td className="numeric">{period.network.population.practicesIncluded}</td>
          </tr>
          {indicatorIds.map((id) => {
            const network = period.network.indicators.find((indicator) => indicator.id === id);
            return (
              <tr key={id} data-indicator={id}>
                <th scope="row">{t(`network.indicators.${id}`)}</th>
                <td>{targetText(network?.target ?? null)}</td>
                {period.practices.map((practice) => (
                  <td key={practice.name} className="numeric">
                    {practice.unavailable.includes(id) ? (
                      <span className="unavailable">{t('network.summary.unavailable')}</span>
                    ) : practice.shares[id] === null ? (
                      <span className="suppressed">{t('network.coordinator.hidden')}</span>
                    ) : (
                      formatShare(practice.shares[id], i18n.language)
                    )}
                  </td>
                ))}
                <td className="numeric">
                  <strong>{network && network.numerator.withheld !== null ? withheldText(network.numerator) : formatShare(network?.share ?? null, i18n.language)}</strong>
                </td>
                <td className="numeric">{network?.numerator.practicesIncluded ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
