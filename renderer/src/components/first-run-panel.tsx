import { useTranslation } from 'react-i18next';

interface FirstRunPanelProps {
  busy: boolean;
  onLoadDemo: () => void;
}

/** An empty database greets a new user with one click to a working app instead of zeros. */
export function FirstRunPanel({ busy, onLoadDemo }: FirstRunPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="panel first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('firstRun.title')}</h2>
      <p>{t('firstRun.body')}</p>
      <p className="muted">{t('firstRun.demoNote')}</p>
      <button type="button" className="button button-primary" onClick={onLoadDemo} disabled={busy}>
        {t('firstRun.loadDemo')}
      </button>
    </section>
  );
}
