import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CallError } from '../../support/test-client';
import { luhnPass, register, startStockEnv, stockedLot, type StockEnv } from './stock-env';

describe('corrections, revocations, lookup and expiry', () => {
  let s: StockEnv;
  let zoe: string;

  beforeEach(async () => {
    s = await startStockEnv('2026-06-15T10:00:00Z');
    await stockedLot(s.referent, 4);
    zoe = await register(s.accueil, {}, s.referent);
  });
  afterEach(() => s.close());

  const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as CallError);
  const handOut = async (code: string, personId = zoe) => (await s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code })).carnet;

  it('looks a pass up: its state, holder, whether it can be used today, and its history', async () => {
    await handOut('C000001');
    const found = await s.accueil.call('passes.lookup', { code: ` ${luhnPass(100_000_001)} ` });
    if (found.kind !== 'pass') throw new Error(found.kind);
    expect(found.carnet).toMatchObject({ number: 'C000001', state: 'distribue', holder: { id: zoe, nom: 'Benyamina' }, issuerName: 'APTIC' });
    expect(found.redemption).toEqual({ ok: true });
    expect(found.history.map((event) => event.text)).toEqual(['Remis à Zoé BENYAMINA', 'Reçu en stock (lot CMD-2026-01)']);

    const inStock = await s.accueil.call('passes.lookup', { code: luhnPass(100_000_004) });
    expect(inStock).toMatchObject({ kind: 'pass', redemption: { ok: false, reason: 'jamais-distribue' } });
    expect(await s.accueil.call('passes.lookup', { code: '12345' })).toMatchObject({ kind: 'not-found', reason: 'mal-lu' });
  });

  it('takes an unused carnet back into stock, keeping the hand-out in the history', async () => {
    const carnet = await handOut('C000001');
    const back = await s.referent.call('carnets.take-back', { carnetId: carnet.id, note: 'Déménage' });
    expect(back).toMatchObject({ state: 'en-stock', holder: null, distributedAt: null });
    const lookup = await s.accueil.call('passes.lookup', { code: 'C000001' });
    if (lookup.kind !== 'carnet') throw new Error(lookup.kind);
    expect(lookup.history.map((event) => event.text)).toEqual(['Repris en stock (Déménage)', 'Remis à Zoé BENYAMINA', 'Reçu en stock (lot CMD-2026-01)']);
    expect(await s.accueil.call('carnets.of-person', { beneficiaryId: zoe })).toEqual([]);
    const timeline = await s.accueil.call('beneficiaries.history', { id: zoe });
    expect(timeline.flatMap((entry) => (entry.kind === 'stock' ? [entry.event.kind] : []))).toEqual(['taken-back', 'distributed']);
    // Back in stock, it can be handed out again.
    expect((await handOut('C000001')).state).toBe('distribue');
  });

  it('corrects a hand-out to the wrong person, and says so in both timelines', async () => {
    const ali = await register(s.accueil, { nom: 'Haddad', prenom: 'Ali' }, s.referent);
    const carnet = await handOut('C000001');
    const moved = await s.referent.call('carnets.reassign', { carnetId: carnet.id, beneficiaryId: ali, note: 'Erreur de fiche' });
    expect(moved.holder).toMatchObject({ id: ali });
    const text = 'Remise corrigée : de Zoé BENYAMINA à Ali HADDAD (Erreur de fiche)';
    for (const id of [zoe, ali]) {
      const timeline = await s.accueil.call('beneficiaries.history', { id });
      expect(timeline.some((entry) => entry.kind === 'stock' && entry.event.text === text)).toBe(true);
    }
    expect(await s.accueil.call('carnets.of-person', { beneficiaryId: zoe })).toEqual([]);
  });

  it('revokes one pass, then the rest of the carnet; a revoked pass cannot be redeemed nor revoked again', async () => {
    const carnet = await handOut('C000001');
    const firstPass = carnet.passes[0];
    if (!firstPass) throw new Error('no pass');
    const afterPass = await s.referent.call('passes.revoke', { passNumber: firstPass.number, reason: 'perdu', note: '' });
    expect(afterPass.passes.map((p) => p.state)).toEqual(['revoque', 'distribue', 'distribue']);
    expect(afterPass.state).toBe('distribue');
    const lookup = await s.accueil.call('passes.lookup', { code: firstPass.number });
    expect(lookup).toMatchObject({ kind: 'pass', redemption: { ok: false, reason: 'revoque', message: `Pass ${firstPass.number} révoqué le 15/06/2026, motif : perdu.` } });
    expect((await failure(s.referent.call('passes.revoke', { passNumber: firstPass.number, reason: 'vole', note: '' })))?.message).toBe(
      `Pass ${firstPass.number} déjà révoqué le 15/06/2026.`,
    );

    const revoked = await s.referent.call('carnets.revoke', { carnetId: carnet.id, reason: 'vole', note: 'Sac volé' });
    expect(revoked).toMatchObject({ state: 'revoque', revokedReason: 'vole' });
    expect(revoked.passes.map((p) => [p.state, p.revokedReason])).toEqual([
      ['revoque', 'perdu'],
      ['revoque', 'vole'],
      ['revoque', 'vole'],
    ]);
    const lots = await s.accueil.call('stock.lots', {});
    expect(lots[0]?.counts).toMatchObject({ passesRevoked: 3, passesUnused: 9, carnets: { revoque: 1, 'en-stock': 3 } });
    expect((await failure(s.referent.call('carnets.take-back', { carnetId: carnet.id, note: '' })))?.message).toBe(
      'Carnet C000001 révoqué : impossible de le reprendre.',
    );
    // A revoked carnet is held no more: a replacement can be handed over.
    expect((await handOut('C000002')).state).toBe('distribue');
  });

  it('audits each change and queues it for the hub without names nor notes', async () => {
    const carnet = await handOut('C000001');
    await s.referent.call('carnets.take-back', { carnetId: carnet.id, note: 'Motif confidentiel' });
    await handOut('C000001');
    await s.referent.call('carnets.revoke', { carnetId: carnet.id, reason: 'vole', note: 'Motif confidentiel' });
    const outbox = s.rows<{ operation: string; payload: string }>('SELECT operation, payload FROM outbox WHERE entity_id = ? ORDER BY seq', carnet.id);
    expect(outbox.map((row) => row.operation)).toEqual(['carnet.distributed', 'carnet.taken-back', 'carnet.distributed', 'carnet.revoked']);
    expect(outbox.map((row) => row.payload).join()).not.toMatch(/Benyamina|Zoé|confidentiel/);
    const audit = s.rows<{ action: string }>('SELECT action FROM audit WHERE target_id = ? ORDER BY seq', carnet.id);
    expect(audit.map((row) => row.action)).toEqual(['carnet.distributed', 'carnet.taken-back', 'carnet.distributed', 'carnet.revoked']);
    expect(await s.admin.call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('refuses the corrections to accueil agents', async () => {
    const carnet = await handOut('C000001');
    expect((await failure(s.accueil.call('carnets.revoke', { carnetId: carnet.id, reason: 'perdu', note: '' })))?.code).toBe('FORBIDDEN');
    expect((await failure(s.accueil.call('carnets.take-back', { carnetId: carnet.id, note: '' })))?.code).toBe('FORBIDDEN');
  });

  it('accepts a pass until midnight in Paris at the end of the grace period, then counts what is left unused', async () => {
    await handOut('C000001');
    const number = luhnPass(100_000_000);
    await s.at('2027-01-31T22:59:59Z'); // 23:59:59 in Paris
    expect(await s.accueil.call('passes.lookup', { code: number })).toMatchObject({ redemption: { ok: true } });
    expect((await s.accueil.call('stock.lots', {}))[0]).toMatchObject({ phase: 'grace' });

    await s.at('2027-01-31T23:00:00Z'); // midnight in Paris
    expect(await s.accueil.call('passes.lookup', { code: number })).toMatchObject({
      redemption: { ok: false, reason: 'expire', message: `Pass ${number} expiré depuis le 01/02/2027.` },
    });
    const [lot] = await s.accueil.call('stock.lots', {});
    expect(lot).toMatchObject({ phase: 'expired', counts: { carnets: { expire: 4 }, passesUnused: 12, unusedValueCents: 12_000 } });
    expect(lot?.alert).toBe('Expiré depuis le 01/02/2027 : 12 pass non utilisés, soit 120,00\u00a0€ à faire valoir auprès de l’émetteur.');
  });

  it('moves the carnets and their history to the surviving record on a merge, and back when it is undone', async () => {
    const twin = await register(s.accueil, { prenom: 'Zoe' }, s.referent);
    await handOut('C000003', twin);
    await s.referent.call('beneficiaries.merge', { survivorId: zoe, mergedId: twin });
    expect((await s.accueil.call('carnets.of-person', { beneficiaryId: zoe })).map((c) => c.number)).toEqual(['C000003']);
    const timeline = await s.accueil.call('beneficiaries.history', { id: zoe });
    expect(timeline.some((entry) => entry.kind === 'stock' && entry.carnetNumber === 'C000003')).toBe(true);

    // Undone, the merge gives the carnet and its history back to the other record.
    const merge = timeline.find((entry) => entry.kind === 'merge');
    if (merge?.kind !== 'merge') throw new Error('no merge in the timeline');
    await s.referent.call('beneficiaries.undo-merge', { mergeId: merge.mergeId });
    expect((await s.accueil.call('carnets.of-person', { beneficiaryId: twin })).map((c) => c.number)).toEqual(['C000003']);
    expect(await s.accueil.call('carnets.of-person', { beneficiaryId: zoe })).toEqual([]);
    const twinTimeline = await s.accueil.call('beneficiaries.history', { id: twin });
    expect(twinTimeline.some((entry) => entry.kind === 'stock' && entry.carnetNumber === 'C000003')).toBe(true);
  });
});
