import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { da, type Catalogue } from './da';
import { en } from './en';

/** Typed keys: `t('worklist.nmae')` is a compile error, not a blank label in front of a GP. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];

const languageKey = 'tovholder.language';

/** The user's own choice survives a restart; anything else means the default, Danish. */
export function storedLanguage(storage: Pick<Storage, 'getItem'>): Language {
  const stored = storage.getItem(languageKey);
  return stored === 'en' ? 'en' : 'da';
}

export function storeLanguage(storage: Pick<Storage, 'setItem'>, language: Language): void {
  storage.setItem(languageKey, language);
}

export function setupI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng: language,
    fallbackLng: 'da',
    // React escapes what it renders; escaping here as well would show `&amp;` in names.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
