/**
 * French labels of the closed lists the desks send as codes. The hub imports nothing of the desk but the wire
 * protocol, so these mirror the desk's lists (electron/common/domain: age bands, genres, statuts sociaux, priority
 * criteria, La Coop's thématiques); an unknown code is shown as it is.
 */
export const AGE_BANDS: ReadonlyArray<readonly [string, string]> = [
  ['moins-12', 'Moins de 12 ans'],
  ['12-17', '12 à 17 ans'],
  ['18-24', '18 à 24 ans'],
  ['25-39', '25 à 39 ans'],
  ['40-59', '40 à 59 ans'],
  ['60-69', '60 à 69 ans'],
  ['70-plus', '70 ans et plus'],
  ['non-communique', 'Non communiqué'],
];

export const GENRES: ReadonlyArray<readonly [string, string]> = [
  ['feminin', 'Féminin'],
  ['masculin', 'Masculin'],
  ['non-communique', 'Non communiqué'],
];

export const SOCIAL_STATUSES: ReadonlyArray<readonly [string, string]> = [
  ['scolarise', 'Scolarisé·e'],
  ['sans-emploi', 'Sans emploi'],
  ['en-emploi', 'En emploi'],
  ['retraite', 'Retraité·e'],
  ['non-communique', 'Non communiqué'],
];

export const PRIORITY_CRITERIA: ReadonlyArray<readonly [string, string]> = [
  ['senior', 'Senior'],
  ['isole', 'Personne isolée'],
  ['allophone', 'Allophone'],
  ['demandeur-emploi-peu-qualifie', 'Demandeur·se d’emploi peu qualifié·e'],
  ['jeune-eloigne-emploi', 'Jeune éloigné·e de l’emploi'],
  ['residant-qpv', 'Résident·e d’un QPV'],
];

export const THEMES: ReadonlyArray<readonly [string, string]> = [
  ['diagnostic-numerique', 'Diagnostic numérique'],
  ['prendre-en-main-materiel', 'Prendre en main du matériel'],
  ['maintenance-materiel', 'Maintenance de matériel'],
  ['contenus-numeriques', 'Gérer ses contenus numériques'],
  ['navigation-internet', 'Navigation sur internet'],
  ['email', 'E-mail'],
  ['bureautique', 'Bureautique'],
  ['reseaux-sociaux', 'Réseaux sociaux'],
  ['sante', 'Santé'],
  ['banque-achats', 'Banque et achats en ligne'],
  ['accompagner-professionnel', 'Accompagner un professionnel'],
  ['insertion-professionnelle', 'Insertion professionnelle'],
  ['securite-numerique', 'Prévention en sécurité numérique'],
  ['parentalite', 'Parentalité'],
  ['scolarite', 'Scolarité et numérique'],
  ['creer-numerique', 'Créer avec le numérique'],
  ['culture-numerique', 'Culture numérique'],
  ['intelligence-artificielle', 'Intelligence artificielle'],
  ['demarches-administratives', 'Aide aux démarches administratives'],
];

/**
 * The rows of a list: the known codes in their order (all of them when `keepEmpty`), then the other codes met in
 * the data, as they are.
 */
export function rowsOf(known: ReadonlyArray<readonly [string, string]>, seen: Iterable<string>, keepEmpty: boolean): Array<{ code: string; label: string }> {
  const seenSet = new Set(seen);
  const rows = known.filter(([code]) => keepEmpty || seenSet.has(code)).map(([code, label]) => ({ code, label }));
  const knownCodes = new Set(known.map(([code]) => code));
  const others = [...seenSet].filter((code) => !knownCodes.has(code)).sort((a, b) => a.localeCompare(b, 'fr'));
  return [...rows, ...others.map((code) => ({ code, label: code }))];
}
