import type { RegieStatementDto } from '../../../common/contract';
import { AppError } from '../../../common/contract';
import { parisDate, parisTime } from '../../../common/domain/passes/paris-date';
import { instantRange, monthPeriod } from '../../../common/domain/reports/periods';
import { regieLines } from '../../../../db/repositories/report-lists.repo';
import { listIssuers } from '../../../../db/repositories/stock.repo';
import { getSite } from '../../../../db/repositories/site.repo';
import type { GuichetDatabase } from '../../../../db/types';

/** The régie statement (CGCT R.1617-7): an issuer's passes redeemed here in a month, line by line, and their total. */
export function regieStatement(db: GuichetDatabase, month: string, issuerId: string, generatedAt: string): RegieStatementDto {
  const issuer = listIssuers(db).find((row) => row.id === issuerId);
  if (!issuer) throw new AppError('NOT_FOUND', 'Émetteur introuvable.');
  const site = getSite(db);
  const lines = regieLines(db, { issuerId, ...instantRange(monthPeriod(month)) }).map((row) => {
    const at = new Date(row.at);
    return { passNumber: row.passNumber, date: parisDate(at), time: parisTime(at), serviceName: row.serviceName, lotReference: row.lotReference, valueCents: row.valueCents };
  });
  return {
    month,
    issuerId,
    issuerName: issuer.name,
    siteName: site?.name ?? '',
    communeName: site?.communeName ?? '',
    lines,
    count: lines.length,
    totalCents: lines.reduce((total, line) => total + line.valueCents, 0),
    generatedAt,
  };
}
