import type { SignInRefusal } from '../workshops/signin-rule';

/** Short French labels of the reasons a pass was refused at the door, for the day close. */
export const REFUSAL_LABELS: Record<SignInRefusal, string> = {
  inconnu: 'Pass inconnu',
  'mal-lu': 'Code mal lu',
  'jamais-distribue': 'Pass jamais distribué',
  'deja-utilise': 'Pass déjà utilisé',
  revoque: 'Pass révoqué',
  expire: 'Pass expiré',
  'seance-annulee': 'Séance annulée',
  'seance-close': 'Séance déjà close',
  'pas-encore': 'Séance d’un autre jour',
  complet: 'Séance complète',
  'pass-requis': 'Pass requis',
};

export function refusalLabel(reason: string): string {
  return (REFUSAL_LABELS as Record<string, string>)[reason] ?? reason;
}
