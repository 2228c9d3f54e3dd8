import { compileNumberRule, normalizeNumber } from '../../../common/domain/passes/number-rule';
import {
  findCarnet,
  findCarnetByNumber,
  findPassByNumber,
  listIssuers,
  type CarnetRow,
  type PassRow,
} from '../../../../db/repositories/stock.repo';
import type { GuichetDatabase } from '../../../../db/types';

export type CodeMatch =
  | { kind: 'pass'; pass: PassRow; carnet: CarnetRow }
  | { kind: 'carnet'; carnet: CarnetRow }
  | { kind: 'not-found'; reason: 'inconnu' | 'mal-lu'; message: string };

/**
 * What a scanned or typed number is: a pass, a carnet, or nothing here. A number no issuer's rule accepts is
 * called misread (scan it again); one that fits a rule but is not in the stock is unknown.
 */
export function matchStockCode(db: GuichetDatabase, code: string): CodeMatch {
  const number = normalizeNumber(code);
  const pass = findPassByNumber(db, number);
  if (pass) {
    const carnet = findCarnet(db, pass.carnetId) as CarnetRow;
    return { kind: 'pass', pass, carnet };
  }
  const carnet = findCarnetByNumber(db, number);
  if (carnet) return { kind: 'carnet', carnet };

  const issuers = listIssuers(db);
  const checks = issuers.flatMap((issuer) => [
    compileNumberRule({ pattern: issuer.passPattern, checkDigit: issuer.passCheckDigit })(number),
    compileNumberRule({ pattern: issuer.carnetPattern, checkDigit: issuer.carnetCheckDigit })(number),
  ]);
  const firstRefusal = checks.find((check) => !check.ok);
  if (issuers.length > 0 && checks.every((check) => !check.ok) && firstRefusal && !firstRefusal.ok) {
    const message = issuers.length === 1 ? firstRefusal.message : `Numéro mal lu : « ${number} » ne suit la règle d’aucun émetteur.`;
    return { kind: 'not-found', reason: 'mal-lu', message: `${message} Scannez à nouveau ou tapez le numéro.` };
  }
  return { kind: 'not-found', reason: 'inconnu', message: `Numéro ${number} inconnu : ni pass ni carnet du stock de ce guichet.` };
}
