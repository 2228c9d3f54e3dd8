/**
 * Receipt layout → ESC/POS bytes, through @point-of-sale/receipt-printer-encoder (research/devices.md §2).
 *
 * Why this lives in electron/common and not electron/node/devices: the encoder is pure JavaScript without I/O.
 * Its only imports are its code page tables (@point-of-sale/codepage-encoder) and image helpers
 * (@canvas/image-data, canvas-dither, canvas-flatten, resize-image-data), none of which touches Node built-ins,
 * the file system or the network (checked in its dist/*.mjs). Encoding is therefore a pure function of the
 * layout and the printer profile, tested and benchmarked without a backend, next to the layout and the HTML
 * rendering it must agree with. Only the backend calls it (the renderer never needs printer bytes).
 */
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { fitToCodePage } from './code-pages';
import { formatEuros } from './format';
import type { PrinterProfile } from './printer-profiles';
import type { ReceiptBlock, ReceiptLayout } from './receipt-layout';

/** An RGBA bitmap (ImageData-shaped) supplied for a `logo` block. */
export interface ReceiptImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export interface EncodeReceiptOptions {
  /** Images for `logo` blocks, by `ref`. A logo without an image is left out. */
  images?: Readonly<Record<string, ReceiptImage>>;
}

const BARCODE_HEIGHT_DOTS = 60;
const QR_MODULE_DOTS: Record<58 | 80, number> = { 58: 4, 80: 6 };

/** Splits text into lines of at most `width` characters, at spaces when possible. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(' ')) {
      let rest = word;
      while (rest.length > width) {
        if (current) {
          lines.push(current);
          current = '';
        }
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      if (!current) current = rest;
      else if (current.length + 1 + rest.length <= width) current += ` ${rest}`;
      else {
        lines.push(current);
        current = rest;
      }
    }
    lines.push(current);
  }
  return lines;
}

/**
 * A label and a value on one line, the value flush right; a long label wraps and the value stays on its first
 * line. The value is never cut.
 */
export function twoColumns(left: string, right: string, columns: number): string[] {
  const room = Math.max(1, columns - right.length - 1);
  const [first = '', ...rest] = wrapText(left, room);
  return [first.padEnd(columns - right.length) + right, ...rest];
}

/** Scales an image to fit `maxWidth` dots, both sides a multiple of 8 (the printer's raster unit). */
function imageSize(image: ReceiptImage, maxWidth: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / image.width);
  const width = Math.max(8, Math.floor((image.width * scale) / 8) * 8);
  const height = Math.max(8, Math.round((image.height * width) / image.width / 8) * 8);
  return { width, height };
}

function createEncoder(profile: PrinterProfile): ReceiptPrinterEncoder {
  return new ReceiptPrinterEncoder({
    language: 'esc-pos',
    ...(profile.encoderModel ? { printerModel: profile.encoderModel } : { codepageMapping: profile.codePageMapping }),
    columns: profile.columns,
    feedBeforeCut: profile.feedBeforeCut,
    imageMode: 'raster',
    newline: '\n',
  });
}

function encodeBlock(encoder: ReceiptPrinterEncoder, item: ReceiptBlock, profile: PrinterProfile, options: EncodeReceiptOptions): void {
  const fit = (text: string) => fitToCodePage(text, profile.codePage);
  const lines = (text: string) => {
    for (const row of wrapText(fit(text), profile.columns)) encoder.line(row);
  };
  switch (item.kind) {
    case 'title':
      encoder.align('center').bold(true).height(2);
      lines(item.text);
      encoder.height(1).bold(false).align('left');
      return;
    case 'text':
      encoder.align(item.align ?? 'left').bold(item.bold ?? false);
      lines(item.text);
      encoder.bold(false).align('left');
      return;
    case 'row':
    case 'total': {
      const label = item.kind === 'row' ? item.left : item.label;
      const value = item.kind === 'row' ? item.right : formatEuros(item.amountCents, 'print');
      const bold = item.kind === 'total' || item.bold === true;
      encoder.bold(bold);
      for (const row of twoColumns(fit(label), fit(value).slice(0, profile.columns), profile.columns)) encoder.line(row);
      encoder.bold(false);
      return;
    }
    case 'separator':
      encoder.rule({ style: 'single' });
      return;
    case 'barcode':
      encoder
        .align('center')
        .barcode(item.value, item.symbology, { height: BARCODE_HEIGHT_DOTS, width: profile.paperWidthMm === 58 ? 1 : 2, text: item.showText === false ? 'none' : 'below' })
        .align('left');
      return;
    case 'qr':
      encoder.align('center');
      if (profile.qrCode) encoder.qrcode(item.value, { model: 2, size: QR_MODULE_DOTS[profile.paperWidthMm], errorlevel: 'm' });
      else lines(item.value);
      if (item.caption) lines(item.caption);
      encoder.align('left');
      return;
    case 'logo': {
      const image = options.images?.[item.ref];
      if (!image) return;
      const size = imageSize(image, profile.printableDots);
      encoder.align('center').image({ width: image.width, height: image.height, data: image.data }, size.width, size.height, 'threshold').align('left');
      return;
    }
    case 'feed':
      encoder.newline(item.lines);
      return;
    case 'cut':
      if (profile.cutter) encoder.cut(profile.cutter);
      else encoder.newline(profile.feedBeforeCut);
      return;
  }
}

/** The ESC/POS bytes of a receipt for a printer profile: initialise, code page, blocks in order. */
export function encodeReceipt(layout: ReceiptLayout, profile: PrinterProfile, options: EncodeReceiptOptions = {}): Uint8Array {
  const encoder = createEncoder(profile);
  encoder.initialize().codepage(profile.codePage);
  for (const item of layout.blocks) encodeBlock(encoder, item, profile, options);
  return encoder.encode();
}
