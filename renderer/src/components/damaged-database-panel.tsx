import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../../shared/backups';
import { useContractClient } from '../contract-client-context';
import { formatTimestamp } from '../display-format';
import { errorMessage } from '../error-message';
import { ErrorAlert } from './error-alert';

/**
 * Shown instead of every screen when the database failed `PRAGMA integrity_check` at start:
 * what happened, in plain Danish, and one button to the latest backup that passes the check.
 */
export function DamagedDatabasePanel({ storage, onRestored }: { storage: StorageStatus; onRestored: () => Promise<void> }) {
  const { t } = useTranslation();
  const client = useContractClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const backup = storage.latestSoundBackup;

  const restore = async () => {
    if (!backup) return;
    setBusy(true);
    try {
      await client.call('backups:restore', { fileName: backup.fileName });
      await onRestored();
    } catch (caught) {
      setFailure(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel panel-danger" aria-labelledby="damaged-title" role="alert">
      <h1 id="damaged-title" className="screen-heading">
        {t('damaged.title')}
      </h1>
      <p>{t('damaged.body')}</p>
      {failure ? <ErrorAlert title={t('backups.failed')} message={failure} onDismiss={() => setFailure(null)} /> : null}
      {backup ? (
        <>
          <p>{t('damaged.offer', { date: formatTimestamp(backup.createdAt) })}</p>
          <p className="muted">{t('damaged.kept')}</p>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void restore()}>
            {busy ? t('backups.restoring') : t('damaged.restore', { date: formatTimestamp(backup.createdAt) })}
          </button>
        </>
      ) : (
        <p>{t('damaged.noBackup')}</p>
      )}
    </section>
  );
}
