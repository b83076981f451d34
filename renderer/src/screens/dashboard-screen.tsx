import { useTranslation } from 'react-i18next';
import './network-screens.css';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { checkKinds, checkStates } from '../../../shared/follow-up-states';
import { breakdownKeys } from '../../../shared/summary/breakdowns';
import { indicatorIds, type IndicatorId } from '../../../shared/summary/indicator-definitions';
import { visibleText } from '../../../shared/display-text';
import { targetText } from '../../../shared/summary/summary-display';
import type { NetworkSummary } from '../../../shared/summary/summary-schema';
import { ChartPanel } from '../components/chart-panel';
import { chartColors } from '../components/chart-colors';
import { ErrorAlert } from '../components/error-alert';
import { FilePickerButton } from '../components/file-picker-button';
import { ScreenHeading } from '../components/screen-heading';
import { SummaryImportOutcomes } from '../components/summary-import-outcomes';
import { formatDate } from '../display-format';
import { useDashboardData } from '../hooks/use-dashboard-data';
import { useSummaryImport } from '../hooks/use-summary-import';
import { formatShare, percentOf, roundShare, sharePercent } from '../../../shared/shares';

const percentTicks = [0, 25, 50, 75, 100];


/**
 * The practice's own dashboard: each indicator over its imported extracts with the target line
 * and, once the network's summary has been imported back, the network's share beside it.
 */
