import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backups';
import { useContractClient } from '../contract-client-context';
import { formatTimestamp } from '../display-format';
import { errorMessage } from '../error-message';
import { BackupTable } from './backup-table';
import { ErrorAlert } from './error-alert';

interface BackupsPanelProps {
  folder: string;
  /** The database was replaced: everything shown elsewhere must be fetched again. */
  onRestored: () => Promise<void>;
}

/**
 * Sikkerhedskopier: the list, "take one now", and restore after an explicit confirmation that
 * says the current database is backed up first.
 */
export function BackupsPanel({ folder, onRestored }: BackupsPanelProps) {
  const { t } = useTranslation();
  const client = useContractClient();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [pending, setPending] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState<'creating' | 'restoring' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const load = useCallback(async () => {
    try {
      setBackups((await client.call('backups:list', {})).backups);
    } catch (caught) {
      setFailure({ title: t('settings.loadFailed'), message: errorMessage(caught, t) });
    }
  }, [client, t]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const createNow = async () => {
    setBusy('creating');
    setNotice(null);
    try {
      await client.call('backups:create', {});
      setNotice(t('backups.created'));
      setFailure(null);
      await load();
    } catch (caught) {
      setFailure({ title: t('backups.createFailed'), message: errorMessage(caught, t) });
    } finally {
      setBusy(null);
    }
  };

  const restore = async (backup: BackupInfo) => {
    setBusy('restoring');
    setNotice(null);
    try {
      await client.call('backups:restore', { fileName: backup.fileName });
      setPending(null);
      setFailure(null);
      setNotice(t('backups.restored', { date: formatTimestamp(backup.createdAt) }));
      await load();
      await onRestored();
    } catch (caught) {
      setFailure({ title: t('backups.failed'), message: errorMessage(caught, t) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="panel" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p>{t('backups.intro')}</p>
      <p className="muted file-name">{t('backups.folder', { folder })}</p>
      {failure ? <ErrorAlert title={failure.title} message={failure.message} onDismiss={() => setFailure(null)} /> : null}
      {notice ? (
        <p role="status" className="notice notice-success">
          {notice}
        </p>
      ) : null}
      {pending ? (
        <div className="confirm-box" role="group" aria-labelledby="restore-confirm-title">
          <p id="restore-confirm-title" className="confirm-title">
            {t('backups.confirmTitle', { date: formatTimestamp(pending.createdAt) })}
          </p>
          <p>{t('backups.confirmBody')}</p>
          <div className="button-row">
            <button ref={confirmRef} type="button" className="button button-primary" disabled={busy !== null} onClick={() => void restore(pending)}>
              {busy === 'restoring' ? t('backups.restoring') : t('backups.confirm')}
            </button>
            <button type="button" className="button button-quiet" disabled={busy !== null} onClick={() => setPending(null)}>
              {t('backups.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {backups && backups.length === 0 ? <p className="empty-state">{t('backups.none')}</p> : null}
      {backups && backups.length > 0 ? <BackupTable backups={backups} busy={busy !== null} onRestore={setPending} /> : null}
      <div className="button-row">
        <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void createNow()}>
          {busy === 'creating' ? t('backups.creating') : t('backups.createNow')}
        </button>
      </div>
    </section>
  );
}
