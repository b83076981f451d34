import { useTranslation } from 'react-i18next';
import type { SummaryImportOutcome } from '../hooks/use-summary-import';

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
              <li key={outcome.fileName}>{t('network.coordinator.refused', { fileName: outcome.fileName, reason: outcome.refusal })}</li>
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
