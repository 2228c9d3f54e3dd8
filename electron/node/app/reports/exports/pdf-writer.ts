import PDFDocument from 'pdfkit';
import type { A4Block, A4Document } from '../../../../common/documents/a4-document';

/**
 * An A4 document (electron/common/documents) as a PDF, with PDF's built-in Helvetica: its encoding has the French
 * letters, `€`, `’` and `·`; any other character is replaced so the text stays extractable and never garbled.
 */
const MARGIN = 45;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const SIZE = { title: 18, subtitle: 11, heading: 13, body: 9.5, small: 8 };
const CELL_PADDING = 3;

/** Windows-1252 printable characters beyond ASCII and Latin-1 (what the standard fonts can show). */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

function printable(text: string): string {
  return text.replace(/\u202F/g, '\u00A0').replace(/[^\x20-\x7E\u00A0-\u00FF]/g, (character) => (WIN_ANSI_EXTRA.includes(character) ? character : '?'));
}

type Doc = InstanceType<typeof PDFDocument>;

function ensureRoom(doc: Doc, height: number): boolean {
  if (doc.y + height <= doc.page.height - MARGIN) return false;
  doc.addPage();
  return true;
}

function columnWidths(block: Extract<A4Block, { kind: 'table' }>, total: number): number[] {
  const lengths = block.columns.map((column, index) =>
    Math.max(column.label.length, ...block.rows.slice(0, 200).map((row) => (row[index] ?? '').length), (block.footer?.[index] ?? '').length, 4),
  );
  const sum = lengths.reduce((a, b) => a + Math.min(b, 40), 0);
  return lengths.map((length) => (Math.min(length, 40) / sum) * total);
}

function rowHeight(doc: Doc, cells: readonly string[], widths: number[], font: string): number {
  doc.font(font).fontSize(SIZE.body);
  const heights = cells.map((text, index) => doc.heightOfString(printable(text), { width: (widths[index] ?? 0) - 2 * CELL_PADDING }));
  return Math.max(...heights, doc.currentLineHeight()) + 2 * CELL_PADDING;
}

function drawRow(doc: Doc, cells: readonly string[], widths: number[], aligns: ReadonlyArray<'left' | 'right'>, font: string, shade: boolean): void {
  const height = rowHeight(doc, cells, widths, font);
  const top = doc.y;
  let x = MARGIN;
  doc.font(font).fontSize(SIZE.body);
  cells.forEach((text, index) => {
    const width = widths[index] ?? 0;
    if (shade) doc.rect(x, top, width, height).fillAndStroke('#eeeeee', '#000000').fillColor('#000000');
    else doc.rect(x, top, width, height).stroke('#000000');
    doc.text(printable(text), x + CELL_PADDING, top + CELL_PADDING, { width: width - 2 * CELL_PADDING, align: aligns[index] ?? 'left' });
    x += width;
  });
  doc.x = MARGIN;
  doc.y = top + height;
}

/** A table; when a row does not fit, it goes to a new page under the header again. */
function drawTable(doc: Doc, block: Extract<A4Block, { kind: 'table' }>): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.font(BOLD).fontSize(SIZE.body);
  ensureRoom(doc, 40);
  if (block.rows.length === 0 && block.empty) {
    doc.text(printable(`${block.caption} : ${block.empty}`), MARGIN, doc.y, { width });
    doc.moveDown(0.6);
    return;
  }
  if (block.caption) {
    doc.text(printable(block.caption), MARGIN, doc.y, { width });
    doc.moveDown(0.2);
  }
  const widths = columnWidths(block, width);
  const aligns = block.columns.map((column) => column.align);
  const header = block.columns.map((column) => column.label);
  const hasHeader = header.some((label) => label !== '');
  if (hasHeader) drawRow(doc, header, widths, aligns, BOLD, true);
  const rows: Array<{ cells: readonly string[]; font: string }> = [
    ...block.rows.map((cells) => ({ cells, font: FONT })),
    ...(block.footer ? [{ cells: block.footer, font: BOLD }] : []),
  ];
  for (const row of rows) {
    if (ensureRoom(doc, rowHeight(doc, row.cells, widths, row.font)) && hasHeader) drawRow(doc, header, widths, aligns, BOLD, true);
    drawRow(doc, row.cells, widths, aligns, row.font, false);
  }
  doc.moveDown(0.8);
}

function drawBlock(doc: Doc, block: A4Block): void {
  const width = doc.page.width - 2 * MARGIN;
  switch (block.kind) {
    case 'heading':
      ensureRoom(doc, 60);
      doc.moveDown(0.4).font(BOLD).fontSize(SIZE.heading).text(printable(block.text), MARGIN, doc.y, { width });
      doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).stroke('#000000');
      doc.moveDown(0.4);
      return;
    case 'paragraph':
      doc.font(block.strong ? BOLD : FONT).fontSize(SIZE.body + 0.5).text(printable(block.text), MARGIN, doc.y, { width });
      doc.moveDown(0.6);
      return;
    case 'facts':
      drawTable(doc, { kind: 'table', caption: '', columns: [{ label: '', align: 'left' }, { label: '', align: 'right' }], rows: block.rows.map(([label, value]) => [label, value]) });
      return;
    case 'table':
      drawTable(doc, block);
      return;
  }
}

/** Renders the document; resolves with the PDF bytes. */
export function pdfFile(document: A4Document, producedAt: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      info: { Title: printable(document.title), Author: 'Guichet', Creator: 'Guichet', CreationDate: producedAt },
      lang: 'fr-FR',
      displayTitle: true,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(BOLD).fontSize(SIZE.title).text(printable(document.title));
    doc.font(FONT).fontSize(SIZE.subtitle).text(printable(document.subtitle));
    doc.moveDown(0.8);
    for (const block of document.blocks) drawBlock(doc, block);
    doc.moveDown(0.5).font(FONT).fontSize(SIZE.small).text(printable(document.footer), MARGIN, doc.y);
    const pages = doc.bufferedPageRange();
    for (let index = 0; index < pages.count; index += 1) {
      doc.switchToPage(pages.start + index);
      doc.page.margins.bottom = 0; // writing in the bottom margin must not start a new page
      doc.font(FONT).fontSize(SIZE.small).text(`Page ${index + 1} / ${pages.count}`, MARGIN, doc.page.height - MARGIN + 12, { width: doc.page.width - 2 * MARGIN, align: 'right', lineBreak: false });
    }
    doc.end();
  });
}
