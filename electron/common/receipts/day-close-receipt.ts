import type { DayReportDto } from '../contract';
import { formatCount } from '../documents/a4-document';
import { adjustmentLines, closeStatus, frenchInstant, reportedAdjustmentsCaption } from '../documents/report-text';
import { frenchDate } from '../domain/passes/paris-date';
import { block, receiptLayout, type ReceiptBlock, type ReceiptLayout } from './receipt-layout';

/** The day close on the 80 mm receipt printer: the same figures as the A4 page, one per row. */
export function dayCloseReceipt(report: DayReportDto): ReceiptLayout {
  const f = report.figures;
  const count = (n: number) => formatCount(n);
  const blocks: ReceiptBlock[] = [
    block.title('Clôture du jour'),
    block.text(report.siteName, { align: 'center' }),
    block.text(frenchDate(report.date), { align: 'center', bold: true }),
    block.text(closeStatus(report)),
    block.separator(),
    block.row('Carnets remis', count(f.carnetsHandedOut)),
    block.row('Pass remis', count(f.passesHandedOut)),
    block.row('Pass utilisés', count(f.redeemed.count), { bold: true }),
  ];
  for (const line of f.redeemedByService) blocks.push(block.row(`  ${line.label}`, count(line.count)));
  blocks.push(
    block.total('Valeur des pass utilisés', f.redeemed.valueCents),
    block.separator(),
    block.row('Séances tenues', count(f.sessions.held)),
    block.row('Séances annulées', count(f.sessions.cancelled)),
    block.row('Séances non clôturées', count(f.sessions.notClosed)),
    block.row('Présent·es', count(f.attendance.present)),
    block.row('Absent·es', count(f.attendance.absent)),
    block.row('Absent·es excusé·es', count(f.attendance.excused)),
    block.row('Non émargé·es', count(f.attendance.notSignedIn)),
    block.separator(),
    block.row('Nouvelles personnes', count(f.newBeneficiaries)),
    block.row('Bilans terminés', count(f.bilansCompleted)),
    block.row('Refus à l’émargement', count(f.refusals.reduce((total, refusal) => total + refusal.count, 0)), { bold: true }),
  );
  for (const refusal of f.refusals) blocks.push(block.row(`  ${refusal.label}`, count(refusal.count)));
  blocks.push(block.row('Impressions en échec', count(f.printFailures)), block.row('En attente d’envoi', count(f.pendingUpload)));
  const corrections = (caption: string, lines: Array<[string, string, string, string]>) => {
    if (lines.length === 0) return;
    blocks.push(block.separator(), block.text(caption, { bold: true }));
    for (const [day, label, before, after] of lines) blocks.push(block.text(`${day} ${label}`), block.row('  avant', before), block.row('  après', after));
  };
  corrections('Corrections de cette journée après sa clôture', adjustmentLines(report.adjustments));
  corrections(reportedAdjustmentsCaption(report), adjustmentLines(report.reportedAdjustments));
  blocks.push(block.separator(), block.text(`Édité le ${frenchInstant(report.generatedAt)}`, { align: 'center' }), block.feed(2), block.text('Visa du·de la référent·e :'), block.feed(3), block.cut());
  return receiptLayout(blocks);
}
