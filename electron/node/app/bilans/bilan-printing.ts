import type { BeneficiaryDto, BilanDto, NeedsGridDto, PrintRequestDto } from '../../../common/contract';
import { bilanSummaryLayout } from '../../../common/receipts/bilan-summary';
import type { Clock } from '../../../common/domain/clock';
import type { ReceiptLayout } from '../../../common/receipts/receipt-layout';

export interface BilanPrintingDeps {
  clock: Clock;
  siteName(): string | null;
  bilan(id: string): BilanDto;
  grid(version: number): NeedsGridDto;
  person(id: string): BeneficiaryDto;
  print(kind: 'bilan-summary', layout: ReceiptLayout): PrintRequestDto;
}

/** The short bilan summary on the receipt printer, with the grid version the bilan was answered with. */
export function printBilanSummary(deps: BilanPrintingDeps, bilanId: string): PrintRequestDto {
  const bilan = deps.bilan(bilanId);
  const person = deps.person(bilan.beneficiaryId);
  const layout = bilanSummaryLayout({
    siteName: deps.siteName(),
    printedAt: deps.clock(),
    bilanDate: new Date(bilan.completedAt ?? bilan.updatedAt),
    draft: bilan.status === 'draft',
    person: { prenom: person.prenom, nom: person.nom },
    grid: deps.grid(bilan.gridVersion).definition,
    answers: bilan.answers,
  });
  return deps.print('bilan-summary', layout);
}
