import { formatDateTime } from '../../../common/receipts/format';
import { block, receiptLayout, type ReceiptBlock, type ReceiptLayout } from '../../../common/receipts/receipt-layout';

export interface TestReceiptInput {
  /** The desk's site name; null before the first-run wizard. */
  siteName: string | null;
  printedAt: Date;
  /** Where it is printed (`127.0.0.1:9100`…) and with which profile, when known. */
  printer: string;
  profileLabel?: string;
}

/**
 * The test ticket of the device page: everything a real receipt uses (title, accents and typographic
 * characters of French, an amount in euros, a QR code that the desk's own scanner can read back, a cut), so one
 * print tells whether the code page, the width and the cutter are right.
 */
export function testReceiptLayout(input: TestReceiptInput): ReceiptLayout {
  const when = formatDateTime(input.printedAt);
  const blocks: ReceiptBlock[] = [
    block.title('Ticket de test'),
    block.text(input.siteName ?? 'Guichet', { align: 'center' }),
    block.text(when, { align: 'center' }),
    block.separator(),
    block.text('Reçu n° 1 — Médiathèque', { bold: true }),
    block.row('Atelier « Premiers pas »', '1'),
    block.total('Total', 1250),
    block.separator(),
    block.text('Accents : é è à ç ù ê ï ô œ « » — €'),
    block.row('Imprimante', input.printer),
    ...(input.profileLabel ? [block.text(input.profileLabel, { align: 'right' })] : []),
    block.qr(`GUICHET-TEST ${input.printedAt.toISOString()}`, 'Scannez ce code pour essayer le lecteur'),
    block.text('Si ce ticket est lisible et coupé, l’imprimante est prête.', { align: 'center' }),
    block.cut(),
  ];
  return receiptLayout(blocks);
}