export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const { data, error, reload } = useDashboardData();
  const { outcomes, busy, importFiles } = useSummaryImport('network', reload);

  if (error) return <ErrorAlert title={t('errors.loadFailed')} message={error} />;
  if (!data) return <p role="status" className="busy">{t('app.loading')}</p>;

  const latest = data.points.at(-1);
  const network = data.feedback.at(-1)?.summary as NetworkSummary | undefined;
  // "Not in the extract" is drawn only when some check has it, so a full extract's chart stays as it was.
  const shownStates = checkStates.filter((state) => state !== 'not_in_extract' || checkKinds.some((check) => (latest?.followUpStates[check][state] ?? 0) > 0));
  const followUpRows = latest
    ? checkKinds.map((check) => ({
        check: t(`checks.${check}`),
        ...Object.fromEntries(checkStates.map((state) => [state, percentOf(latest.followUpStates[check][state], latest.table.population)])),
      }))
    : [];
  const practiceShareText = (count: number | null, population: number) =>
    count === null ? t('network.summary.unavailable') : formatShare(population ? roundShare(count, population) : null, i18n.language);
  // A chart's value is already on the percent scale; the tooltip writes it as every table does.
  const percentText = (value: unknown) => (typeof value === 'number' ? formatShare(value / 100, i18n.language) : '');
  const networkShare = (id: IndicatorId) => network?.indicators.find((indicator) => indicator.id === id)?.share ?? null;

  return (
    <>
      <div className="screen-intro">
        <ScreenHeading>{t('network.dashboard.title')}</ScreenHeading>
        <p className="muted">{t('network.dashboard.intro')}</p>
      </div>
      {!latest ? <p className="notice notice-info">{t('network.dashboard.noData')}</p> : null}

      <section className="panel" aria-labelledby="feedback-title" data-testid="dashboard-feedback">
        <h2 id="feedback-title">{t('network.dashboard.feedbackTitle')}</h2>
        {network ? (
          <p className="muted">
            {t('network.dashboard.feedbackFrom', { network: visibleText(network.networkLabel), practices: network.practices, date: formatDate(network.asOf) })}
          </p>
        ) : (
          <p className="muted">{t('network.dashboard.feedbackIntro')}</p>
        )}
        <div className="button-row">
          <FilePickerButton label={t('network.dashboard.feedbackImport')} accept=".json,application/json" disabled={busy} onFiles={(files) => void importFiles(files)} testId="feedback-file" />
        </div>
        <SummaryImportOutcomes outcomes={outcomes} />
        {network && latest ? (
          <div className="table-scroll">
            <table className="data-table" data-testid="feedback-table">
              <thead>
                <tr>
                  <th scope="col">{t('network.summary.indicator')}</th>
                  <th scope="col" className="numeric">{t('network.dashboard.practiceShare')}</th>
                  <th scope="col" className="numeric">{t('network.dashboard.networkShare')}</th>
                  <th scope="col">{t('network.summary.target')}</th>
                </tr>
              </thead>
              <tbody>
                {indicatorIds.map((id) => (
                  <tr key={id}>
                    <th scope="row">{t(`network.indicators.${id}`)}</th>
                    <td className="numeric">{practiceShareText(latest.table.indicators[id], latest.table.population)}</td>
                    <td className="numeric">{formatShare(networkShare(id), i18n.language)}</td>
                    <td>{targetText(data.targets[id])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      {latest ? (
        <>
          <section aria-labelledby="trend-title">
            <h2 id="trend-title">{t('network.dashboard.indicatorsTitle')}</h2>
            <div className="chart-grid" data-testid="indicator-charts">
              {indicatorIds.map((id) => {
                const target = data.targets[id];
                const series = data.points.map((point) => ({ date: formatDate(point.asOf), share: percentOf(point.table.indicators[id], point.table.population) }));
                const shareOfNetwork = networkShare(id);
                return (
                  <ChartPanel key={id} id={`chart-${id}`} title={t(`network.indicators.${id}`)} fileName={`tovholder_${id}`}>
                    <ResponsiveContainer width="100%" height={190}>
                      <LineChart data={series} margin={{ top: 10, right: 16, bottom: 4, left: 0 }}>
                        <CartesianGrid stroke="#e3e7ec" />
                        <XAxis dataKey="date" tick={{ fontSize: 12 }} />
                        <YAxis domain={[0, 100]} ticks={percentTicks} unit="%" width={44} tick={{ fontSize: 12 }} />
                        <Tooltip formatter={(value) => [percentText(value), t('network.dashboard.practiceLine')]} />
                        {target ? (
                          <ReferenceLine
                            y={target.percent}
                            stroke={chartColors.target}
                            strokeDasharray="6 4"
                            label={{ value: t('network.dashboard.targetLine', { target: targetText(target) }), position: 'insideBottomRight', fontSize: 11, fill: chartColors.target }}
                          />
                        ) : null}
                        {shareOfNetwork !== null ? (
                          <ReferenceLine
                            y={sharePercent(shareOfNetwork)}
                            stroke={chartColors.network}
                            strokeDasharray="2 3"
                            label={{ value: t('network.dashboard.networkLine'), position: 'insideTopLeft', fontSize: 11, fill: chartColors.network }}
                          />
                        ) : null}
                        <Line type="monotone" dataKey="share" stroke={chartColors.practice} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
                      </LineChart>
                    </ResponsiveContainer>
                  </ChartPanel>
                );
              })}
            </div>
          </section>
          <div className="chart-grid chart-grid-wide">
            <ChartPanel id="chart-hba1c" title={t('network.dashboard.hba1cTitle')} fileName="tovholder_hba1c">
              <ResponsiveContainer width="100%" height={240}>
                <BarChart data={breakdownKeys.hba1cBand.map((key) => ({ band: t(`network.breakdownKeys.${key}`), count: latest.table.breakdowns.hba1cBand?.[key] ?? null }))}>
                  <CartesianGrid stroke="#e3e7ec" vertical={false} />
                  <XAxis dataKey="band" tick={{ fontSize: 12 }} />
                  <YAxis allowDecimals={false} width={44} tick={{ fontSize: 12 }} />
                  <Tooltip formatter={(value) => [String(value), t('network.dashboard.patients')]} />
                  <Bar dataKey="count" fill={chartColors.practice} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </ChartPanel>
            <ChartPanel id="chart-follow-up" title={t('network.dashboard.followUpTitle')} note={t('network.dashboard.followUpNote')} fileName="tovholder_opfoelgning">
              <ResponsiveContainer width="100%" height={260}>
                <BarChart data={followUpRows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
                  <CartesianGrid stroke="#e3e7ec" horizontal={false} />
                  <XAxis type="number" domain={[0, 100]} ticks={percentTicks} unit="%" tick={{ fontSize: 12 }} />
                  <YAxis type="category" dataKey="check" width={120} tick={{ fontSize: 12 }} />
                  <Tooltip formatter={(value, name) => [percentText(value), String(name)]} />
                  <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => checkStates.indexOf(item.dataKey as (typeof checkStates)[number])} />
                  {shownStates.map((state) => (
                    <Bar key={state} dataKey={state} name={t(`states.${state}`)} stackId="states" fill={chartColors.states[state]} isAnimationActive={false} />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </ChartPanel>
          </div>
        </>
      ) : null}
    </>
  );
}
