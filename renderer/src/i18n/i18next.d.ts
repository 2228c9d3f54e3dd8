import 'i18next';
import type { FrResource } from './fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: FrResource };
  }
}
