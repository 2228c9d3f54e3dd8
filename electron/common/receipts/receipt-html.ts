/**
 * Receipt layout → a self-contained 80 mm (or 58 mm) HTML page, for printers reached through the operating system
 * (Electron's `webContents.print` with `pageSize` in microns) and for the browser's print dialog in browser mode.
 * Every piece of text is escaped. Pure: no I/O.
 *
 * QR codes and barcodes need a drawing: the caller may pass `renderQr` / `renderBarcode` returning SVG markup
 * (trusted, inserted as is); without them the payload is printed as text in a framed box, still readable.
 */
import { formatEuros } from './format';
import type { BarcodeSymbology, ReceiptBlock, ReceiptLayout } from './receipt-layout';

export interface ReceiptHtmlOptions {
  /** The document title (shown by print dialogs and spoolers). Default "Reçu". */
  title?: string;
  paperWidthMm?: 58 | 80;
  /** Images for `logo` blocks, by `ref`: a `data:` URL or a relative URL, and a French text alternative. */
  images?: Readonly<Record<string, { src: string; alt: string }>>;
  /** SVG markup for a QR code (trusted). */
  renderQr?: (value: string) => string;
  /** SVG markup for a barcode (trusted). */
  renderBarcode?: (value: string, symbology: BarcodeSymbology) => string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Only data: images and relative URLs: a receipt never loads anything from the network. */
function safeImageSource(src: string): string | undefined {
  if (/^data:image\/(png|gif|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(src)) return src;
  if (/^(\.{0,2}\/)?[\w\-./]+\.(png|gif|jpe?g|webp|svg)$/i.test(src) && !src.includes('..')) return src;
  return undefined;
}

function blockHtml(item: ReceiptBlock, options: ReceiptHtmlOptions): string {
  switch (item.kind) {
    case 'title':
      return `<h1>${escapeHtml(item.text)}</h1>`;
    case 'text': {
      const classes = [`align-${item.align ?? 'left'}`, item.bold ? 'bold' : ''].filter(Boolean).join(' ');
      return `<p class="${classes}">${escapeHtml(item.text)}</p>`;
    }
    case 'row':
      return `<div class="row${item.bold ? ' bold' : ''}"><span>${escapeHtml(item.left)}</span><span class="value">${escapeHtml(item.right)}</span></div>`;
    case 'total':
      return `<div class="row bold total"><span>${escapeHtml(item.label)}</span><span class="value">${escapeHtml(formatEuros(item.amountCents, 'screen'))}</span></div>`;
    case 'separator':
      return '<hr>';
    case 'barcode': {
      const drawing = options.renderBarcode?.(item.value, item.symbology);
      const text = item.showText === false ? '' : `<div class="code-text">${escapeHtml(item.value)}</div>`;
      return drawing
        ? `<figure class="code">${drawing}${text}</figure>`
        : `<figure class="code"><div class="code-box">${escapeHtml(item.value)}</div></figure>`;
    }
    case 'qr': {
      const drawing = options.renderQr?.(item.value);
      const caption = item.caption ? `<figcaption>${escapeHtml(item.caption)}</figcaption>` : '';
      return drawing
        ? `<figure class="code">${drawing}${caption}</figure>`
        : `<figure class="code"><div class="code-box">${escapeHtml(item.value)}</div>${caption}</figure>`;
    }
    case 'logo': {
      const image = options.images?.[item.ref];
      const src = image ? safeImageSource(image.src) : undefined;
      return image && src ? `<figure class="logo"><img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt)}"></figure>` : '';
    }
    case 'feed':
      return `<div class="feed" style="height:${item.lines * 1.3}em"></div>`;
    case 'cut':
      return '<div class="cut"></div>';
  }
}

/** A complete HTML document (UTF-8, French) for one receipt. */
export function renderReceiptHtml(layout: ReceiptLayout, options: ReceiptHtmlOptions = {}): string {
  const paper = options.paperWidthMm ?? 80;
  const printable = paper === 80 ? 72 : 48;
  const body = layout.blocks.map((item) => blockHtml(item, options)).filter(Boolean).join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title ?? 'Reçu')}</title>
<style>
@page { size: ${paper}mm auto; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { width: ${printable}mm; margin: 0 auto; padding: 2mm 0; font: 11pt/1.3 "DejaVu Sans Mono", "Consolas", monospace; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 2mm; }
p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.align-center { text-align: center; } .align-right { text-align: right; } .bold { font-weight: bold; }
.row { display: flex; justify-content: space-between; gap: 2mm; }
.row .value { white-space: nowrap; text-align: right; }
.total { font-size: 12pt; }
hr { border: 0; border-top: 1px dashed #000; margin: 1.5mm 0; }
figure { margin: 2mm 0; text-align: center; }
figure svg, figure img { max-width: 100%; height: auto; }
.code-box { display: inline-block; border: 1px solid #000; padding: 1mm 2mm; overflow-wrap: anywhere; }
.code-text, figcaption { font-size: 9pt; }
.cut { break-after: page; border-bottom: 1px dotted #999; margin: 3mm 0; }
.cut:last-child { break-after: auto; border: 0; }
@media print { .cut { border: 0; } }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
