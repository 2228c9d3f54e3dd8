import { foldText } from './name-folding';

/**
 * Words that suggest a note holds what the scheme must not collect (research/reliability.md §4, G6): health,
 * religion, opinions, sexual life, offences, identifiers and the person's credentials. Matched on folded text
 * at the start of a word (`malad` finds « maladie », « malade »). The guard only warns: the agent decides.
 */
const SENSITIVE_STEMS: ReadonlyArray<readonly [stem: string, shown: string]> = [
  ['sante', 'santé'],
  ['malad', 'maladie'],
  ['medic', 'médical'],
  ['medecin', 'médecin'],
  ['hopital', 'hôpital'],
  ['hospitalis', 'hospitalisation'],
  ['handicap', 'handicap'],
  ['diagnost', 'diagnostic'],
  ['cancer', 'cancer'],
  ['vih', 'VIH'],
  ['sida', 'sida'],
  ['depress', 'dépression'],
  ['psychiatr', 'psychiatrie'],
  ['psycholog', 'psychologue'],
  ['enceinte', 'enceinte'],
  ['grossesse', 'grossesse'],
  ['alcool', 'alcool'],
  ['drogue', 'drogue'],
  ['addict', 'addiction'],
  ['religi', 'religion'],
  ['musulman', 'musulman'],
  ['juif', 'juif'],
  ['juive', 'juive'],
  ['chretien', 'chrétien'],
  ['catholique', 'catholique'],
  ['mosquee', 'mosquée'],
  ['eglise', 'église'],
  ['synagogue', 'synagogue'],
  ['politique', 'politique'],
  ['syndica', 'syndicat'],
  ['homosexu', 'homosexualité'],
  ['sexuel', 'sexuel'],
  ['ethni', 'ethnie'],
  ['prison', 'prison'],
  ['detenu', 'détenu'],
  ['condamn', 'condamnation'],
  ['casier', 'casier judiciaire'],
  ['mot de passe', 'mot de passe'],
  ['mdp', 'mot de passe'],
  ['securite sociale', 'sécurité sociale'],
  ['nir', 'NIR'],
];

/** Longer notes are more likely to say too much: the guard warns from this length. */
export const LONG_NOTE = 300;

/** The sensitive words found in a note, as shown to the agent (each once, in list order). */
export function sensitiveWordsIn(note: string): string[] {
  const folded = ` ${foldText(note).replace(/[^a-z0-9]+/g, ' ')} `;
  const found = new Set<string>();
  for (const [stem, shown] of SENSITIVE_STEMS) {
    if (folded.includes(` ${stem}`)) found.add(shown);
  }
  return [...found];
}
