import { useTranslation } from 'react-i18next';
import type { ConfirmationRequest } from '../hooks/use-extract-import';

interface ImportConfirmationProps {
  request: ConfirmationRequest;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A file that would empty most of the lists, or that rejects many rows, is not imported until
 * the user has read why and says so; cancelling leaves the database as it was.
 */
export function ImportConfirmation({ request, onConfirm, onCancel }: ImportConfirmationProps) {
  const { t, i18n } = useTranslation();
  const share = (part: number, whole: number) => Math.round((100 * part) / whole).toLocaleString(i18n.language);
  return (
    <section className="panel notice-warning" role="alertdialog" aria-labelledby="import-confirm-title" data-testid="import-confirmation">
      <h2 id="import-confirm-title">{t('importConfirm.title', { fileName: request.file.name })}</h2>
      <ul>
        {request.risks.map((risk) => (
          <li key={risk.kind} data-risk={risk.kind}>
            {risk.kind === 'many_absent'
              ? t('importConfirm.manyAbsent', { absent: risk.absent, current: risk.current, share: share(risk.absent, risk.current) })
              : t('importConfirm.manyRejected', { rejected: risk.rejected, rows: risk.rowsRead, share: share(risk.rejected, risk.rowsRead) })}
          </li>
        ))}
      </ul>
      <p>{t('importConfirm.advice')}</p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('importConfirm.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={onConfirm} data-testid="import-confirm">
          {t('importConfirm.confirm')}
        </button>
      </div>
    </section>
  );
}
