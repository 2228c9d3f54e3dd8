import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inProcessClient, type CallError } from '../../support/test-client';
import { until } from '../../support/wait-for';
import { luhnPass, register, startStockEnv, stockedLot, type StockEnv } from './stock-env';

describe('handing a carnet to a person', () => {
  let s: StockEnv;

  beforeEach(async () => {
    s = await startStockEnv('2026-06-15T10:00:00Z');
    await stockedLot(s.referent, 4);
  });
  afterEach(() => s.close());

  const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as CallError);

  it('hands the whole carnet over from any of its passes and prints the receipt in French and in the person’s language', async () => {
    const personId = await register(s.accueil, { language: 'es' }, s.referent);
    const outcome = await s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code: luhnPass(100_000_004) });
    expect(outcome.carnet).toMatchObject({ number: 'C000002', state: 'distribue', holder: { id: personId, prenom: 'Zoé' } });
    expect(outcome.carnet.passes.map((p) => p.state)).toEqual(['distribue', 'distribue', 'distribue']);
    expect(outcome.warning).toBeNull();
    expect(outcome.receipts).toHaveLength(1);
    expect(outcome.receipts[0]).toMatchObject({ delivery: 'queued', job: { kind: 'distribution', label: 'Reçu de remise de carnet' } });

    await until(async () => (await s.printed()).length === 1);
    const [receipt] = await s.printed();
    expect(receipt).toContain('Pass Numérique');
    expect(receipt).toContain('Zoé BENYAMINA');
    expect(receipt).toContain('C000002');
    expect(receipt).toContain(`${luhnPass(100_000_003)}   ${luhnPass(100_000_004)}`);
    expect(receipt).toMatch(/Valeur \(3 x 10,00\s€\)\s+30,00\s€/);
    expect(receipt).toContain('Valable jusqu’au 31/12/2026');
    expect(receipt).toContain('Comment utiliser vos pass');
    expect(receipt).toContain('Cómo usar sus pases');
    expect(receipt).toContain('Válido hasta el 31/12/2026.');

    const carnets = await s.accueil.call('carnets.of-person', { beneficiaryId: personId });
    expect(carnets.map((c) => c.number)).toEqual(['C000002']);
    const history = await s.accueil.call('beneficiaries.history', { id: personId });
    expect(history.find((entry) => entry.kind === 'stock')).toMatchObject({ kind: 'stock', carnetNumber: 'C000002', event: { kind: 'distributed', text: 'Remis à Zoé BENYAMINA', agentName: 'Agent accueil' } });
  });

  it('prints the instructions in French only, and tells the agent, when the printer cannot print the person’s script', async () => {
    const personId = await register(s.accueil, { language: 'ar' }, s.referent);
    const outcome = await s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code: 'C000001' });
    expect(outcome.warning).toContain('ne peut pas imprimer la langue de la personne');
    await until(async () => (await s.printed()).length === 1);
    const [receipt] = await s.printed();
    expect(receipt).toContain('Consignes en arabe : demandez-les à l’accueil.');
    // No Arabic letter came out as `?` on the paper.
    expect(receipt).not.toContain('??');
  });

  it('prints the agent’s copy too when the desk keeps one', async () => {
    await s.admin.call('stock.set-settings', { maxCarnetsPerPerson: 2, agentCopy: true });
    const personId = await register(s.accueil, {}, s.referent);
    const outcome = await s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code: 'C000001' });
    expect(outcome.receipts).toHaveLength(2);
    await until(async () => (await s.printed()).length === 2);
    const agentCopy = (await s.printed())[1];
    expect(agentCopy).toContain('Exemplaire du guichet');
    expect(agentCopy).toContain('Remis par');
    expect(agentCopy).toContain('Agent accueil');
    expect(agentCopy).toContain('Signature de la personne');
  });

  it('hands the carnet over even without a printer, and says the receipt is to be reprinted', async () => {
    await s.admin.call('devices.set-printer', { kind: 'none' });
    const personId = await register(s.accueil, {}, s.referent);
    const outcome = await s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code: 'C000001' });
    expect(outcome.carnet.state).toBe('distribue');
    expect(outcome.receipts).toEqual([]);
    expect(outcome.warning).toContain('Carnet remis, mais reçu non imprimé : Aucune imprimante de tickets n’est configurée');
  });

  it('prints nothing when the person needs no paper, and the receipt can be printed later', async () => {
    const personId = await register(s.accueil, {}, s.referent);
    const outcome = await s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code: 'C000001', printReceipt: false });
    expect(outcome.receipts).toEqual([]);
    expect(await s.printed()).toEqual([]);
    await s.accueil.call('carnets.print-receipt', { carnetId: outcome.carnet.id });
    await until(async () => (await s.printed()).length === 1);
    expect((await s.printed())[0]).toContain('C000001');
  });

  it('refuses a carnet already handed over, to anyone, and a carnet over the desk’s limit', async () => {
    const zoe = await register(s.accueil, {}, s.referent);
    const ali = await register(s.accueil, { nom: 'Haddad', prenom: 'Ali' }, s.referent);
    await s.accueil.call('carnets.hand-out', { beneficiaryId: zoe, code: 'C000001' });
    expect((await failure(s.accueil.call('carnets.hand-out', { beneficiaryId: zoe, code: 'C000001' })))?.message).toBe(
      'Carnet C000001 déjà remis à cette personne le 15/06/2026.',
    );
    expect((await failure(s.accueil.call('carnets.hand-out', { beneficiaryId: ali, code: luhnPass(100_000_001) })))?.message).toBe(
      'Carnet C000001 déjà remis à une autre personne le 15/06/2026.',
    );
    await s.accueil.call('carnets.hand-out', { beneficiaryId: zoe, code: 'C000002' });
    const overLimit = await failure(s.accueil.call('carnets.hand-out', { beneficiaryId: zoe, code: 'C000003' }));
    expect(overLimit?.code).toBe('CONFLICT');
    expect(overLimit?.message).toBe('Cette personne a déjà 2 carnets : la limite du guichet est de 2 par personne.');
    const lookup = await s.accueil.call('passes.lookup', { code: 'C000003' });
    expect(lookup).toMatchObject({ kind: 'carnet', carnet: { state: 'en-stock', holder: null } });
  });

  it('changes nothing on an unknown or misread number, and says which', async () => {
    const personId = await register(s.accueil, {}, s.referent);
    const misread = await failure(s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code: '1000000001' }));
    expect(misread?.code).toBe('INVALID_INPUT');
    expect(misread?.message).toContain('Numéro mal lu');
    expect(misread?.fields).toMatchObject({ code: misread?.message });
    const unknown = await failure(s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code: 'C999999' }));
    expect(unknown?.code).toBe('NOT_FOUND');
    expect(unknown?.message).toBe('Numéro C999999 inconnu : ni pass ni carnet du stock de ce guichet.');
    expect(await s.accueil.call('carnets.of-person', { beneficiaryId: personId })).toEqual([]);
    expect(await s.printed()).toEqual([]);
  });

  it('warns from 30 days before the end of validity and blocks the hand-out from 15 days before', async () => {
    const personId = await register(s.accueil, {}, s.referent);
    await s.at('2026-12-01T09:00:00Z');
    const warned = await s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code: 'C000001' });
    expect(warned.warning).toBe('Ce lot expire le 31/12/2026 : prévenez la personne.');
    const lots = await s.accueil.call('stock.lots', {});
    expect(lots[0]).toMatchObject({ phase: 'warning' });
    expect(lots[0]?.alert).toContain('Fin de validité le 31/12/2026');

    await s.at('2026-12-16T09:00:00Z');
    const blocked = await failure(s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code: 'C000002' }));
    expect(blocked?.message).toBe('Distribution bloquée : ce lot n’est plus valable que jusqu’au 31/12/2026.');
    expect((await s.accueil.call('stock.lots', {}))[0]).toMatchObject({ phase: 'blocked', counts: { carnets: { 'en-stock': 3, distribue: 1 } } });
  });

  it('asks for a finished bilan first, except from a referent', async () => {
    const personId = await register(s.accueil);
    const refused = await failure(s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code: 'C000001' }));
    expect(refused?.message).toBe('Pas de bilan terminé pour cette personne : faites d’abord son bilan, ou demandez à un·e référent·e de remettre le carnet.');
    await s.referent.call('bilans.save-draft', { beneficiaryId: personId, answers: { equipements: ['smartphone'] } });
    expect((await failure(s.accueil.call('carnets.hand-out', { beneficiaryId: personId, code: 'C000001' })))?.code).toBe('CONFLICT');
    const byReferent = await s.referent.call('carnets.hand-out', { beneficiaryId: personId, code: 'C000001' });
    expect(byReferent.carnet.holder?.id).toBe(personId);
  });

  it('lets médiateurs hand carnets out too (roles are cumulative)', async () => {
    const personId = await register(s.accueil, {}, s.referent);
    await s.admin.call('agents.create', { displayName: 'Agent médiation', login: 'mediation', role: 'mediateur', password: 'correct horse battery' });
    const mediateur = inProcessClient(s.env.backend);
    await mediateur.call('auth.login', { login: 'mediation', password: 'correct horse battery' });
    const outcome = await mediateur.call('carnets.hand-out', { beneficiaryId: personId, code: 'C000001' });
    expect(outcome.carnet.holder?.id).toBe(personId);
    expect((await failure(mediateur.call('carnets.revoke', { carnetId: outcome.carnet.id, reason: 'perdu', note: '' })))?.code).toBe('FORBIDDEN');
    mediateur.close();
  });

});
