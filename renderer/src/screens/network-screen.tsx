import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './network-screens.css';
import { visibleText } from '../../../shared/display-text';
import { indicatorIds, type IndicatorId } from '../../../shared/summary/indicator-definitions';
import { BenchmarkChart } from '../components/benchmark-chart';
import { BenchmarkTable } from '../components/benchmark-table';
import { ChartPanel } from '../components/chart-panel';
import { ErrorAlert } from '../components/error-alert';
import { FilePickerButton } from '../components/file-picker-button';
import { NetworkTrendChart } from '../components/network-trend-chart';
import { ScreenHeading } from '../components/screen-heading';
import { SummaryImportOutcomes } from '../components/summary-import-outcomes';
import { useContractClient } from '../contract-client-context';
import { formatDate } from '../display-format';
import { errorMessage } from '../error-message';
import { saveExportedFile } from '../exported-file';
import { useNetworkReport } from '../hooks/use-network-report';
import { useSummaryImport } from '../hooks/use-summary-import';
import { practiceLetters } from '../practice-letters';

const networkNameKey = 'tovholder.networkName';

/**
 * Coordinator mode: many practices' summary files in, a benchmark per period out, practices as
 * letters unless names are turned on; the report as XLSX and the network summary for practices.
 */
export function NetworkScreen() {
  const { t } = useTranslation();
  const client = useContractClient();
  const [showLabels, setShowLabels] = useState(false);
  const [networkLabel, setNetworkLabel] = useState(() => window.localStorage.getItem(networkNameKey) ?? 'Netværket');
  const [indicator, setIndicator] = useState<IndicatorId>('annual_check');
  const [chosenPeriod, setChosenPeriod] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { entries, periods, error, reload, setError } = useNetworkReport(showLabels, networkLabel);
  const { outcomes, busy, importFiles } = useSummaryImport('practice', reload);

  const period = periods.find((candidate) => candidate.period === chosenPeriod) ?? periods.at(-1);

  const save = async (format: 'xlsx' | 'pdf' | 'summary') => {
    try {
      const file = await client.call('network:export', {
        showLabels,
        networkLabel: networkLabel.trim() || 'Netværket',
        format,
        ...(period ? { period: period.period } : {}),
      });
      saveExportedFile(file);
      setSaved(file.fileName);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };

  const remove = async (id: number, label: string, entryPeriod: string) => {
    if (!window.confirm(t('network.coordinator.removeConfirm', { label, period: entryPeriod }))) return;
    try {
      await client.call('network:remove', { id });
      await reload();
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };

  const practiceEntries = (entries ?? []).filter((entry) => entry.kind === 'practice');
  // With names off the table shows the benchmark's letters, and not the file names, which
  // carry the practice's name.
  const letters = practiceLetters(practiceEntries);
  const shownLabel = (label: string) => (showLabels ? visibleText(label) : (letters.get(label) ?? ''));

  return (
    <div className="network-screen">
      <div className="screen-intro">
        <ScreenHeading>{t('network.coordinator.title')}</ScreenHeading>
        <p className="muted">{t('network.coordinator.intro')}</p>
      </div>
      <section className="panel no-print" aria-labelledby="network-files-title">
        <h2 id="network-files-title">{t('network.coordinator.filesTitle')}</h2>
        <div className="button-row">
          <FilePickerButton label={t('network.coordinator.import')} accept=".json,application/json" multiple disabled={busy} onFiles={(files) => void importFiles(files)} testId="network-files" />
        </div>
        <SummaryImportOutcomes outcomes={outcomes} />
        {error ? <ErrorAlert title={t('errors.loadFailed')} message={error} onDismiss={() => setError(null)} /> : null}
        {practiceEntries.length === 0 ? (
          <p className="muted">{t('network.coordinator.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" data-testid="network-files-table">
              <thead>
                <tr>
                  <th scope="col">{t('network.coordinator.fileLabel')}</th>
                  <th scope="col">{t('network.coordinator.filePeriod')}</th>
                  <th scope="col">{t('network.coordinator.fileAsOf')}</th>
                  {showLabels ? <th scope="col">{t('network.coordinator.fileName')}</th> : null}
                  <th scope="col">
                    <span className="visually-hidden">{t('network.coordinator.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {practiceEntries.map((entry) => (
                  <tr key={entry.id}>
                    <td data-testid="network-file-label">{shownLabel(entry.label)}</td>
                    <td>{entry.period}</td>
                    <td>{formatDate(entry.asOf)}</td>
                    {showLabels ? <td className="file-name">{entry.fileName}</td> : null}
                    <td>
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        aria-label={t('network.coordinator.removeLabel', { label: shownLabel(entry.label), period: entry.period })}
                        onClick={() => void remove(entry.id, shownLabel(entry.label), entry.period)}
                      >
                        {t('network.coordinator.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {period ? (
        <section className="panel" aria-labelledby="benchmark-title">
          <h2 id="benchmark-title">{t('network.coordinator.benchmarkTitle', { period: period.period })}</h2>
          <div className="toolbar">
            <label className="checkbox-field">
              <input type="checkbox" checked={showLabels} onChange={(event) => setShowLabels(event.target.checked)} />
              {t('network.coordinator.showLabels')}
            </label>
            <div className="form-field form-field-inline">
              <label htmlFor="network-period">{t('network.coordinator.period')}</label>
              <select id="network-period" value={period.period} onChange={(event) => setChosenPeriod(event.target.value)}>
                {periods.map((candidate) => (
                  <option key={candidate.period} value={candidate.period}>
                    {candidate.period}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field form-field-inline">
              <label htmlFor="network-name">{t('network.coordinator.networkName')}</label>
              <input
                id="network-name"
                type="text"
                maxLength={80}
                value={networkLabel}
                onChange={(event) => {
                  setNetworkLabel(event.target.value);
                  window.localStorage.setItem(networkNameKey, event.target.value);
                }}
              />
            </div>
          </div>
          <BenchmarkTable period={period} />
          <div className="form-field form-field-inline">
            <label htmlFor="network-indicator">{t('network.coordinator.chartIndicator')}</label>
            <select id="network-indicator" value={indicator} onChange={(event) => setIndicator(event.target.value as IndicatorId)}>
              {indicatorIds.map((id) => (
                <option key={id} value={id}>
                  {t(`network.indicators.${id}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="chart-grid chart-grid-wide">
            <ChartPanel
              id="benchmark-chart"
              title={t('network.coordinator.chartTitle', { indicator: t(`network.indicators.${indicator}`), period: period.period })}
              fileName={`netvaerk_${indicator}_${period.period}`}
            >
              <BenchmarkChart period={period} indicator={indicator} />
            </ChartPanel>
            <ChartPanel id="network-trend-chart" title={`${t('network.coordinator.trendTitle')}: ${t(`network.indicators.${indicator}`)}`} fileName={`netvaerk_udvikling_${indicator}`}>
              <NetworkTrendChart periods={periods} indicator={indicator} />
            </ChartPanel>
          </div>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void save('xlsx')}>
              {t('network.coordinator.saveReport')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => void save('pdf')}>
              {t('network.coordinator.savePdf')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('network.coordinator.print')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => void save('summary')}>
              {t('network.coordinator.saveFeedback', { period: period.period })}
            </button>
          </div>
          {saved ? (
            <p role="status" className="notice notice-success">
              {t('network.coordinator.saved', { fileName: saved })}
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
