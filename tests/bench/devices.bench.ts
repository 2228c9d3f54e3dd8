import { encodeReceipt } from '../../electron/common/receipts/receipt-encoder';
import { printerProfile } from '../../electron/common/receipts/printer-profiles';
import { block, receiptLayout, type ReceiptBlock } from '../../electron/common/receipts/receipt-layout';
import { percentile, result, type BenchResult } from './bench-types';

const WARMUP = 200;
const ROUNDS = 2000;

/** An 80 mm receipt of 40 printed lines (title, text, rows, total, separator) with a QR code and a cut. */
function fortyLineReceipt() {
  const blocks: ReceiptBlock[] = [block.title('Reçu n° 42 — Médiathèque'), block.text('Mairie de Saint-Étienne-du-Rouvray', { align: 'center' }), block.separator()];
  for (let i = 1; blocks.length < 38; i += 1) blocks.push(block.row(`Atelier « Premiers pas » n° ${i}`, '12,50 €'));
  blocks.push(block.separator(), block.total('Total', 45_000), block.qr('https://exemple.fr/v/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'Votre reçu en ligne'), block.cut());
  return receiptLayout(blocks);
}

/** Receipt encoding (layout → ESC/POS bytes), the CPU part of every print. */
export async function run(): Promise<BenchResult[]> {
  const layout = fortyLineReceipt();
  const profile = printerProfile('epson-tm-t20');
  for (let i = 0; i < WARMUP; i += 1) encodeReceipt(layout, profile);
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = performance.now();
    encodeReceipt(layout, profile);
    samples.push(performance.now() - start);
  }
  return [result('Encodage d’un reçu 80 mm (40 lignes + QR) p99', 'ms', percentile(samples, 99), 5)];
}
