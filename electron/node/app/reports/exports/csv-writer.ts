import { frenchDate } from '../../../../common/domain/passes/paris-date';
import { frenchInstant } from '../../../../common/documents/report-text';
import type { ColumnType, Sheet, SheetCell } from './table-sheet';

/**
 * CSV as French spreadsheets open it: UTF-8 with a byte-order mark, `;` between fields, decimal comma, CRLF. A text
 * starting with `=`, `+`, `-`, `@` or a tab is prefixed with `'` so that no spreadsheet runs it as a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function text(value: SheetCell, type: ColumnType): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (type === 'euros') return (value / 100).toFixed(2).replace('.', ',');
    return value.toString();
  }
  if (type === 'date') return frenchDate(value);
  if (type === 'datetime') return frenchInstant(value).replace(' à ', ' ');
  return FORMULA_START.test(value) && type === 'text' ? `'${value}` : value;
}

function field(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function sheetLines(sheet: Sheet): string[] {
  return [
    sheet.columns.map((column) => field(column.header)).join(';'),
    ...sheet.rows.map((row) => row.map((value, index) => field(text(value, sheet.columns[index]?.type ?? 'text'))).join(';')),
  ];
}

/** One sheet as a CSV file; several sheets follow each other, each under its name, separated by an empty line. */
export function csvFile(sheets: readonly Sheet[]): Buffer {
  const lines = sheets.length === 1 ? sheetLines(sheets[0] as Sheet) : sheets.flatMap((sheet, index) => [...(index > 0 ? [''] : []), field(sheet.name), ...sheetLines(sheet)]);
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
