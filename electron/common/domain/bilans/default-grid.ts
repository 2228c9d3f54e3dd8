import { COOP_REDIRECTIONS, COOP_THEMATIQUES } from '../workshops/coop';
import type { NeedsGridDefinition } from './needs-grid';

const options = (pairs: ReadonlyArray<readonly [string, string]>) => pairs.map(([code, label]) => ({ code, label }));

/** Version 1 of every desk's grid, from research/domain.md §2 (a synthesis of Pix, Les Bons Clics and La Coop). */
export const DEFAULT_NEEDS_GRID: NeedsGridDefinition = {
  title: 'Bilan des besoins numériques',
  sections: [
    {
      code: 'equipement',
      label: 'Équipement',
      questions: [
        {
          code: 'equipements',
          label: 'Quels appareils la personne utilise-t-elle ?',
          type: 'multiple',
          required: true,
          options: options([
            ['smartphone', 'Smartphone'],
            ['ordinateur', 'Ordinateur'],
            ['tablette', 'Tablette'],
            ['aucun', 'Aucun'],
          ]),
        },
        { code: 'internet-domicile', label: 'Internet à la maison', type: 'yes-no', required: false },
        { code: 'forfait-donnees', label: 'Forfait de données mobiles', type: 'yes-no', required: false },
      ],
    },
    {
      code: 'acces',
      label: 'Accès et comptes',
      questions: [
        { code: 'adresse-email', label: 'A une adresse e-mail qu’elle sait ouvrir', type: 'yes-no', required: false },
        { code: 'franceconnect', label: 'Compte FranceConnect', type: 'yes-no', required: false },
        { code: 'ameli', label: 'Compte ameli', type: 'yes-no', required: false },
        { code: 'impots', label: 'Compte impots.gouv.fr', type: 'yes-no', required: false },
      ],
    },
    {
      code: 'freins',
      label: 'Freins',
      questions: [
        {
          code: 'freins',
          label: 'Ce qui gêne la personne',
          type: 'multiple',
          required: false,
          options: options([
            ['langue', 'Langue (allophone)'],
            ['lecture-ecriture', 'Lecture ou écriture'],
            ['vue-handicap', 'Vue ou handicap (besoin d’adaptation)'],
            ['apprehension', 'Appréhension, peur de mal faire'],
            ['cout', 'Coût du matériel ou de la connexion'],
          ]),
        },
      ],
    },
    {
      code: 'besoins',
      label: 'Besoins',
      questions: [
        {
          code: 'thematiques',
          label: 'Ce que la personne veut apprendre ou faire',
          help: 'Thématiques de La Coop de la médiation numérique.',
          type: 'multiple',
          required: true,
          options: options(COOP_THEMATIQUES),
        },
      ],
    },
    {
      code: 'niveau',
      label: 'Niveau',
      questions: [
        {
          code: 'profil',
          label: 'Profil',
          type: 'single',
          required: true,
          options: options([
            ['exclu', 'Exclu·e du numérique'],
            ['debutant', 'Débutant·e'],
            ['presque-autonome', 'Presque autonome'],
          ]),
        },
        {
          code: 'abc-diag',
          label: 'Résultat Pix ABC Diag (si passé)',
          help: 'Recopiez le résultat affiché à la fin du questionnaire.',
          type: 'text',
          required: false,
          maxLength: 100,
        },
      ],
    },
    {
      code: 'orientation',
      label: 'Orientation',
      questions: [
        {
          code: 'orientation',
          label: 'Orientation proposée',
          type: 'multiple',
          required: true,
          options: options([
            ['atelier-collectif', 'Atelier collectif'],
            ['accompagnement-individuel', 'Accompagnement individuel'],
            ['redirection', 'Redirection vers une autre structure'],
          ]),
        },
        { code: 'structure-redirection', label: 'Structure de redirection', type: 'single', required: false, options: options(COOP_REDIRECTIONS) },
      ],
    },
    {
      code: 'resultat',
      label: 'Résultat',
      questions: [{ code: 'pass-proposes', label: 'Nombre de pass proposés', type: 'number', required: true, min: 0, max: 50 }],
    },
  ],
};
