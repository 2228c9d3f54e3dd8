import { foldText } from '../../../../electron/common/domain/beneficiaries/name-folding';

/** A stable code for a new criterion, from its label: `Famille monoparentale` → `famille-monoparentale`. */
export function criterionCode(label: string, taken: ReadonlySet<string>): string {
  const base =
    foldText(label)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'critere';
  let code = base;
  for (let n = 2; taken.has(code); n += 1) code = `${base}-${n}`;
  return code;
}
