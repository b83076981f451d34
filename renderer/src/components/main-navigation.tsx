import { useTranslation } from 'react-i18next';

export type NavigationTarget = 'home' | 'patients' | 'quality' | 'report' | 'settings';

interface MainNavigationProps {
  current: NavigationTarget;
  showReport: boolean;
  onNavigate: (target: NavigationTarget) => void;
}

/** Buttons, not links: there are no addresses to open in a new tab, only screens of one window. */
export function MainNavigation({ current, showReport, onNavigate }: MainNavigationProps) {
  const { t } = useTranslation();
  const targets: NavigationTarget[] = showReport ? ['home', 'patients', 'quality', 'report', 'settings'] : ['home', 'patients', 'quality', 'settings'];
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {targets.map((target) => (
          <li key={target}>
            <button
              type="button"
              className="nav-button"
              aria-current={current === target ? 'page' : undefined}
              onClick={() => onNavigate(target)}
            >
              {t(`nav.${target}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
