/** A beneficiary's genre (La Coop's model), a closed list; « non communiqué » is always allowed. */
export const GENRES = ['feminin', 'masculin', 'non-communique'] as const;
export type Genre = (typeof GENRES)[number];

export const GENRE_LABELS: Record<Genre, string> = { feminin: 'Féminin', masculin: 'Masculin', 'non-communique': 'Non communiqué' };
