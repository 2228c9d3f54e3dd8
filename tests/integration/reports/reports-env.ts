import type { Output } from '../../../electron/common/contract';
import { luhnPass, register } from '../stock/stock-env';
import { createSession, sessionFields, startWorkshopsEnv, type WorkshopsEnv } from '../workshops/workshops-env';

/** Carnet C00000n holds the passes 100000000 + 3(n-1) … + 2. */
export const passOf = (carnet: number, position: number): string => luhnPass(100_000_000 + (carnet - 1) * 3 + (position - 1));

export interface ReportsEnv extends WorkshopsEnv {
  zoe: string;
  marc: string;
  lina: string;
  /** 14:00, one pass: Zoé and Marc present, Lina booked but not signed in. */
  morning: Output<'workshops.create'>[number];
  /** 16:00, no pass: Lina present by name. */
  free: Output<'services.save'>;
  afternoon: Output<'workshops.create'>[number];
  /** 18:00, cancelled. */
  evening: Output<'workshops.create'>[number];
}

/**
 * One day whose every figure is known, Monday 15 June 2026 (Paris summer time, UTC+2):
 * - three people registered (Zoé 1952 retired senior; Marc 1990 employed; Lina 2003 job seeker, QPV, young far from
 *   work), a bilan finished for Lina;
 * - carnets C000001 (Zoé) and C000002 (Marc) handed out: 2 carnets, 6 passes;
 * - « Premiers pas sur internet » 14:00 (one pass): Zoé and Marc scanned in (2 passes, 20 €), Lina booked; at the door
 *   an unknown pass and a misread code refused, and Marc's second pass a duplicate (not a refusal);
 * - « Démarches » 16:00 without pass: Lina present by name;
 * - « Atelier du soir » 18:00 cancelled.
 */
export async function startReportsEnv(): Promise<ReportsEnv> {
  const s = await startWorkshopsEnv('2026-06-15T08:00:00Z');
  const zoe = await register(s.accueil, { nom: 'Benyamina', prenom: 'Zoé', birthYear: 1952, genre: 'feminin', socialStatus: 'retraite', priorityCriteria: ['senior'] });
  const marc = await register(s.accueil, { nom: 'Durand', prenom: 'Marc', birthYear: 1990, genre: 'masculin', socialStatus: 'en-emploi' });
  const lina = await register(
    s.accueil,
    { nom: 'Haddad', prenom: 'Lina', birthYear: 2003, socialStatus: 'sans-emploi', qpv: 'oui', priorityCriteria: ['jeune-eloigne-emploi'] },
    s.mediateur,
  );
  await s.referent.call('carnets.hand-out', { beneficiaryId: zoe, code: 'C000001', printReceipt: false });
  await s.referent.call('carnets.hand-out', { beneficiaryId: marc, code: 'C000002', printReceipt: false });
  const morning = await createSession(s.mediateur, sessionFields(s.withPass.id));
  const afternoon = await createSession(
    s.mediateur,
    sessionFields(s.free.id, { title: 'Démarches en ligne', startTime: '16:00', durationMin: 60, themes: ['demarches-administratives'], capacity: 4 }),
  );
  const evening = await createSession(s.mediateur, sessionFields(s.withPass.id, { title: 'Atelier du soir', startTime: '18:00' }));
  for (const person of [zoe, marc, lina]) await s.accueil.call('bookings.create', { sessionId: morning.id, beneficiaryId: person, printSlip: false });
  await s.accueil.call('bookings.create', { sessionId: afternoon.id, beneficiaryId: lina, printSlip: false });
  await s.mediateur.call('workshops.cancel', { id: evening.id, reason: 'Animateur malade' });

  await s.at('2026-06-15T11:55:00Z');
  const scan = (code: string) => s.mediateur.call('signin.scan', { sessionId: morning.id, code });
  await scan(passOf(1, 1));
  await scan(passOf(2, 1));
  await scan(luhnPass(999_999_990));
  await scan('12345');
  await scan(passOf(2, 2));
  await s.at('2026-06-15T13:58:00Z');
  await s.mediateur.call('signin.mark-present', { sessionId: afternoon.id, beneficiaryId: lina });
  return { ...s, zoe, marc, lina, morning, free: s.free, afternoon, evening };
}
