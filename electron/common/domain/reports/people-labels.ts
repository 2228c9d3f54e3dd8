import type { AgeBand } from '../beneficiaries/criteria';

/** Age bands as the funders' tables name them. */
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  'moins-12': 'Moins de 12 ans',
  '12-17': '12 à 17 ans',
  '18-24': '18 à 24 ans',
  '25-39': '25 à 39 ans',
  '40-59': '40 à 59 ans',
  '60-69': '60 à 69 ans',
  '70-plus': '70 ans et plus',
  'non-communique': 'Non communiqué',
};
