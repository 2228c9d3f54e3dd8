import { describe, expect, it } from 'vitest';
import { canPrint, fitToCodePage } from '../../../electron/common/receipts/code-pages';
import { formatDate, formatDateTime, formatEuros, formatLongDate, formatTime } from '../../../electron/common/receipts/format';
import { renderReceiptHtml } from '../../../electron/common/receipts/receipt-html';
import { twoColumns, wrapText } from '../../../electron/common/receipts/receipt-encoder';
import { block, markAsDuplicate, parseReceiptLayout, receiptLayout } from '../../../electron/common/receipts/receipt-layout';

describe('French money', () => {
  it('prints 12,50 € with a no-break space both code pages have', () => {
    expect(formatEuros(1250)).toBe('12,50\u00A0€');
    expect(formatEuros(123450)).toBe('1\u00A0234,50\u00A0€');
    expect(formatEuros(5)).toBe('0,05\u00A0€');
    expect(formatEuros(-1000)).toBe('-10,00\u00A0€');
    expect(formatEuros(123456789)).toBe('1\u00A0234\u00A0567,89\u00A0€');
  });

  it('groups thousands with a narrow no-break space on screen', () => {
    expect(formatEuros(123450, 'screen')).toBe('1\u202F234,50\u00A0€');
  });

  it('refuses amounts that are not integer cents', () => {
    expect(() => formatEuros(12.5)).toThrow(/centimes/);
  });
});

describe('French dates (Europe/Paris)', () => {
  const winter = new Date('2026-11-22T08:05:00Z');
  const summer = new Date('2026-07-14T21:30:00Z');
  it('formats day, time and both', () => {
    expect(formatDate(winter)).toBe('22/11/2026');
    expect(formatTime(winter)).toBe('09:05');
    expect(formatDateTime(winter)).toBe('22/11/2026 à 09:05');
    expect(formatTime(summer)).toBe('23:30');
    expect(formatLongDate(winter)).toBe('dimanche 22 novembre 2026');
  });
});

describe('code pages', () => {
  it('knows what each page has', () => {
    for (const character of ['é', 'è', 'à', 'ç', 'ù', 'ê', '€', '«', '»', '°']) {
      expect(canPrint(character, 'windows1252')).toBe(true);
      expect(canPrint(character, 'cp858')).toBe(true);
    }
    expect(canPrint('œ', 'windows1252')).toBe(true);
    expect(canPrint('œ', 'cp858')).toBe(false);
    expect(canPrint('\u202F', 'windows1252')).toBe(false);
  });

  it('writes what a page lacks the French way, and strips control characters', () => {
    expect(fitToCodePage('Œuvres — cœur … 1\u202F234', 'cp858')).toBe('OEuvres - coeur ... 1\u00A0234');
    expect(fitToCodePage('Œuvres — cœur', 'windows1252')).toBe('Œuvres — cœur');
    expect(fitToCodePage('Ōsaka 北', 'windows1252')).toBe('Osaka ?');
    expect(fitToCodePage('a\u001b@b\tc\u0085', 'windows1252')).toBe('a@b c');
  });
});

describe('receipt layout', () => {
  it('validates layouts and refuses a bad EAN-13', () => {
    expect(() => receiptLayout([block.barcode('12345', 'ean13')])).toThrow(/ean13/);
    expect(() => parseReceiptLayout({ version: 1, blocks: [] })).toThrow();
    expect(receiptLayout([block.qr('x')]).blocks).toHaveLength(1);
  });

  it('marks a reprint DUPLICATA under the title, once', () => {
    const layout = receiptLayout([block.title('Reçu'), block.text('a')]);
    const copy = markAsDuplicate(markAsDuplicate(layout));
    expect(copy.blocks.map((b) => (b.kind === 'title' || b.kind === 'text' ? b.text : b.kind))).toEqual(['Reçu', 'DUPLICATA', 'a']);
  });

  it('wraps text at spaces and keeps a value on the row’s first line', () => {
    expect(wrapText('un deux trois quatre', 9)).toEqual(['un deux', 'trois', 'quatre']);
    expect(wrapText('abcdefghijk', 4)).toEqual(['abcd', 'efgh', 'ijk']);
    expect(twoColumns('Atelier numérique débutants', '12,50 €', 26)).toEqual(['Atelier numérique  12,50 €', 'débutants']);
  });
});

describe('HTML receipt (OS printing, browser print dialog)', () => {
  const layout = receiptLayout([
    block.logo('commune'),
    block.title('Reçu n° 42 — Médiathèque'),
    block.row('<script>alert(1)</script>', '1 pass'),
    block.total('Total', 123450),
    block.barcode('3046920029759', 'ean13'),
    block.qr('https://exemple.fr/v/123?a=1&b=2', 'Votre reçu en ligne'),
    block.cut(),
  ]);

  it('is a French 80 mm page with everything escaped', () => {
    const html = renderReceiptHtml(layout, { images: { commune: { src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'Logo de la commune' } } });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('@page { size: 80mm auto; margin: 0; }');
    expect(html).toContain('<h1>Reçu n° 42 — Médiathèque</h1>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('1\u202F234,50\u00A0€');
    expect(html).toContain('https://exemple.fr/v/123?a=1&amp;b=2');
    expect(html).toContain('alt="Logo de la commune"');
  });

  it('never loads an image from the network, and draws codes with the renderers given', () => {
    const html = renderReceiptHtml(layout, {
      paperWidthMm: 58,
      images: { commune: { src: 'https://tracker.example/logo.png', alt: 'x' } },
      renderQr: (value) => `<svg data-qr="${value.length}"></svg>`,
      renderBarcode: (value, symbology) => `<svg data-${symbology}="${value}"></svg>`,
    });
    expect(html).not.toContain('tracker.example');
    expect(html).toContain('<svg data-qr="32"></svg>');
    expect(html).toContain('<svg data-ean13="3046920029759"></svg>');
    expect(html).toContain('size: 58mm auto');
  });
});
