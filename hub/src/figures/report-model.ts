/** What the page and the CSV show: the same tables, so the same masked cells. */

export type Cell =
  | { kind: 'count'; value: number }
  | { kind: 'euros'; cents: number }
  | { kind: 'hours'; minutes: number }
  | { kind: 'text'; text: string }
  /** A count of people under the threshold, or one that would give it away (« < 5 »). */
  | { kind: 'masked' };

export interface FigureRowLine {
  label: string;
  cells: Cell[];
}

export interface FigureTable {
  /** Short name of the table (the CSV's first column). */
  name: string;
  caption: string;
  /** Header of the row-label column, then of each cell column. */
  headers: string[];
  rows: FigureRowLine[];
  total?: FigureRowLine;
}

export interface FigureBlock {
  title: string;
  notes: string[];
  tables: FigureTable[];
}

export interface SiteFreshness {
  name: string;
  lastReceivedAt: Date | null;
  stale: boolean;
}

export interface FiguresReport {
  collectivityName: string;
  period: { preset: string; from: string; to: string };
  generatedAt: Date;
  threshold: number;
  sites: SiteFreshness[];
  blocks: FigureBlock[];
  /** Whether some cell is masked (the footnote is shown then). */
  masked: boolean;
}

export const count = (value: number): Cell => ({ kind: 'count', value });
export const euros = (cents: number): Cell => ({ kind: 'euros', cents });
export const hours = (minutes: number): Cell => ({ kind: 'hours', minutes });
export const text = (value: string): Cell => ({ kind: 'text', text: value });
export const masked: Cell = { kind: 'masked' };
export const published = (value: number | null): Cell => (value === null ? masked : count(value));

const thousands = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** A cell as the page shows it. */
export function cellText(cell: Cell, threshold: number): string {
  switch (cell.kind) {
    case 'count':
      return thousands.format(cell.value);
    case 'euros':
      return money.format(cell.cents / 100);
    case 'hours': {
      const minutes = cell.minutes % 60;
      return `${thousands.format(Math.floor(cell.minutes / 60))} h${minutes ? ` ${String(minutes).padStart(2, '0')}` : ''}`;
    }
    case 'text':
      return cell.text;
    case 'masked':
      return `< ${threshold}`;
  }
}

/** A cell as the CSV holds it: plain numbers (decimal comma for euros), « < 5 » when masked. */
export function cellCsv(cell: Cell, threshold: number): string {
  switch (cell.kind) {
    case 'count':
      return String(cell.value);
    case 'euros':
      return (cell.cents / 100).toFixed(2).replace('.', ',');
    case 'hours':
      return (cell.minutes / 60).toFixed(2).replace('.', ',');
    case 'text':
      return cell.text;
    case 'masked':
      return `< ${threshold}`;
  }
}

export const frenchInstant = (date: Date) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(date);
