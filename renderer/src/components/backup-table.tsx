import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backups';
import { formatTimestamp } from '../display-format';

interface BackupTableProps {
  backups: readonly BackupInfo[];
  busy: boolean;
  onRestore: (backup: BackupInfo) => void;
}

/** Sizes the way a file manager shows them: kB and MB, with the language's decimal mark. */
function formatSize(bytes: number, language: string): string {
  const format = (value: number, unit: string) => `${value.toLocaleString(language, { maximumFractionDigits: 1 })} ${unit}`;
  if (bytes < 1024 * 1024) return format(Math.max(0.1, bytes / 1024), 'kB');
  return format(bytes / (1024 * 1024), 'MB');
}

/** The backups, newest first, each with its own restore button (named for its date). */
export function BackupTable({ backups, busy, onRestore }: BackupTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="backup-table">
        <caption className="visually-hidden">{t('backups.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backups.createdAt')}</th>
            <th scope="col">{t('backups.reason')}</th>
            <th scope="col" className="numeric">{t('backups.size')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('backups.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.fileName}>
              <td>{formatTimestamp(backup.createdAt)}</td>
              <td>{t(`backups.reasons.${backup.reason}`)}</td>
              <td className="numeric">{formatSize(backup.sizeBytes, i18n.language)}</td>
              <td className="numeric">
                <button
                  type="button"
                  className="button button-quiet button-small"
                  disabled={busy}
                  aria-label={t('backups.restoreLabel', { date: formatTimestamp(backup.createdAt) })}
                  onClick={() => onRestore(backup)}
                >
                  {t('backups.restore')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
