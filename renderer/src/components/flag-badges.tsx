import { useTranslation } from 'react-i18next';
import type { FollowUpFlag } from '../../../shared/follow-up-rules';

/** A patient's flags as words, each in its own colour; the colour only repeats what the word says. */
export function FlagBadges({ flags }: { flags: readonly FollowUpFlag[] }) {
  const { t } = useTranslation();
  return (
    <ul className="flag-badges">
      {flags.map((flag) => (
        <li key={flag} className={`flag-badge flag-${flag}`} data-flag={flag}>
          {t(`flags.${flag}`)}
        </li>
      ))}
    </ul>
  );
}
