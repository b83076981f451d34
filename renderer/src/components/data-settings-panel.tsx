import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataSettings } from '../../../shared/privacy-settings';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { ErrorAlert } from './error-alert';
import { NumberField } from './number-field';

/** How many backups are kept and how many years of care plans: saved together, applied at once. */
export function DataSettingsPanel({ onChanged }: { onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const client = useContractClient();
  const [settings, setSettings] = useState<DataSettings | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    client.call('dataSettings:get', {}).then(setSettings, (caught: unknown) =>
      setFailure({ title: t('settings.loadFailed'), message: errorMessage(caught, t) }),
    );
  }, [client, t]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setBusy(true);
    setNotice(null);
    try {
      const result = await client.call('dataSettings:update', settings);
      setSettings(result.settings);
      setFailure(null);
      setNotice(result.batchesDeleted > 0 ? t('settings.savedDeleted', { count: result.batchesDeleted }) : t('settings.saved'));
      if (result.batchesDeleted > 0) await onChanged();
    } catch (caught) {
      setFailure({ title: t('settings.saveFailed'), message: errorMessage(caught, t) });
    } finally {
      setBusy(false);
    }
  };

  const field = (key: keyof DataSettings, max: number) => (
    <NumberField
      id={`data-${key}`}
      label={t(`settings.${key}`)}
      hint={t(`settings.${key}Hint`)}
      min={1}
      max={max}
      value={settings?.[key] ?? ''}
      onChange={(value) => settings && setSettings({ ...settings, [key]: value })}
    />
  );

  return (
    <section className="panel" aria-labelledby="data-settings-title">
      <h2 id="data-settings-title">{t('settings.dataTitle')}</h2>
      {failure ? <ErrorAlert title={failure.title} message={failure.message} onDismiss={() => setFailure(null)} /> : null}
      {notice ? (
        <p role="status" className="notice notice-success">
          {notice}
        </p>
      ) : null}
      {settings ? (
        <form onSubmit={(event) => void save(event)}>
          {field('backupsToKeep', 100)}
          {field('retentionYears', 50)}
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t('settings.save')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
