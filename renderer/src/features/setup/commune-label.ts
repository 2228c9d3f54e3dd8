import type { TFunction } from 'i18next';
import type { CommuneDto } from '../../../../electron/common/contract';

/** "Montpellier (34000, 34070, 34080…) — INSEE 34172". */
export function communeLabel(t: TFunction, commune: CommuneDto): string {
  const codes = commune.codesPostaux;
  const postalCodes = codes.length > 3 ? `${codes.slice(0, 3).join(', ')}…` : codes.join(', ');
  return t('setup.site.communeOption', { name: commune.nom, postalCodes, code: commune.code });
}
