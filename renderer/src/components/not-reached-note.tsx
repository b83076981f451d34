import { useTranslation } from 'react-i18next';
import type { NotReached } from '../../../shared/not-reached';

/** *Ikke nået* and the next step, where the nurse reads the patient's contacts. */
export function NotReachedNote({ notReached }: { notReached: NotReached }) {
  const { t } = useTranslation();
  return (
    <p className="not-reached-note" data-not-reached={notReached.suggestion}>
      <strong>{t('lists.notReached.label', { count: notReached.attempts })}</strong>{' '}
      {t('lists.notReached.suggestion', { step: t(`lists.notReached.steps.${notReached.suggestion}`) })}
    </p>
  );
}
