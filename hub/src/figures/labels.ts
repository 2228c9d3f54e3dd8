import { GENRE_LABELS, GENRES as GENRE_CODES } from '../../../electron/common/domain/beneficiaries/genre';
import { AGE_BANDS as AGE_BAND_CODES, PRIORITY_CRITERIA as CRITERION_CODES, PRIORITY_CRITERIA_LABELS } from '../../../electron/common/domain/beneficiaries/criteria';
import { AGE_BAND_LABELS } from '../../../electron/common/domain/reports/people-labels';
import { SOCIAL_STATUSES as SOCIAL_STATUS_CODES, SOCIAL_STATUS_LABELS } from '../../../electron/common/domain/reports/social-status';
import { COOP_THEMATIQUES } from '../../../electron/common/domain/workshops/coop';

/**
 * French labels of the closed lists the desks send as codes: the desk's own lists (electron/common/domain, pure
 * code), in their order; an unknown code is shown as it is.
 */
type Labelled = ReadonlyArray<readonly [string, string]>;

function labelled<Code extends string>(codes: readonly Code[], labels: Record<Code, string>): Labelled {
  return codes.map((code) => [code, labels[code]] as const);
}

export const AGE_BANDS = labelled(AGE_BAND_CODES, AGE_BAND_LABELS);
export const GENRES = labelled(GENRE_CODES, GENRE_LABELS);
export const SOCIAL_STATUSES = labelled(SOCIAL_STATUS_CODES, SOCIAL_STATUS_LABELS);
export const PRIORITY_CRITERIA = labelled(CRITERION_CODES, PRIORITY_CRITERIA_LABELS);
export const THEMES: Labelled = COOP_THEMATIQUES;

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
