import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open-database';
import { DATABASE_FILE_NAME } from '../../../electron/node/server/create-backend';
import { MIGRATIONS_FOLDER } from '../../support/test-backend';
import { person, register, rejection, startBeneficiariesEnv, type BeneficiariesEnv } from './beneficiaries-env';

let ctx: BeneficiariesEnv;

beforeEach(async () => {
  ctx = await startBeneficiariesEnv();
});
afterEach(async () => {
  await ctx.close();
});

/** Reads the database file directly, with the backend's key. */
function readRows<T>(sql: string, ...params: unknown[]): T[] {
  const db = openDatabase({ file: path.join(ctx.env.dataDir, DATABASE_FILE_NAME), key: ctx.env.key, migrationsFolder: MIGRATIONS_FOLDER });
  try {
    return db.sqlite.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

describe('beneficiaries.create and update', () => {
  it('registers a person with normalised phone and e-mail, derived age band and commune name', async () => {
    const { beneficiary, duplicates } = await ctx.accueil.call('beneficiaries.create', {
      fields: person({
        phone: '+33 6 12 34 56 78',
        email: ' Marie.Dupont@Exemple.FR ',
        language: 'ar',
        priorityCriteria: ['senior', 'allophone'],
        noticeGivenOn: '2026-11-20',
        note: 'Préfère le matin.',
        qpv: 'oui',
        qpvCode: 'qp034001',
      }),
    });
    expect(duplicates).toEqual([]);
    expect(beneficiary).toMatchObject({
      nom: 'Dupont',
      phone: '0612345678',
      email: 'marie.dupont@exemple.fr',
      communeName: 'Sète',
      language: 'ar',
      priorityCriteria: ['senior', 'allophone'],
    });
    expect(beneficiary?.qpvCode).toBe('QP034001');
    expect(beneficiary?.ageBand).toBe('60-69');
  });

  it('gives a French message per field for implausible input', async () => {
    const future = await rejection(
      ctx.accueil.call('beneficiaries.create', { fields: person({ birthYear: 1850, phone: '12345', email: 'pas-un-mail', nom: '' }) }),
    );
    expect(future.code).toBe('INVALID_INPUT');
    expect(future.fields).toMatchObject({
      'fields.nom': 'Nom obligatoire.',
      'fields.birthYear': 'Année de naissance : 1900 ou après.',
      'fields.phone': expect.stringMatching(/Numéro de téléphone invalide/),
      'fields.email': expect.stringMatching(/Adresse e-mail invalide/),
    });
    const nextYear = new Date().getFullYear() + 1;
    const tooLate = await rejection(ctx.accueil.call('beneficiaries.create', { fields: person({ birthYear: nextYear }) }));
    expect(tooLate.fields).toEqual({ 'fields.birthYear': 'Année de naissance dans le futur.' });
    const commune = await rejection(ctx.accueil.call('beneficiaries.create', { fields: person({ communeCode: '99999' }) }));
    expect(commune.fields).toEqual({ 'fields.communeCode': 'Commune inconnue : choisissez-la dans la liste.' });
    const criterion = await rejection(ctx.accueil.call('beneficiaries.create', { fields: person({ priorityCriteria: ['inconnu'] }) }));
    expect(criterion.fields).toEqual({ 'fields.priorityCriteria': 'Critère inconnu : inconnu.' });
    const both = await rejection(ctx.accueil.call('beneficiaries.create', { fields: person({ noPhone: true, phone: '0612345678' }) }));
    expect(both.fields['fields.phone']).toMatch(/pas de téléphone/);
  });

  it('writes an outbox row without names, contact details or the note, and an audit row', async () => {
    const id = await register(ctx.accueil, { nom: 'Canaryname', prenom: 'Zéphyrine', phone: '0611223344', email: 'z@exemple.fr', note: 'Note secrète' });
    await ctx.accueil.call('beneficiaries.update', { id, fields: person({ nom: 'Canaryname', prenom: 'Zéphyrine', note: 'Autre note secrète', birthYear: 1990 }) });
    const outbox = readRows<{ operation: string; payload: string }>('SELECT operation, payload FROM outbox WHERE entity_id = ? ORDER BY seq', id);
    expect(outbox.map((row) => row.operation)).toEqual(['beneficiary.created', 'beneficiary.updated']);
    for (const row of outbox) {
      expect(row.payload).not.toMatch(/Canaryname|Zéphyrine|0611223344|z@exemple|secrète|1962|1990/);
      expect(JSON.parse(row.payload)).toMatchObject({ communeCode: '34301' });
    }
    const audit = readRows<{ action: string; details: string }>(`SELECT action, details FROM audit WHERE target_id = ? ORDER BY seq`, id);
    expect(audit.map((row) => row.action)).toEqual(['beneficiary.created', 'beneficiary.updated']);
    expect(JSON.parse(audit[1]!.details)).toEqual({ fields: ['birthYear', 'phone', 'email', 'note'] });
    expect(audit.map((row) => row.details).join()).not.toMatch(/Canaryname|secrète/);
  });

  it('refreshes the search tokens when the name changes', async () => {
    const id = await register(ctx.accueil, { nom: 'Durand', prenom: 'Paul' });
    await ctx.accueil.call('beneficiaries.update', { id, fields: person({ nom: 'Moreau', prenom: 'Paul' }) });
    expect(await ctx.accueil.call('beneficiaries.search', { query: 'durand', limit: 10 })).toEqual([]);
    expect((await ctx.accueil.call('beneficiaries.search', { query: 'morea', limit: 10 })).map((p) => p.id)).toEqual([id]);
  });

  it('lists the closed criteria and the desk’s own', async () => {
    await ctx.admin.call('beneficiaries.set-extra-criteria', { criteria: [{ code: 'parent-isole', label: 'Parent isolé' }] });
    const criteria = await ctx.accueil.call('beneficiaries.criteria', {});
    expect(criteria.map((c) => c.code)).toEqual(expect.arrayContaining(['senior', 'residant-qpv', 'parent-isole']));
    await register(ctx.accueil, { priorityCriteria: ['parent-isole'] });
    const clash = await rejection(ctx.admin.call('beneficiaries.set-extra-criteria', { criteria: [{ code: 'senior', label: 'Senior bis' }] }));
    expect(clash.code).toBe('INVALID_INPUT');
  });
});

describe('duplicates', () => {
  it('holds a creation back when two of nom, prénom, phone, e-mail match, and creates it when confirmed', async () => {
    const first = await register(ctx.accueil, { nom: 'Dupont', prenom: 'Marie', phone: '0612345678' });
    const held = await ctx.accueil.call('beneficiaries.create', { fields: person({ nom: 'DUPONT', prenom: 'Marie' }) });
    expect(held.beneficiary).toBeNull();
    expect(held.duplicates).toEqual([expect.objectContaining({ id: first, reasons: ['nom', 'prenom'] })]);
    const typo = await ctx.accueil.call('beneficiaries.check-duplicates', { nom: 'Dupomt', prenom: 'Lucie', phone: '06 12 34 56 78', email: null });
    expect(typo).toEqual([expect.objectContaining({ id: first, reasons: ['nom', 'telephone'] })]);
    const swapped = await ctx.accueil.call('beneficiaries.check-duplicates', { nom: 'Dupond', prenom: 'Amrie', phone: null, email: null });
    expect(swapped).toEqual([expect.objectContaining({ id: first, reasons: ['nom', 'prenom'] })]);
    const confirmed = await ctx.accueil.call('beneficiaries.create', { fields: person({ nom: 'DUPONT', prenom: 'Marie' }), confirmDuplicate: true });
    expect(confirmed.beneficiary).not.toBeNull();
    expect(confirmed.duplicates.map((d) => d.id)).toEqual([first]);
  });

  it('does not warn when only one thing matches', async () => {
    await register(ctx.accueil, { nom: 'Dupont', prenom: 'Marie', phone: '0612345678', email: 'marie@exemple.fr' });
    expect(await ctx.accueil.call('beneficiaries.check-duplicates', { nom: 'Dupont', prenom: 'Jeanne', phone: null, email: null })).toEqual([]);
    expect(await ctx.accueil.call('beneficiaries.check-duplicates', { nom: 'Durand', prenom: 'Lucie', phone: '0612345678', email: null })).toEqual([]);
    expect(await ctx.accueil.call('beneficiaries.check-duplicates', { nom: 'Dupond', prenom: 'Mario', phone: null, email: null })).toEqual([
      expect.objectContaining({ reasons: ['nom', 'prenom'] }),
    ]);
  });
});

describe('beneficiaries.merge', () => {
  it('fills the survivor’s gaps, moves the bilans, hides the other record and keeps both before-images', async () => {
    const survivor = await register(ctx.accueil, { nom: 'Dupont', prenom: 'Marie', birthYear: null, communeCode: null, priorityCriteria: ['senior'] });
    const other = await register(ctx.accueil, { nom: 'Dupond', prenom: 'Marie', birthYear: 1960, phone: '0612345678', priorityCriteria: ['isole'] });
    const bilan = await ctx.mediateur.call('bilans.save-draft', { beneficiaryId: other, answers: { equipements: ['smartphone'] } });

    const denied = await rejection(ctx.accueil.call('beneficiaries.merge', { survivorId: survivor, mergedId: other }));
    expect(denied.code).toBe('FORBIDDEN');
    const merged = await ctx.referent.call('beneficiaries.merge', { survivorId: survivor, mergedId: other });
    expect(merged).toMatchObject({ nom: 'Dupont', birthYear: 1960, communeCode: '34301', phone: '0612345678', priorityCriteria: ['senior', 'isole'] });

    expect(await ctx.accueil.call('beneficiaries.get', { id: other })).toMatchObject({ mergedInto: survivor });
    expect((await ctx.accueil.call('beneficiaries.search', { query: 'dupon', limit: 10 })).map((p) => p.id)).toEqual([survivor]);
    expect(await ctx.accueil.call('bilans.get', { id: bilan.id })).toMatchObject({ beneficiaryId: survivor });
    const history = await ctx.accueil.call('beneficiaries.history', { id: survivor });
    expect(history.map((entry) => entry.kind).sort()).toEqual(['bilan', 'merge']);

    const audit = readRows<{ details: string }>(`SELECT details FROM audit WHERE action = 'beneficiary.merged'`);
    const details = JSON.parse(audit[0]!.details) as { mergeId: string; mergedId: string; movedBilans: string[] };
    expect(details).toMatchObject({ mergedId: other, movedBilans: [bilan.id] });
    const [trail] = readRows<{ survivor_before: string; merged_before: string }>('SELECT * FROM beneficiary_merge WHERE id = ?', details.mergeId);
    expect(JSON.parse(trail!.survivor_before)).toMatchObject({ id: survivor, birthYear: null });
    expect(JSON.parse(trail!.merged_before)).toMatchObject({ id: other, birthYear: 1960, mergedInto: null });
    expect(await ctx.admin.call('audit.verify', {})).toMatchObject({ ok: true });

    const again = await rejection(ctx.referent.call('beneficiaries.merge', { survivorId: survivor, mergedId: other }));
    expect(again.code).toBe('NOT_FOUND');
  });

  it('undoes a merge: both records as they were, the bilans back, the other record found again', async () => {
    const survivor = await register(ctx.accueil, { nom: 'Lefèvre', prenom: 'Anne', birthYear: null, communeCode: null });
    const other = await register(ctx.accueil, { nom: 'Lefebvre', prenom: 'Anne', birthYear: 1971, phone: '0698765432' });
    const bilan = await ctx.mediateur.call('bilans.save-draft', { beneficiaryId: other, answers: { equipements: ['ordinateur'] } });
    await ctx.referent.call('beneficiaries.merge', { survivorId: survivor, mergedId: other });
    const [merge] = (await ctx.referent.call('beneficiaries.history', { id: survivor })).filter((entry) => entry.kind === 'merge');
    if (merge?.kind !== 'merge') throw new Error('no merge in the timeline');

    expect((await rejection(ctx.accueil.call('beneficiaries.undo-merge', { mergeId: merge.mergeId }))).code).toBe('FORBIDDEN');
    const restored = await ctx.referent.call('beneficiaries.undo-merge', { mergeId: merge.mergeId });
    expect(restored).toMatchObject({ id: survivor, birthYear: null, phone: null });
    expect(await ctx.accueil.call('beneficiaries.get', { id: other })).toMatchObject({ mergedInto: null, birthYear: 1971, phone: '0698765432' });
    expect(await ctx.accueil.call('bilans.get', { id: bilan.id })).toMatchObject({ beneficiaryId: other });
    expect((await ctx.accueil.call('beneficiaries.search', { query: 'lefeb', limit: 10 })).map((p) => p.id)).toContain(other);
    const timeline = await ctx.referent.call('beneficiaries.history', { id: survivor });
    expect(timeline.find((entry) => entry.kind === 'merge')).toMatchObject({ mergeId: merge.mergeId, undoneAt: expect.any(String) });
    expect((await rejection(ctx.referent.call('beneficiaries.undo-merge', { mergeId: merge.mergeId }))).message).toBe('Cette fusion a déjà été annulée.');
    expect(await ctx.admin.call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('refuses to undo a merge once the surviving record was corrected since', async () => {
    const survivor = await register(ctx.accueil, { nom: 'Moulin', prenom: 'Paul' });
    const other = await register(ctx.accueil, { nom: 'Moulin', prenom: 'Paul', birthYear: 1950 });
    await ctx.referent.call('beneficiaries.merge', { survivorId: survivor, mergedId: other });
    await ctx.accueil.call('beneficiaries.update', { id: survivor, fields: person({ nom: 'Moulin', prenom: 'Paul', phone: '0611111111' }) });
    const [merge] = (await ctx.referent.call('beneficiaries.history', { id: survivor })).filter((entry) => entry.kind === 'merge');
    if (merge?.kind !== 'merge') throw new Error('no merge in the timeline');
    const refused = await rejection(ctx.referent.call('beneficiaries.undo-merge', { mergeId: merge.mergeId }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('La fiche a été modifiée depuis la fusion');
    expect(await ctx.accueil.call('beneficiaries.get', { id: other })).toMatchObject({ mergedInto: survivor });
  });
});
