import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './fr';

/** French only. Initialised synchronously (resources are bundled) before the first render. */
export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: 'fr',
      fallbackLng: 'fr',
      supportedLngs: ['fr'],
      resources: { fr: { translation: fr } },
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  }
  return i18next;
}

export { fr };
