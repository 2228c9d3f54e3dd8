import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import type { ColumnType, Sheet, SheetCell } from './table-sheet';

type Cell = string | number | { value: number | Date; type: typeof Number | typeof Date; format: string } | null;

/** Plain values where the type says it all (most cells: the writer is faster), objects for dates and amounts. */
function cell(value: SheetCell, type: ColumnType): Cell {
  if (value === null) return null;
  if (typeof value === 'string') {
    if (type === 'date') return { value: new Date(`${value}T00:00:00.000Z`), type: Date, format: 'dd/mm/yyyy' };
    if (type === 'datetime') return { value: new Date(value), type: Date, format: 'dd/mm/yyyy hh:mm' };
    return value;
  }
  if (type === 'euros') return { value: value / 100, type: Number, format: '#,##0.00 "€"' };
  return value;
}

/**
 * The sheets as one XLSX workbook: numbers stay numbers (amounts in euros with two decimals), dates are dates, the
 * header row is bold. Instants are written in Paris wall-clock time, which is what a spreadsheet shows.
 */
export async function xlsxFile(sheets: readonly Sheet[], parisWallClock: (iso: string) => string): Promise<Buffer> {
  const data = sheets.map((sheet) => [
    sheet.columns.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' as const })),
    ...sheet.rows.map((row) =>
      row.map((value, index) => {
        const type = sheet.columns[index]?.type ?? 'text';
        return cell(type === 'datetime' && typeof value === 'string' ? parisWallClock(value) : value, type);
      }),
    ),
  ]);
  const file = writeExcelFile(
    sheets.map((sheet, index) => ({
      data: data[index] as SheetData,
      sheet: sheet.name.slice(0, 31),
      columns: sheet.columns.map((column) => ({ width: column.width ?? Math.max(10, Math.min(40, column.header.length + 2)) })),
      stickyRowsCount: 1,
    })),
  );
  return (await file.toBuffer()) as Buffer;
}
