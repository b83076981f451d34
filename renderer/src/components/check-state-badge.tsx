import { useTranslation } from 'react-i18next';
import { flagOfCheck, isFlagged } from '../../../shared/follow-up-states';
import type { WorklistCheck } from '../../../shared/worklists';
import { formatDate } from '../display-format';

/**
 * A check's last date and graded state in words; the colour only repeats what the words say.
 * A flagged check carries its follow-up flag's name for tests and styles.
 */
export function CheckStateCell({ status }: { status: WorklistCheck }) {
  const { t } = useTranslation();
  const flag = isFlagged(status.state) ? flagOfCheck[status.check] : undefined;
  return (
    <td className="check-cell">
      <span className="check-date">{status.lastDone ? formatDate(status.lastDone) : '–'}</span>
      <span className={`state-badge state-${status.state}`} data-state={status.state} data-flag={flag}>
        {t(`states.${status.state}`)}
      </span>
    </td>
  );
}
