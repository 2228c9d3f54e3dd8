import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../../electron/common/contract';
import type { TestClient } from '../../support/test-client';
import { luhnPass, register } from '../stock/stock-env';
import { createSession, sessionFields, startWorkshopsEnv, type WorkshopsEnv } from './workshops-env';

/** Carnet C00000n holds the passes 100000000 + 3(n-1) … + 2. */
const passOf = (carnet: number, position: number) => luhnPass(100_000_000 + (carnet - 1) * 3 + (position - 1));

describe('sign-in at the door', () => {
  let s: WorkshopsEnv;
  let session: Output<'workshops.create'>[number];
  let zoe: string;
  let marc: string;

  const scan = (code: string, client: TestClient = s.mediateur, extra: { expectedBeneficiaryId?: string; confirm?: Array<'autre-personne' | 'surnombre'> } = {}) =>
    client.call('signin.scan', { sessionId: session.id, code, ...extra });
  const passRow = (number: string) => s.rows<{ redeemed_at: string | null }>('SELECT redeemed_at FROM pass WHERE number = ?', number)[0];

  beforeEach(async () => {
    s = await startWorkshopsEnv('2026-06-15T08:00:00Z');
    session = await createSession(s.mediateur, sessionFields(s.withPass.id, { capacity: 2 }));
    zoe = await register(s.accueil, { nom: 'Benyamina', prenom: 'Zoé', phone: '0611223344' });
    marc = await register(s.accueil, { nom: 'Durand', prenom: 'Marc' });
    await s.referent.call('carnets.hand-out', { beneficiaryId: zoe, code: 'C000001', printReceipt: false });
    await s.referent.call('carnets.hand-out', { beneficiaryId: marc, code: 'C000002', printReceipt: false });
    await s.accueil.call('bookings.create', { sessionId: session.id, beneficiaryId: zoe, printSlip: false });
    await s.at('2026-06-15T11:55:00Z');
  });
  afterEach(() => s.close());

  it('redeems a valid pass and marks its holder present in one go; the carnet is then « entamé »', async () => {
    const result = await scan(passOf(1, 1));
    expect(result).toMatchObject({ outcome: 'present', message: 'Zoé BENYAMINA : présent·e.', passNumber: passOf(1, 1), added: false, passesMissing: 0 });
    expect(passRow(passOf(1, 1))?.redeemed_at).toBe('2026-06-15T11:55:00.000Z');
    const detail = await s.mediateur.call('workshops.get', { id: session.id });
    expect(detail.session).toMatchObject({ present: 1, booked: 1 });
    expect(detail.bookings[0]).toMatchObject({ nom: 'Benyamina', status: 'present', passNumbers: [passOf(1, 1)], passesRedeemed: 1 });
    const [carnet] = await s.accueil.call('carnets.of-person', { beneficiaryId: zoe });
    expect(carnet?.state).toBe('entame');
    expect(carnet?.passes.map((p) => p.state)).toEqual(['utilise', 'distribue', 'distribue']);
    const lookup = await s.accueil.call('passes.lookup', { code: passOf(1, 1) });
    expect(lookup.kind === 'pass' && lookup.history[0]?.text).toBe(`Pass ${passOf(1, 1)} utilisé : atelier « Premiers pas sur internet » du 15/06/2026`);
    const lots = await s.referent.call('stock.lots', {});
    expect(lots[0]?.counts).toMatchObject({ passesUsed: 1 });
    const timeline = await s.accueil.call('beneficiaries.history', { id: zoe });
    const texts = timeline.filter((entry) => entry.kind === 'booking').map((entry) => (entry.kind === 'booking' ? entry.text : ''));
    // Newest first.
    expect(texts).toEqual(['Présent·e : « Premiers pas sur internet » du 15/06/2026 à 14:00', 'Inscrit·e à « Premiers pas sur internet » du 15/06/2026 à 14:00']);
  });

  it('says « déjà enregistré » for a second scan of the same pass in the session, and changes nothing', async () => {
    await scan(passOf(1, 1));
    const audit = s.rows<{ n: number }>('SELECT count(*) AS n FROM outbox')[0]?.n;
    const second = await scan(passOf(1, 1));
    expect(second).toEqual({ outcome: 'duplicate', message: `Déjà enregistré : le pass ${passOf(1, 1)} a été scanné pour cette séance.` });
    // Another pass of the same person once present: nothing used either.
    const third = await scan(passOf(1, 2));
    expect(third).toEqual({ outcome: 'duplicate', message: 'Déjà enregistré : Zoé BENYAMINA est présent·e. Le pass n’est pas utilisé.' });
    expect(passRow(passOf(1, 2))?.redeemed_at).toBeNull();
    expect(s.rows<{ n: number }>('SELECT count(*) AS n FROM outbox')[0]?.n).toBe(audit);
  });

  it('refuses a pass already used in another session, naming when', async () => {
    const earlier = await createSession(s.mediateur, sessionFields(s.withPass.id, { startTime: '13:00', title: 'Atelier du matin' }));
    await s.mediateur.call('signin.scan', { sessionId: earlier.id, code: passOf(1, 1) });
    const result = await scan(passOf(1, 1));
    expect(result).toEqual({ outcome: 'refused', reason: 'deja-utilise', message: `Pass ${passOf(1, 1)} déjà utilisé le 15/06/2026 à 13:55.` });
  });

  it('refuses a revoked pass with its reason, and changes nothing', async () => {
    await s.referent.call('passes.revoke', { passNumber: passOf(1, 1), reason: 'perdu', note: '' });
    const result = await scan(passOf(1, 1));
    expect(result).toEqual({ outcome: 'refused', reason: 'revoque', message: `Pass ${passOf(1, 1)} révoqué le 15/06/2026, motif : perdu.` });
    expect((await s.mediateur.call('workshops.get', { id: session.id })).bookings[0]?.status).toBe('a-venir');
  });

  it('refuses an expired pass (after the grace period), a pass never handed out, an unknown and a misread number', async () => {
    expect(await scan(passOf(3, 1))).toEqual({ outcome: 'refused', reason: 'jamais-distribue', message: `Pass ${passOf(3, 1)} jamais distribué : il est encore en stock.` });
    expect(await scan(luhnPass(999_999_999))).toMatchObject({ outcome: 'refused', reason: 'inconnu' });
    const misread = await scan('1000000001');
    expect(misread).toMatchObject({ outcome: 'refused', reason: 'mal-lu' });
    expect(await scan('C000001')).toMatchObject({ outcome: 'refused', reason: 'mal-lu', message: 'C’est le numéro du carnet C000001 : scannez l’un de ses pass (un seul par atelier).' });

    const late = await createSession(s.mediateur, sessionFields(s.withPass.id, { date: '2027-02-01', startTime: '10:00' }));
    await s.at('2027-02-01T09:00:00Z');
    const expired = await s.mediateur.call('signin.scan', { sessionId: late.id, code: passOf(1, 1) });
    expect(expired).toEqual({ outcome: 'refused', reason: 'expire', message: `Pass ${passOf(1, 1)} expiré depuis le 01/02/2027.` });
    expect(passRow(passOf(1, 1))?.redeemed_at).toBeNull();
  });

  it('asks before accepting another person’s pass for the person selected, then records it', async () => {
    const ask = await scan(passOf(2, 1), s.mediateur, { expectedBeneficiaryId: zoe });
    expect(ask).toEqual({ outcome: 'confirm', confirmation: 'autre-personne', message: 'Ce pass a été remis à une autre personne que Zoé BENYAMINA. L’accepter quand même ?' });
    expect(passRow(passOf(2, 1))?.redeemed_at).toBeNull();
    const confirmed = await scan(passOf(2, 1), s.mediateur, { expectedBeneficiaryId: zoe, confirm: ['autre-personne'] });
    expect(confirmed).toMatchObject({ outcome: 'present', booking: { nom: 'Benyamina', status: 'present' } });
    const holder = s.rows<{ beneficiary_id: string; holder_id: string }>('SELECT beneficiary_id, holder_id FROM redemption WHERE pass_number = ?', passOf(2, 1))[0];
    expect(holder).toEqual({ beneficiary_id: zoe, holder_id: marc });
  });

  it('adds a person who was not booked while seats remain; over capacity only with a referent’s confirmation', async () => {
    const added = await scan(passOf(2, 1));
    expect(added).toMatchObject({ outcome: 'present', added: true, message: 'Marc DURAND : présent·e. Ajouté·e à la séance.' });
    const lea = await register(s.accueil, { nom: 'Petit', prenom: 'Léa' });
    await s.referent.call('carnets.hand-out', { beneficiaryId: lea, code: 'C000003', printReceipt: false });
    const full = await scan(passOf(3, 1));
    expect(full).toEqual({ outcome: 'confirm', confirmation: 'surnombre', message: 'Séance complète (2 places) : ajouter Léa PETIT en surnombre ?' });
    const mediateurTries = await scan(passOf(3, 1), s.mediateur, { confirm: ['surnombre'] });
    expect(mediateurTries).toEqual({ outcome: 'refused', reason: 'complet', message: 'Séance complète : seul·e un·e référent·e peut ajouter une personne en surnombre.' });
    // A referent's login and password typed at the door: checked, then named in the audit trail.
    const wrong = await s.mediateur
      .call('signin.scan', { sessionId: session.id, code: passOf(3, 1), confirm: ['surnombre'], approval: { login: 'referent', password: 'not the password' } })
      .catch((error: Error) => error.message);
    expect(wrong).toBe('Identifiant ou mot de passe du·de la référent·e incorrect : personne n’est ajouté.');
    const notReferent = await s.mediateur
      .call('signin.scan', { sessionId: session.id, code: passOf(3, 1), confirm: ['surnombre'], approval: { login: 'accueil', password: 'correct horse battery' } })
      .catch((error: Error) => error.message);
    expect(notReferent).toBe('Agent accueil n’est pas référent·e : seul·e un·e référent·e peut ajouter une personne en surnombre.');
    const approved = await s.mediateur.call('signin.scan', {
      sessionId: session.id,
      code: passOf(3, 1),
      confirm: ['surnombre'],
      approval: { login: 'Referent', password: 'correct horse battery' },
    });
    expect(approved).toMatchObject({ outcome: 'present', added: true, booking: { overCapacity: true } });
    const audit = s.rows<{ details: string }>(`SELECT details FROM audit WHERE action = 'signin.redeemed' ORDER BY seq DESC LIMIT 1`)[0];
    expect(JSON.parse(audit?.details ?? '{}')).toMatchObject({ overCapacity: true, approvedBy: expect.any(String) });
    expect((await s.mediateur.call('workshops.get', { id: session.id })).session).toMatchObject({ booked: 3, capacity: 2, seatsLeft: 0 });
    // A referent at the desk needs no one else's approval.
    const fourth = await register(s.accueil, { nom: 'Roux', prenom: 'Inès' });
    await s.referent.call('carnets.hand-out', { beneficiaryId: fourth, code: 'C000004', printReceipt: false });
    const byReferent = await s.referent.call('signin.scan', { sessionId: session.id, code: passOf(4, 1), confirm: ['surnombre'] });
    expect(byReferent).toMatchObject({ outcome: 'present', added: true, booking: { overCapacity: true } });
  });

  it('marks a person present by name in a session that needs no pass; a pass-priced session refuses that', async () => {
    const free = await createSession(s.mediateur, sessionFields(s.free.id, { title: 'Café numérique' }));
    const present = await s.mediateur.call('signin.mark-present', { sessionId: free.id, beneficiaryId: marc });
    expect(present).toMatchObject({ outcome: 'present', passNumber: null, added: true, booking: { status: 'present', passesRedeemed: 0 } });
    const priced = await s.mediateur.call('signin.mark-present', { sessionId: session.id, beneficiaryId: zoe });
    expect(priced).toEqual({ outcome: 'refused', reason: 'pass-requis', message: 'Cette séance demande 1 pass : scannez le pass de Zoé BENYAMINA.' });
    // A pass shown at a session without passes is not used.
    const shown = await s.mediateur.call('signin.scan', { sessionId: free.id, code: passOf(1, 1) });
    expect(shown).toMatchObject({ outcome: 'present', passNumber: null, booking: { nom: 'Benyamina' } });
    expect(passRow(passOf(1, 1))?.redeemed_at).toBeNull();
  });

  it('refuses scans in a cancelled or closed session', async () => {
    const other = await createSession(s.mediateur, sessionFields(s.withPass.id, { startTime: '16:00' }));
    await s.mediateur.call('workshops.cancel', { id: other.id, reason: 'Salle indisponible' });
    expect(await s.mediateur.call('signin.scan', { sessionId: other.id, code: passOf(1, 1) })).toEqual({
      outcome: 'refused',
      reason: 'seance-annulee',
      message: 'Séance annulée : aucun pass n’est enregistré.',
    });
    const tomorrow = await createSession(s.mediateur, sessionFields(s.withPass.id, { date: '2026-06-16' }));
    const early = await s.mediateur.call('workshops.close', { id: tomorrow.id }).catch((e: Error) => e.message);
    expect(early).toBe('Séance du 16/06/2026 : elle se clôture ce jour-là ou après.');
    expect(await s.mediateur.call('signin.scan', { sessionId: tomorrow.id, code: passOf(1, 1) })).toMatchObject({ outcome: 'refused', reason: 'pas-encore' });
    await s.at('2026-06-15T13:30:00Z');
    await s.mediateur.call('workshops.close', { id: session.id });
    expect(await scan(passOf(1, 1))).toMatchObject({ outcome: 'refused', reason: 'seance-close' });
    expect(passRow(passOf(1, 1))?.redeemed_at).toBeNull();
  });

  it('closes the session: absences marked, the activity written as La Coop counts it', async () => {
    const lea = await register(s.accueil, { nom: 'Petit', prenom: 'Léa' });
    const excusedBooking = await s.accueil.call('bookings.create', { sessionId: session.id, beneficiaryId: lea, printSlip: false });
    await scan(passOf(1, 1));
    await scan(passOf(2, 1), s.referent, { confirm: ['surnombre'] });
    const early = await s.mediateur.call('workshops.get', { id: session.id });
    expect(early.activity).toBeNull();
    await s.at('2026-06-15T13:30:00Z');
    const closed = await s.mediateur.call('workshops.close', { id: session.id, excusedBookingIds: [excusedBooking.booking.id] });
    expect(closed.session.status).toBe('close');
    expect(closed.bookings.map((b) => [b.nom, b.status])).toEqual([
      ['Benyamina', 'present'],
      ['Petit', 'absent-excuse'],
      ['Durand', 'present'],
    ]);
    expect(closed.activity).toMatchObject({
      type: 'collectif',
      date: '2026-06-15',
      durationMin: 90,
      placeType: 'lieu-activite',
      placeName: 'CCAS de Sète',
      communeCode: '34301',
      title: 'Premiers pas sur internet',
      themes: ['navigation-internet'],
      level: 'debutant',
      autonomy: null,
      participants: 2,
      newParticipants: 2,
      passesRedeemed: 2,
    });
    const uploaded = s.rows<{ payload: string }>(`SELECT payload FROM outbox WHERE operation = 'activity.recorded'`);
    expect(uploaded).toHaveLength(1);
    expect(uploaded[0]?.payload).not.toMatch(/Benyamina|Zoé|0611223344/);
  });

  it('counts a person already seen in an earlier session as followed, not new', async () => {
    const earlier = await createSession(s.mediateur, sessionFields(s.withPass.id, { startTime: '09:00', title: 'Atelier du matin' }));
    await s.mediateur.call('signin.scan', { sessionId: earlier.id, code: passOf(1, 2) });
    await s.mediateur.call('workshops.close', { id: earlier.id });
    await scan(passOf(1, 1));
    await scan(passOf(2, 1));
    await s.at('2026-06-15T13:30:00Z');
    const closed = await s.mediateur.call('workshops.close', { id: session.id });
    expect(closed.activity).toMatchObject({ participants: 2, newParticipants: 1 });
  });
});
