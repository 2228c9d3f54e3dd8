import { periodText } from './period';
import { cellCsv, frenchInstant, type FiguresReport } from './report-model';

/**
 * The figures as CSV for a spreadsheet: UTF-8 with BOM, `;` separators, one line per row of every table (its
 * name first), masked cells as on the page (« < 5 »).
 */
const quote = (value: string) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A cell that a spreadsheet would read as a formula is prefixed with an apostrophe (CSV injection). */
const safe = (value: string) => quote(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function figuresCsv(report: FiguresReport): string {
  const lines: string[][] = [
    ['Collectivité', report.collectivityName],
    ['Période', periodText(report.period)],
    ['Édité le', frenchInstant(report.generatedAt)],
    ['Effectifs masqués', `moins de ${report.threshold} personnes (« < ${report.threshold} »)`],
    [],
  ];
  for (const block of report.blocks) {
    for (const table of block.tables) {
      lines.push([table.name, ...table.headers]);
      for (const row of [...table.rows, ...(table.total ? [table.total] : [])]) {
        lines.push([table.name, row.label, ...row.cells.map((cell) => cellCsv(cell, report.threshold))]);
      }
      lines.push([]);
    }
  }
  lines.push(['Dernières données', 'Lieu', 'Dernier envoi reçu']);
  for (const site of report.sites) {
    lines.push(['Dernières données', site.name, site.lastReceivedAt ? frenchInstant(site.lastReceivedAt) : 'aucun']);
  }
  return `\uFEFF${lines.map((line) => line.map(safe).join(';')).join('\r\n')}\r\n`;
}
