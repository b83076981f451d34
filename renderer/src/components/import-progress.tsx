import { useTranslation } from 'react-i18next';
import type { RunningImport } from '../hooks/use-extract-import';

interface ImportProgressProps {
  running: RunningImport;
  onCancel: () => void;
}

/**
 * A running import: rows done of rows total, and Cancel, which takes the whole batch back. While
 * the file is being opened there is nothing to count yet, so the bar moves without a value.
 */
export function ImportProgress({ running, onCancel }: ImportProgressProps) {
  const { t } = useTranslation();
  const { status, fileName } = running;
  const counted = status.phase !== 'opening' && status.total > 0;
  const cancelling = status.state === 'cancelling';
  const label = cancelling
    ? t('importJob.cancelling')
    : counted
      ? t(`importJob.${status.phase === 'reading' ? 'reading' : 'writing'}`, { done: status.done, total: status.total })
      : t('importJob.opening');

  return (
    <div className="import-progress" data-testid="import-progress">
      <p className="import-progress-file">{t('importJob.file', { fileName })}</p>
      {counted ? (
        <progress max={status.total} value={status.done} aria-label={t('importJob.barLabel')} />
      ) : (
        <progress aria-label={t('importJob.barLabel')} />
      )}
      {/* Screen readers hear each step once, not every count the bar moves by. */}
      <p role="status" className="visually-hidden">
        {cancelling ? t('importJob.cancelling') : t(`importJob.step.${status.phase}`)}
      </p>
      <div className="import-progress-footer">
        <p className="import-progress-label" data-testid="import-progress-label">
          {label}
        </p>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={cancelling}>
          {t('importJob.cancel')}
        </button>
      </div>
    </div>
  );
}
