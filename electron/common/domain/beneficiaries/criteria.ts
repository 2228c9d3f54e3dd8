/** Priority publics, a closed list (DESIGN.md); desks may add their own, stored in the settings. */
export const PRIORITY_CRITERIA = [
  'senior',
  'isole',
  'allophone',
  'demandeur-emploi-peu-qualifie',
  'jeune-eloigne-emploi',
  'residant-qpv',
] as const;
export type PriorityCriterion = (typeof PRIORITY_CRITERIA)[number];

export const PRIORITY_CRITERIA_LABELS: Record<PriorityCriterion, string> = {
  senior: 'Senior',
  isole: 'Personne isolée',
  allophone: 'Allophone',
  'demandeur-emploi-peu-qualifie': 'Demandeur·se d’emploi peu qualifié·e',
  'jeune-eloigne-emploi': 'Jeune éloigné·e de l’emploi',
  'residant-qpv': 'Résident·e d’un QPV',
};

/** Age bands of La Coop's model, derived from the birth year. */
export const AGE_BANDS = ['moins-12', '12-17', '18-24', '25-39', '40-59', '60-69', '70-plus', 'non-communique'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(birthYear: number | null, currentYear: number): AgeBand {
  if (birthYear === null) return 'non-communique';
  const age = currentYear - birthYear;
  if (age < 12) return 'moins-12';
  if (age < 18) return '12-17';
  if (age < 25) return '18-24';
  if (age < 40) return '25-39';
  if (age < 60) return '40-59';
  if (age < 70) return '60-69';
  return '70-plus';
}
