/** La Coop's statut social of a beneficiary (research/domain.md §3.2), a closed list. */
export const SOCIAL_STATUSES = ['scolarise', 'sans-emploi', 'en-emploi', 'retraite', 'non-communique'] as const;
export type SocialStatus = (typeof SOCIAL_STATUSES)[number];

export const SOCIAL_STATUS_LABELS: Record<SocialStatus, string> = {
  scolarise: 'Scolarisé·e',
  'sans-emploi': 'Sans emploi',
  'en-emploi': 'En emploi',
  retraite: 'Retraité·e',
  'non-communique': 'Non communiqué',
};
