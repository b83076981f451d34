import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../../shared/backups';

/** Privatliv: what is stored, where, and what leaves the machine (nothing), with the real paths. */
export function PrivacyPanel({ storage }: { storage: StorageStatus }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacy.title')}</h2>
      <p>{t('privacy.stored')}</p>
      <p>{t('privacy.where')}</p>
      <p>{t('privacy.leaves')}</p>
      <p>{t('privacy.log')}</p>
      <dl className="path-list">
        <dt>{t('privacy.databasePath')}</dt>
        <dd className="file-name">{storage.databasePath}</dd>
        <dt>{t('privacy.backupFolder')}</dt>
        <dd className="file-name">{storage.backupFolder}</dd>
        <dt>{t('privacy.logFolder')}</dt>
        <dd className="file-name">{storage.logFolder}</dd>
      </dl>
    </section>
  );
}
