/**
 * A table to export, independent of the file format: the CSV and XLSX writers render the same sheets. Amounts are
 * integer cents, dates Paris calendar days (`YYYY-MM-DD`), instants ISO strings; a count may be a suppressed `< 5`.
 */
export type ColumnType = 'text' | 'count' | 'euros' | 'date' | 'datetime';
export type SheetCell = string | number | null;

export interface Sheet {
  name: string;
  columns: ReadonlyArray<{ header: string; type: ColumnType; width?: number }>;
  rows: SheetCell[][];
}
