import { addMonths, type IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import { frenchMonth } from '../../../../../electron/common/domain/reports/periods';

/** How many months the régie statement offers, the current one included. */
export const REGIE_MONTH_COUNT = 24;

/** The last 24 months (`YYYY-MM`), most recent first, as Select options. */
export function regieMonths(today: IsoDate): Array<{ value: string; label: string }> {
  const first = `${today.slice(0, 7)}-01`;
  return Array.from({ length: REGIE_MONTH_COUNT }, (_, index) => {
    const month = addMonths(first, -index).slice(0, 7);
    return { value: month, label: frenchMonth(month) };
  });
}

/** The month a régisseur usually justifies: the one before `today`'s. */
export function previousMonth(today: IsoDate): string {
  return addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}
