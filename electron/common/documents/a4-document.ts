/**
 * An A4 report as data, like the receipt layout: built once from the report's figures, then rendered as an HTML
 * page for the browser's print dialog (a4-document-html.ts) or as a PDF in the backend. Texts are final French
 * strings; numbers are already formatted. Pure: no I/O.
 */
export type A4Block =
  | { kind: 'heading'; text: string }
  /** Label → value pairs, two columns. */
  | { kind: 'facts'; rows: ReadonlyArray<readonly [string, string]> }
  | {
      kind: 'table';
      caption: string;
      columns: ReadonlyArray<{ label: string; align: 'left' | 'right' }>;
      rows: ReadonlyArray<readonly string[]>;
      /** A bold last row (totals). */
      footer?: readonly string[];
      /** Said instead of an empty table. */
      empty?: string;
    }
  | { kind: 'paragraph'; text: string; strong?: boolean };

export interface A4Document {
  title: string;
  /** Under the title: site, period. */
  subtitle: string;
  blocks: A4Block[];
  /** Small print at the end: when and by what it was produced. */
  footer: string;
}

/** Integers the French way: `12 345`, with a no-break space that every medium prints. */
export function formatCount(value: number | string): string {
  return typeof value === 'string' ? value : value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0');
}

/** `37,5 %`; an empty base gives a dash. */
export function formatShare(count: number, total: number): string {
  if (total === 0) return '—';
  const tenths = Math.round((count / total) * 1000) / 10;
  return `${tenths.toString().replace('.', ',')}\u00A0%`;
}
