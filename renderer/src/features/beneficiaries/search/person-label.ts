import type { BeneficiarySummaryDto } from '../../../../../electron/common/contract';

/** "DUPONT Héloïse": the family name in capitals, as on French forms. */
export function personName(person: Pick<BeneficiarySummaryDto, 'nom' | 'prenom'>): string {
  return `${person.nom.toLocaleUpperCase('fr-FR')} ${person.prenom}`;
}
