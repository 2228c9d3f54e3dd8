import type { A4Block, A4Document } from './a4-document';
import { a4Page, escapeHtml } from './a4-page';

const REPORT_STYLE = `<style>
  .subtitle { font-size: 12pt; margin: 0 0 4mm; }
  table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 10.5pt; }
  caption { text-align: left; font-weight: 700; padding-bottom: 1mm; }
  th, td { border: 1px solid #000; padding: 1mm 2mm; vertical-align: top; }
  th { background: #eee; text-align: left; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  tfoot td { font-weight: 700; }
  table.facts td:first-child { width: 70%; }
  p.strong { font-weight: 700; }
</style>`;

function cell(tag: 'td' | 'th', text: string, align: 'left' | 'right', scope = ''): string {
  return `<${tag}${scope}${align === 'right' ? ' class="num"' : ''}>${escapeHtml(text)}</${tag}>`;
}

function blockHtml(block: A4Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p${block.strong ? ' class="strong"' : ''}>${escapeHtml(block.text)}</p>`;
    case 'facts':
      return `<table class="facts"><tbody>${block.rows.map(([label, value]) => `<tr>${cell('th', label, 'left', ' scope="row"')}${cell('td', value, 'right')}</tr>`).join('')}</tbody></table>`;
    case 'table': {
      if (block.rows.length === 0 && block.empty) return `<p><strong>${escapeHtml(block.caption)}</strong> : ${escapeHtml(block.empty)}</p>`;
      const head = block.columns.map((column) => cell('th', column.label, column.align, ' scope="col"')).join('');
      const body = block.rows.map((row) => `<tr>${row.map((text, index) => cell('td', text, block.columns[index]?.align ?? 'left')).join('')}</tr>`).join('');
      const foot = block.footer ? `<tfoot><tr>${block.footer.map((text, index) => cell('td', text, block.columns[index]?.align ?? 'left')).join('')}</tr></tfoot>` : '';
      return `<table><caption>${escapeHtml(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody>${foot}</table>`;
    }
  }
}

/** The report as a self-contained A4 HTML page for the browser's print dialog. */
export function a4DocumentHtml(document: A4Document): string {
  const body = `${REPORT_STYLE}
<h1>${escapeHtml(document.title)}</h1>
<p class="subtitle">${escapeHtml(document.subtitle)}</p>
${document.blocks.map(blockHtml).join('\n')}
<p class="meta">${escapeHtml(document.footer)}</p>`;
  return a4Page(document.title, body);
}
