import { useTranslation } from 'react-i18next';
import { extractAge } from '../../../shared/as-of';
import { formatDate } from '../display-format';
import { setAsOfBasis, type AsOfBasis } from '../hooks/use-as-of-basis';

interface AsOfLineProps {
  asOf: string;
  extractDate: string;
  today: string;
  basis: AsOfBasis;
  testId: string;
}

/**
 * The date the lists are computed on, the extract's date beside it, a plain warning when the
 * extract is old, and the choice between today and the extract's date.
 */
export function AsOfLine({ asOf, extractDate, today, basis, testId }: AsOfLineProps) {
  const { t } = useTranslation();
  const age = extractAge(extractDate, today);
  return (
    <div className="as-of-line">
      <p className="muted" data-testid={testId}>
        {t(basis === 'today' ? 'asOf.today' : 'asOf.extract', { date: formatDate(asOf), extractDate: formatDate(extractDate), today: formatDate(today) })}{' '}
        <button type="button" className="link-button" onClick={() => setAsOfBasis(basis === 'today' ? 'extract' : 'today')} data-testid="as-of-switch">
          {t(basis === 'today' ? 'asOf.showExtract' : 'asOf.showToday')}
        </button>
      </p>
      {age.stale ? (
        <p className="notice notice-warning" data-testid="stale-extract">
          {age.months >= 1 ? t('asOf.staleMonths', { count: age.months }) : t('asOf.staleDays', { count: age.days })}
        </p>
      ) : null}
    </div>
  );
}
