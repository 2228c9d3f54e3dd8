/**
 * The receipt as data: a list of blocks, independent of the printer. The same layout is encoded to ESC/POS
 * (receipt-encoder.ts), rendered as an 80 mm HTML page (receipt-html.ts), and stored as JSON in the print queue.
 * Pure: no I/O.
 */
import { z } from 'zod';

const line = z.string().max(500);
const align = z.enum(['left', 'center', 'right']);

export const BARCODE_SYMBOLOGIES = ['ean13', 'ean8', 'upca', 'code128', 'code39', 'itf'] as const;
export type BarcodeSymbology = (typeof BARCODE_SYMBOLOGIES)[number];

const barcodeBlock = z
  .object({
    kind: z.literal('barcode'),
    value: z.string().min(1).max(80),
    symbology: z.enum(BARCODE_SYMBOLOGIES),
    /** Print the human-readable digits under the bars. Default true. */
    showText: z.boolean().optional(),
  })
  .superRefine((block, ctx) => {
    const digits = /^\d+$/.test(block.value);
    const lengths: Partial<Record<BarcodeSymbology, number[]>> = { ean13: [12, 13], ean8: [7, 8], upca: [11, 12] };
    const allowed = lengths[block.symbology];
    if (allowed && !(digits && allowed.includes(block.value.length))) {
      ctx.addIssue({ code: 'custom', message: `Code ${block.symbology} invalide : ${allowed.join(' ou ')} chiffres attendus.` });
    }
    if (block.symbology === 'itf' && !(digits && block.value.length % 2 === 0)) {
      ctx.addIssue({ code: 'custom', message: 'Code ITF invalide : un nombre pair de chiffres est attendu.' });
    }
    if (!/^[\x20-\x7e]+$/.test(block.value)) {
      ctx.addIssue({ code: 'custom', message: 'Un code-barres ne contient que des caractères ASCII imprimables.' });
    }
  });

export const ReceiptBlockSchema = z.discriminatedUnion('kind', [
  /** Centred, bold, double height. */
  z.object({ kind: z.literal('title'), text: line }),
  /** A paragraph; wrapped to the paper width. */
  z.object({ kind: z.literal('text'), text: line, align: align.optional(), bold: z.boolean().optional() }),
  /** Label on the left, value on the right (the label wraps, the value does not). */
  z.object({ kind: z.literal('row'), left: line, right: z.string().max(40), bold: z.boolean().optional() }),
  /** A bold row whose value is an amount in integer cents, formatted in French (`12,50 €`). */
  z.object({ kind: z.literal('total'), label: line, amountCents: z.number().int() }),
  z.object({ kind: z.literal('separator') }),
  barcodeBlock,
  z.object({ kind: z.literal('qr'), value: z.string().min(1).max(1000), caption: line.optional() }),
  /** An image known by name (e.g. `commune`), supplied to the encoder; printed only when it is supplied. */
  z.object({ kind: z.literal('logo'), ref: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('feed'), lines: z.number().int().min(1).max(10) }),
  /** Cut the paper (a printer without cutter feeds instead). */
  z.object({ kind: z.literal('cut') }),
]);
export type ReceiptBlock = z.infer<typeof ReceiptBlockSchema>;

export const ReceiptLayoutSchema = z.object({
  version: z.literal(1),
  blocks: z.array(ReceiptBlockSchema).min(1).max(500),
});
export type ReceiptLayout = z.infer<typeof ReceiptLayoutSchema>;

/** Validates a layout (e.g. read back from the print queue); throws a ZodError on a malformed one. */
export function parseReceiptLayout(value: unknown): ReceiptLayout {
  return ReceiptLayoutSchema.parse(value);
}

/** Builds a validated layout from blocks. */
export function receiptLayout(blocks: ReceiptBlock[]): ReceiptLayout {
  return parseReceiptLayout({ version: 1, blocks });
}

type Align = z.infer<typeof align>;

/** Block constructors, for readable receipt builders: `receiptLayout([block.title('Reçu'), block.cut()])`. */
export const block = {
  title: (text: string): ReceiptBlock => ({ kind: 'title', text }),
  text: (text: string, style: { align?: Align; bold?: boolean } = {}): ReceiptBlock => ({ kind: 'text', text, ...style }),
  row: (left: string, right: string, style: { bold?: boolean } = {}): ReceiptBlock => ({ kind: 'row', left, right, ...style }),
  total: (label: string, amountCents: number): ReceiptBlock => ({ kind: 'total', label, amountCents }),
  separator: (): ReceiptBlock => ({ kind: 'separator' }),
  barcode: (value: string, symbology: BarcodeSymbology, showText = true): ReceiptBlock => ({ kind: 'barcode', value, symbology, showText }),
  qr: (value: string, caption?: string): ReceiptBlock => (caption === undefined ? { kind: 'qr', value } : { kind: 'qr', value, caption }),
  logo: (ref: string): ReceiptBlock => ({ kind: 'logo', ref }),
  feed: (lines: number): ReceiptBlock => ({ kind: 'feed', lines }),
  cut: (): ReceiptBlock => ({ kind: 'cut' }),
};

export const DUPLICATE_MARK = 'DUPLICATA';

/** The same receipt marked as a copy (reprints say so, under the first title). Idempotent. */
export function markAsDuplicate(layout: ReceiptLayout): ReceiptLayout {
  if (layout.blocks.some((b) => b.kind === 'text' && b.text === DUPLICATE_MARK)) return layout;
  const mark: ReceiptBlock = { kind: 'text', text: DUPLICATE_MARK, align: 'center', bold: true };
  const titleAt = layout.blocks.findIndex((b) => b.kind === 'title');
  const blocks = [...layout.blocks];
  blocks.splice(titleAt + 1, 0, mark);
  return { version: 1, blocks };
}
