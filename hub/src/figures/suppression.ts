import { suppressBreakdown, suppressCount } from '../../../electron/common/domain/reports/small-cells';

/**
 * Small-cell suppression of a table of people: one row per category, one column per site, then the Total column
 * (the sum of the sites: a person is counted at each site) and, for a breakdown, the Total row. The desks' rules
 * apply per column (`suppressBreakdown`: small cells hidden, and a second one when a single hidden cell could be
 * found again from the column's total) and per margin (`suppressCount`). Across sites, a row is a sum too (site A
 * = Total − site B), so the same secondary rule then runs on every row, column and the Total row until no line
 * has exactly one hidden cell.
 */
export interface SuppressedTable {
  /** [row][site…, total]: a count, or null when masked. */
  cells: Array<Array<number | null>>;
  /** The Total row ([site…, total]) of a breakdown; null when the rows do not add up (criteria, summaries). */
  totals: Array<number | null> | null;
}

interface Line {
  values: number[];
  hidden: boolean[];
  /** Writes back the hidden flags of the line. */
  hide(index: number): void;
}

/** Hides a second cell of a line that has exactly one: the smallest non-zero one still shown. */
function completeLine(line: Line): boolean {
  if (line.hidden.filter(Boolean).length !== 1) return false;
  let smallest = -1;
  line.values.forEach((value, index) => {
    if (!line.hidden[index] && value > 0 && (smallest === -1 || value < (line.values[smallest] ?? 0))) smallest = index;
  });
  if (smallest === -1) return false;
  line.hide(smallest);
  return true;
}

/**
 * `counts[row][site]`; `additive` when the rows split each site's people (a breakdown with a Total row), false
 * when a person may be in several rows or none (criteria, summary lines).
 */
export function suppressPeopleTable(counts: readonly number[][], siteCount: number, threshold: number, additive: boolean): SuppressedTable {
  const full = counts.map((row) => [...row, row.reduce((sum, value) => sum + value, 0)]);
  const columns = siteCount + 1;
  const margins = Array.from({ length: columns }, (_, column) => full.reduce((sum, row) => sum + (row[column] ?? 0), 0));
  const isHidden = (published: number | string) => typeof published === 'string';
  const hidden = full.map((row) => row.map(() => false));
  const marginHidden = margins.map((margin) => additive && isHidden(suppressCount(margin, threshold)));
  for (let column = 0; column < columns; column += 1) {
    const published = additive
      ? suppressBreakdown(full.map((row) => row[column] ?? 0), threshold)
      : full.map((row) => suppressCount(row[column] ?? 0, threshold));
    published.forEach((value, row) => (hidden[row]![column] = isHidden(value)));
  }

  const rowLine = (row: number): Line => ({
    values: full[row]!,
    hidden: hidden[row]!,
    hide: (index) => (hidden[row]![index] = true),
  });
  const columnLine = (column: number): Line => ({
    values: [...full.map((row) => row[column] ?? 0), margins[column] ?? 0],
    hidden: [...hidden.map((row) => row[column] ?? false), marginHidden[column] ?? false],
    hide: (index) => (index === full.length ? (marginHidden[column] = true) : (hidden[index]![column] = true)),
  });
  const marginLine = (): Line => ({ values: margins, hidden: marginHidden, hide: (index) => (marginHidden[index] = true) });

  for (let changed = true; changed; ) {
    changed = false;
    for (let row = 0; row < full.length; row += 1) changed = completeLine(rowLine(row)) || changed;
    if (!additive) continue;
    for (let column = 0; column < columns; column += 1) changed = completeLine(columnLine(column)) || changed;
    changed = completeLine(marginLine()) || changed;
  }
  return {
    cells: full.map((row, r) => row.map((value, c) => (hidden[r]![c] ? null : value))),
    totals: additive ? margins.map((value, c) => (marginHidden[c] ? null : value)) : null,
  };
}
