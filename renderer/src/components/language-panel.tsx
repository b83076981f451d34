import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/setup-i18n';

/** The language choice, as radio buttons named in their own language. */
export function LanguagePanel({ onChange }: { onChange: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  const options: { value: Language; label: string }[] = [
    { value: 'da', label: t('settings.languageDa') },
    { value: 'en', label: t('settings.languageEn') },
  ];
  return (
    <section className="panel" aria-labelledby="language-title">
      <h2 id="language-title">{t('settings.languageTitle')}</h2>
      <fieldset className="radio-group">
        <legend>{t('settings.languageLabel')}</legend>
        {options.map((option) => (
          <label key={option.value} lang={option.value}>
            <input
              type="radio"
              name="language"
              value={option.value}
              checked={i18n.language === option.value}
              onChange={() => onChange(option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
