import { useTranslation } from 'react-i18next';
import type { SummaryImportOutcome } from '../hooks/use-summary-import';

/** Asks first: a new key is taken only when the user has checked with the sender. */
function AcceptNewKeyButton({ fileName, accept }: { fileName: string; accept: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-quiet button-small"
      aria-label={t('network.coordinator.acceptNewKeyLabel', { fileName })}
      onClick={() => {
        if (window.confirm(t('network.coordinator.acceptNewKeyConfirm'))) void accept();
      }}
    >
      {t('network.coordinator.acceptNewKey')}
    </button>
  );
}

/** What happened to each file of the last import: taken in, or refused and why. */
export function SummaryImportOutcomes({ outcomes }: { outcomes: readonly SummaryImportOutcome[] }) {
  const { t } = useTranslation();
  if (outcomes.length === 0) return null;
  const refused = outcomes.filter((outcome) => outcome.refusal !== null);
  const imported = outcomes.filter((outcome) => outcome.refusal === null);
  return (
    <div data-testid="summary-import-outcomes">
      {refused.length > 0 ? (
        <div role="alert" className="alert alert-error" data-testid="summary-import-refused">
          <ul className="plain-list">
            {refused.map((outcome) => (
              <li key={outcome.fileName}>
                {t('network.coordinator.refused', { fileName: outcome.fileName, reason: outcome.refusal })}
                {outcome.acceptNewKey ? <AcceptNewKeyButton fileName={outcome.fileName} accept={outcome.acceptNewKey} /> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {imported.length > 0 ? (
        <div role="status" className="notice notice-success">
          <ul className="plain-list">
            {imported.map((outcome) => (
              <li key={outcome.fileName}>{t('network.coordinator.imported', { fileName: outcome.fileName })}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
