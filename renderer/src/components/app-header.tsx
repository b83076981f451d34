import { useTranslation } from 'react-i18next';
import { formatDate } from '../display-format';

interface AppHeaderProps {
  latestExtractDate: string | null;
  onToggleLanguage: () => void;
}

/** The app's name and the one fact every screen depends on: how fresh the practice's data is. */
export function AppHeader({ latestExtractDate, onToggleLanguage }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-title">
        <span className="app-name">{t('app.name')}</span>
        <span className="app-tagline">{t('app.tagline')}</span>
      </div>
      <div className="app-header-side">
        <p className="header-extract-date" data-testid="header-extract-date">
          {latestExtractDate ? (
            <>
              <span className="header-extract-label">{t('app.extractDate')}</span>{' '}
              <strong>{formatDate(latestExtractDate)}</strong>
            </>
          ) : (
            t('app.noExtract')
          )}
        </p>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={onToggleLanguage}
          // The button speaks the language it switches to, so a screen reader pronounces it right.
          lang={t('app.switchLanguageCode')}
        >
          {t('app.switchLanguage')}
        </button>
      </div>
    </header>
  );
}
