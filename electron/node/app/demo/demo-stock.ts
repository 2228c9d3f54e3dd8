import { addDays, parisDate } from '../../../common/domain/passes/paris-date';
import { checkDigitFor } from '../../../common/domain/passes/number-rule';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { DemoCall } from './demo-seed';

/** Carnets handed to demo people whose bilan is finished (a carnet each). */
export const DEMO_HANDED_OUT = 24;

function account(role: 'referent' | 'accueil') {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!found) throw new Error(`demo account ${role} missing`);
  return found;
}

/** A 10-digit APTIC-style pass number: 9 digits and a Luhn check digit. */
export function demoPassNumber(body: number): string {
  const digits = String(body).padStart(9, '0');
  return `${digits}${checkDigitFor('luhn', digits)}`;
}

const APTIC = { name: 'APTIC', carnetRule: { pattern: 'C\\d{6}', checkDigit: 'none' as const }, passRule: { pattern: '\\d{10}', checkDigit: 'luhn' as const } };
const METROPOLE = { name: 'Métropole — Numérique pour tous', carnetRule: { pattern: 'M\\d{5}', checkDigit: 'none' as const }, passRule: { pattern: 'MP\\d{7}', checkDigit: 'none' as const } };

/**
 * The demo stock, dated from today: a lot in its validity (stock received by a typed range), a lot ending in
 * three weeks (its warning shows) received from a delivery file, and a lot past its grace period; carnets handed
 * out to demo people, one revoked, one pass lost. Used and started carnets come with the workshop sign-in.
 * `series` shifts every carnet and pass number (1: C200001…, M30001…) for a second demo desk of the same hub.
 */
export async function seedDemoStock(call: DemoCall, personIds: readonly string[], series = 0): Promise<void> {
  const aptic = (first: number) => `C${String(first + series * 100_000).padStart(6, '0')}`;
  const npt = (first: number) => `M${String(first + series * 10_000).padStart(5, '0')}`;
  const today = parisDate(new Date());
  const referent = account('referent');
  await call('auth.login', { login: referent.login, password: referent.password });
  const apticIssuer = await call('stock.save-issuer', APTIC);
  const metropole = await call('stock.save-issuer', METROPOLE);
  const base = { faceValueCents: 1000, carnetSize: 10, blockDays: 15, warningDays: 30 };

  const current = await call('stock.create-lot', {
    ...base,
    issuerId: apticIssuer.id,
    reference: `APTIC-${today.slice(0, 4)}-01`,
    validUntil: addDays(today, 300),
    graceUntil: addDays(today, 331),
    targetCriteria: ['senior', 'demandeur-emploi-peu-qualifie'],
    perimeter: 'Lieux qualifiés APTIC de la Métropole',
  });
  await call('stock.add-range', { lotId: current.id, firstCarnet: aptic(100_001), carnetCount: 60, firstPass: demoPassNumber(100_000_000 * (1 + series)) });

  const ending = await call('stock.create-lot', {
    ...base,
    carnetSize: 5,
    issuerId: metropole.id,
    reference: 'NPT-PILOTE',
    validUntil: addDays(today, 21),
    graceUntil: addDays(today, 52),
  });
  const lines = ['carnet;pass'];
  for (let c = 0; c < 8; c += 1) {
    for (let p = 0; p < 5; p += 1) lines.push(`${npt(20_001 + c)};MP${String(3_000_001 + series * 1_000_000 + c * 5 + p).padStart(7, '0')}`);
  }
  await call('stock.import-csv', { lotId: ending.id, csv: lines.join('\n') });

  const expired = await call('stock.create-lot', {
    ...base,
    issuerId: apticIssuer.id,
    reference: `APTIC-${Number(today.slice(0, 4)) - 1}-02`,
    validUntil: addDays(today, -60),
    graceUntil: addDays(today, -29),
  });
  await call('stock.add-range', { lotId: expired.id, firstCarnet: aptic(90_001), carnetCount: 6, firstPass: demoPassNumber(90_000_000 + series * 100_000_000) });
  await call('auth.logout', {});

  const accueil = account('accueil');
  await call('auth.login', { login: accueil.login, password: accueil.password });
  const handed: string[] = [];
  for (let i = 0; i < Math.min(DEMO_HANDED_OUT, personIds.length); i += 1) {
    const code = i < 20 ? aptic(100_001 + i) : npt(20_001 + i - 20);
    const outcome = await call('carnets.hand-out', { beneficiaryId: personIds[i] as string, code, printReceipt: false });
    handed.push(outcome.carnet.id);
  }
  await call('auth.logout', {});

  await call('auth.login', { login: referent.login, password: referent.password });
  const [lost, withLostPass] = handed;
  if (lost) await call('carnets.revoke', { carnetId: lost, reason: 'perdu', note: 'Perdu dans les transports' });
  if (withLostPass) {
    const lookup = await call('passes.lookup', { code: aptic(100_002) });
    const pass = lookup.kind === 'carnet' ? lookup.carnet.passes[9] : undefined;
    if (pass) await call('passes.revoke', { passNumber: pass.number, reason: 'vole', note: '' });
  }
  await call('auth.logout', {});
}
