/**
 * La Coop de la médiation numérique's activity model (research/domain.md §3.2): the lists the national tool
 * counts with, so that an activity recorded here compares with theirs.
 */

/** La Coop's thématiques (research/domain.md §3.2): the needs map directly onto activity records. */
export const COOP_THEMATIQUES: ReadonlyArray<readonly [string, string]> = [
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

/** La Coop's `StructureDeRedirection`. */
export const COOP_REDIRECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['administration', 'Administration'],
  ['autre-mediation-numerique', 'Autre structure de médiation numérique'],
  ['operateur-demarche', 'Opérateur en charge de la démarche'],
  ['aide-sociale', 'Structure d’aide sociale'],
  ['insertion-professionnelle', 'Structure d’insertion professionnelle'],
  ['aide-demarches-administratives', 'Aide aux démarches administratives (France Services…)'],
  ['autre', 'Autre'],
];

/** The codes of the thématiques, for validation. */
export const COOP_THEMATIQUE_CODES = COOP_THEMATIQUES.map(([code]) => code);
export const COOP_REDIRECTION_CODES = COOP_REDIRECTIONS.map(([code]) => code);

export function thematiqueLabel(code: string): string {
  return COOP_THEMATIQUES.find(([candidate]) => candidate === code)?.[1] ?? code;
}

export function redirectionLabel(code: string): string {
  return COOP_REDIRECTIONS.find(([candidate]) => candidate === code)?.[1] ?? code;
}

/** A collective workshop's level (La Coop's `niveau`). */
export const WORKSHOP_LEVELS = ['debutant', 'intermediaire', 'avance'] as const;
export type WorkshopLevel = (typeof WORKSHOP_LEVELS)[number];
export const WORKSHOP_LEVEL_LABELS: Record<WorkshopLevel, string> = {
  debutant: 'Débutant',
  intermediaire: 'Intermédiaire',
  avance: 'Avancé',
};

/** The person's autonomy after an individual session (La Coop's `autonomie`). */
export const AUTONOMY_LEVELS = ['entierement-accompagne', 'partiellement-autonome', 'autonome'] as const;
export type AutonomyLevel = (typeof AUTONOMY_LEVELS)[number];
export const AUTONOMY_LABELS: Record<AutonomyLevel, string> = {
  'entierement-accompagne': 'Entièrement accompagné·e',
  'partiellement-autonome': 'Partiellement autonome',
  autonome: 'Autonome',
};

/** La Coop's activity types. */
export const ACTIVITY_TYPES = ['collectif', 'individuel'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  collectif: 'Atelier collectif',
  individuel: 'Accompagnement individuel',
};
