import { useTranslation } from 'react-i18next';
import { breakdownIds } from '../../../shared/summary/breakdowns';
import { meetsTarget } from '../../../shared/summary/indicator-definitions';
import { hiddenUpTo } from '../../../shared/summary/disclosure-policy';
import { cellText, targetText } from '../../../shared/summary/summary-display';
import type { PracticeSummary, PublishedCount } from '../../../shared/summary/summary-schema';
import { formatShare } from '../../../shared/shares';

function Count({ cell }: { cell: PublishedCount | null }) {
  const { t } = useTranslation();
  if (cell === null) return <span className="unavailable">{t('network.summary.unavailable')}</span>;
  return cell.count === null ? (
    <span className="suppressed" data-hidden="true">
      {cellText(cell)}
    </span>
  ) : (
    <>{cellText(cell)}</>
  );
}

/** The practice summary exactly as the file holds it: every number, every hidden cell marked. */
export function SummaryPreview({ summary }: { summary: PracticeSummary }) {
  const { t, i18n } = useTranslation();
  const { policy, threshold } = summary.disclosure;
  return (
    <div className="summary-preview" data-testid="summary-preview">
      <p className="muted" data-testid="summary-legend">
        {t('network.summary.legend', { threshold, limit: hiddenUpTo(threshold) })}
        {policy === 'round' ? ` ${t('network.summary.legendRounded')}` : ''}
      </p>
      <dl className="figure-grid">
        <div className="figure">
          <dt>{t('network.summary.population')}</dt>
          <dd data-testid="summary-population">
            <Count cell={summary.population} />
          </dd>
        </div>
        <div className="figure">
          <dt>{t('network.summary.type1')}</dt>
          <dd data-testid="summary-type1">
            <Count cell={summary.type1} />
          </dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="data-table" data-testid="summary-indicators">
          <caption className="visually-hidden">{t('network.summary.previewTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('network.summary.indicator')}</th>
              <th scope="col" className="numeric">{t('network.summary.count')}</th>
              <th scope="col" className="numeric">{t('network.summary.share')}</th>
              <th scope="col">{t('network.summary.target')}</th>
              <th scope="col">{t('network.summary.metTarget')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.indicators.map((indicator) => (
              <tr key={indicator.id} data-indicator={indicator.id}>
                <th scope="row">{t(`network.indicators.${indicator.id}`)}</th>
                <td className="numeric">
                  <Count cell={indicator.numerator} />
                </td>
                <td className="numeric">{formatShare(indicator.share, i18n.language)}</td>
                <td>{targetText(indicator.target)}</td>
                <td>
                  {indicator.share === null || indicator.target === null
                    ? ''
                    : meetsTarget(indicator.share, indicator.target)
                      ? t('network.summary.yes')
                      : t('network.summary.no')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="breakdown-grid">
        {breakdownIds.map((breakdown) => (
          <table key={breakdown} className="data-table" data-testid={`summary-breakdown-${breakdown}`}>
            <caption>{t(`network.breakdowns.${breakdown}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network.summary.group')}</th>
                <th scope="col" className="numeric">{t('network.summary.count')}</th>
              </tr>
            </thead>
            <tbody>
              {(summary.breakdowns[breakdown] ?? []).map((row) => (
                <tr key={row.key}>
                  <th scope="row">{t(`network.breakdownKeys.${row.key}`)}</th>
                  <td className="numeric">
                    <Count cell={row.count} />
                  </td>
                </tr>
              ))}
              {summary.breakdowns[breakdown] === null ? (
                <tr>
                  <td colSpan={2}>
                    <span className="unavailable">{t('network.summary.unavailable')}</span>
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}
