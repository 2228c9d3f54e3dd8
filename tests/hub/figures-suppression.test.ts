import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { suppressPeopleTable } from '../../hub/src/figures/suppression';
import { PROJECT_ROOT } from '../support/paths';

describe('small-cell suppression across sites', () => {
  it('hides a small cell, the cell that would give it back in its column, and again across the row', () => {
    // Rows: two categories; columns: site A, site B (then Total).
    const table = suppressPeopleTable([[10, 3], [12, 20]], 2, 5, true);
    // B's 3 is small; in B's column, 20 goes too; in the Total column (13, 32) nothing is small, but the row
    // 10 + [3] = 13 would give it back: A's 10 goes, then A's column (10, 12) needs a second one: 12.
    expect(table.cells).toEqual([[null, null, 13], [null, null, 32]]);
    expect(table.totals).toEqual([22, 23, 45]);
  });

  it('hides a whole small group, zeros included, and its total', () => {
    const table = suppressPeopleTable([[2], [0], [1]], 1, 5, true);
    expect(table.cells).toEqual([[null, null], [null, null], [null, null]]);
    expect(table.totals).toEqual([null, null]);
  });

  it('hides cells one by one when a person may be in several rows (criteria), completing the rows', () => {
    const table = suppressPeopleTable([[2, 7], [0, 0]], 2, 5, false);
    expect(table.cells).toEqual([[null, null, 9], [0, 0, 0]]);
    expect(table.totals).toBeNull();
  });

  it('leaves tables without small cells alone', () => {
    expect(suppressPeopleTable([[6, 0], [5, 9]], 2, 5, true).cells).toEqual([[6, 0, 6], [5, 9, 14]]);
  });
});

describe('the hub may import the small-cell suppression, and nothing else of the desk', () => {
  it('allows electron/common/domain/reports/small-cells only', async () => {
    const eslint = new ESLint({ cwd: PROJECT_ROOT });
    const restricted = async (from: string) => {
      const [result] = await eslint.lintText(`import { a } from '${from}';\nexport const b = a;\n`, { filePath: path.join(PROJECT_ROOT, 'hub/src/figures/x.ts') });
      return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').length;
    };
    expect(await restricted('../../../electron/common/domain/reports/small-cells')).toBe(0);
    expect(await restricted('../../../electron/common/domain/reports/periods')).toBe(1);
    expect(await restricted('../../../electron/common/domain/reports/small-cells-extra')).toBe(1);
  });
});
