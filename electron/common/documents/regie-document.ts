import type { RegieStatementDto } from '../contract';
import { frenchDate } from '../domain/passes/paris-date';
import { frenchMonth } from '../domain/reports/periods';
import { formatEuros } from '../receipts/format';
import { formatCount, type A4Document } from './a4-document';
import { frenchInstant } from './report-text';

/** The régie statement: one line per redeemed pass of the issuer in the month, and the total. */
export function regieDocument(statement: RegieStatementDto): A4Document {
  return {
    title: 'État des pass numériques encaissés',
    subtitle: `${statement.siteName} (${statement.communeName}) — ${frenchMonth(statement.month)} — émetteur ${statement.issuerName}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Pièce justificative de la régie de recettes : ${formatCount(statement.count)} pass encaissés pour un total de ${formatEuros(statement.totalCents)}.`,
        strong: true,
      },
      {
        kind: 'table',
        caption: 'Pass encaissés',
        columns: [
          { label: 'N° de pass', align: 'left' },
          { label: 'Date', align: 'left' },
          { label: 'Heure', align: 'left' },
          { label: 'Service', align: 'left' },
          { label: 'Lot', align: 'left' },
          { label: 'Valeur', align: 'right' },
        ],
        rows: statement.lines.map((line) => [line.passNumber, frenchDate(line.date), line.time, line.serviceName, line.lotReference, formatEuros(line.valueCents)]),
        footer: [`${formatCount(statement.count)} pass`, '', '', '', 'Total', formatEuros(statement.totalCents)],
        empty: 'aucun pass encaissé ce mois-ci.',
      },
      { kind: 'paragraph', text: 'Certifié exact par le·la régisseur·se, le ____________     Signature :' },
    ],
    footer: `Édité le ${frenchInstant(statement.generatedAt)} — Guichet`,
  };
}
