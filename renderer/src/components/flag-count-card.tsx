import { useTranslation } from 'react-i18next';

interface FlagCountCardProps {
  label: string;
  /** Null: the extract has no column for it, so the number is unknown (never shown as 0). */
  count: number | null;
  hint: string;
  tone: 'annual' | 'eye' | 'foot' | 'any' | 'neutral';
  /** Opens the patient list behind the number; a card without it is information only. */
  onOpen?: () => void;
  testId: string;
}

/** One number on the home screen, large enough to read across the room, with what it means. */
export function FlagCountCard({ label, count, hint, tone, onOpen, testId }: FlagCountCardProps) {
  const { t, i18n } = useTranslation();
  const body = (
    <>
      <span className="count-card-number" data-testid={`${testId}-count`}>
        {count === null ? '–' : count.toLocaleString(i18n.language)}
      </span>
      <span className="count-card-label">{label}</span>
      <span className="count-card-hint">{hint}</span>
      {onOpen ? (
        <span className="count-card-open">
          {t('home.openList')} <span aria-hidden="true">→</span>
        </span>
      ) : null}
    </>
  );
  return onOpen ? (
    <button type="button" className={`count-card count-card-${tone} count-card-link`} onClick={onOpen} data-testid={testId}>
      {body}
    </button>
  ) : (
    <div className={`count-card count-card-${tone}`} data-testid={testId}>
      {body}
    </div>
  );
}
