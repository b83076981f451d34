import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './network-screens.css';
import type { PracticeSummary } from '../../../shared/summary/summary-schema';
import { ErrorAlert } from '../components/error-alert';
import { ScreenHeading } from '../components/screen-heading';
import { SummaryPreview } from '../components/summary-preview';
import { SummaryReleases } from '../components/summary-releases';
import { SummarySettingsForm } from '../components/summary-settings-form';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { localValidation } from '../form-validation';
import { formatDate } from '../display-format';
import { saveExportedFile } from '../exported-file';
import type { ContractClient } from '../client/contract-client';
import { useContractData } from '../hooks/use-contract-data';

const labelKey = 'tovholder.summaryLabel';

const loadReleases = (client: ContractClient) => client.call('summary:releases', {});

/**
 * The practice's summary for its network: chosen name and extract date (only the dates of
 * imported extracts are offered; the core refuses any other), a preview of exactly what the file
 * holds, and only then, after the user confirms, the file. The core audits and remembers each
 * export, and the list of sent summaries shows them.
 */
export function SummaryScreen({ extractDates }: { extractDates: readonly string[] }) {
  const { t } = useTranslation();
  const client = useContractClient();
  const dates = [...new Set(extractDates)].sort().reverse();
  const [label, setLabel] = useState(() => window.localStorage.getItem(labelKey) ?? '');
  const [asOf, setAsOf] = useState(dates[0] ?? '');
  const releases = useContractData(loadReleases);
  const [summary, setSummary] = useState<PracticeSummary | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ fileName: string } | null>(null);

  if (dates.length === 0) {
    return (
      <>
        <ScreenHeading>{t('network.summary.title')}</ScreenHeading>
        <p className="notice notice-info">{t('network.summary.noExtract')}</p>
      </>
    );
  }

  const request = () => ({ label: label.trim(), ...(asOf ? { asOf } : {}) });

  const preview = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setConfirmed(false);
    try {
      const result = await client.call('summary:preview', request());
      window.localStorage.setItem(labelKey, label.trim());
      setSummary(result);
      setError(null);
    } catch (caught) {
      setSummary(null);
      setError(errorMessage(caught, t));
    }
  };

  const save = async (format: 'json' | 'xlsx') => {
    try {
      const file = await client.call('summary:export', { ...request(), format });
      saveExportedFile(file);
      setSaved({ fileName: file.fileName });
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
    void releases.reload();
  };

  // A changed name or date makes the preview stale: it must be shown again before saving.
  const change = (apply: () => void) => {
    apply();
    setSummary(null);
    setConfirmed(false);
  };

  return (
    <>
      <div className="screen-intro">
        <ScreenHeading>{t('network.summary.title')}</ScreenHeading>
        <p className="muted">{t('network.summary.intro')}</p>
      </div>
      <form className="panel summary-form" onSubmit={(event) => void preview(event)}>
        <div className="form-field">
          <label htmlFor="summary-label">{t('network.summary.label')}</label>
          <input
            id="summary-label"
            type="text"
            required
            maxLength={80}
            {...localValidation(t)}
            value={label}
            aria-describedby="summary-label-hint"
            onChange={(event) => change(() => setLabel(event.target.value))}
          />
          <p id="summary-label-hint" className="muted">
            {t('network.summary.labelHint')}
          </p>
        </div>
        <div className="form-field">
          <label htmlFor="summary-as-of">{t('network.summary.asOf')}</label>
          <select id="summary-as-of" required {...localValidation(t)} value={asOf} aria-describedby="summary-as-of-hint" onChange={(event) => change(() => setAsOf(event.target.value))}>
            {dates.map((date) => (
              <option key={date} value={date}>
                {formatDate(date)}
              </option>
            ))}
          </select>
          <p id="summary-as-of-hint" className="muted">
            {t('network.summary.asOfHint')}
          </p>
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('network.summary.preview')}
          </button>
        </div>
      </form>
      <details className="panel settings-panel">
        <summary>{t('network.settings.title')}</summary>
        <SummarySettingsForm onSaved={() => change(() => undefined)} />
      </details>
      {error ? <ErrorAlert title={t('network.summary.title')} message={error} onDismiss={() => setError(null)} /> : null}
      {summary ? (
        <section className="panel" aria-labelledby="summary-preview-title">
          <h2 id="summary-preview-title">{t('network.summary.previewTitle')}</h2>
          <SummaryPreview summary={summary} />
          <details className="raw-json">
            <summary>{t('network.summary.rawJson')}</summary>
            <pre data-testid="summary-json">{JSON.stringify(summary, null, 2)}</pre>
          </details>
          <label className="confirm-field">
            <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
            {t('network.summary.confirm')}
          </label>
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={!confirmed} onClick={() => void save('json')}>
              {t('network.summary.saveJson')}
            </button>
            <button type="button" className="button button-secondary" disabled={!confirmed} onClick={() => void save('xlsx')}>
              {t('network.summary.saveXlsx')}
            </button>
          </div>
          {saved ? (
            <p role="status" className="notice notice-success" data-testid="summary-saved">
              {t('network.summary.saved', { fileName: saved.fileName })}
            </p>
          ) : null}
        </section>
      ) : null}
      {releases.error ? <ErrorAlert title={t('network.summary.releasesTitle')} message={releases.error} /> : null}
      {releases.data ? <SummaryReleases releases={releases.data.releases} /> : null}
    </>
  );
}
