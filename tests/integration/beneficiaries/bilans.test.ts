import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_NEEDS_GRID } from '../../../electron/common/domain/bilans/default-grid';
import type { NeedsGridDefinition } from '../../../electron/common/domain/bilans/needs-grid';
import { register, rejection, startBeneficiariesEnv, type BeneficiariesEnv } from './beneficiaries-env';

let ctx: BeneficiariesEnv;

beforeEach(async () => {
  ctx = await startBeneficiariesEnv();
});
afterEach(async () => {
  await ctx.close();
});

const COMPLETE_ANSWERS = {
  equipements: ['smartphone'],
  'internet-domicile': false,
  thematiques: ['email', 'demarches-administratives'],
  profil: 'debutant',
  orientation: ['atelier-collectif'],
  'pass-proposes': 10,
};

describe('needs grid', () => {
  it('starts with the default grid as version 1', async () => {
    const grid = await ctx.accueil.call('bilans.grid', {});
    expect(grid.version).toBe(1);
    expect(grid.definition.sections.map((section) => section.code)).toEqual(['equipement', 'acces', 'freins', 'besoins', 'niveau', 'orientation', 'resultat']);
  });

  it('makes every edit a new version; old bilans keep theirs and are checked against it', async () => {
    const id = await register(ctx.accueil);
    const old = await ctx.mediateur.call('bilans.save-draft', { beneficiaryId: id, answers: { profil: 'exclu' } });
    expect(old.gridVersion).toBe(1);

    const edited: NeedsGridDefinition = {
      ...DEFAULT_NEEDS_GRID,
      sections: [
        ...DEFAULT_NEEDS_GRID.sections.filter((section) => section.code !== 'niveau'),
        { code: 'mobilite', label: 'Mobilité', questions: [{ code: 'vient-seul', label: 'Vient seul·e', type: 'yes-no', required: false }] },
      ],
    };
    const denied = await rejection(ctx.referent.call('bilans.grid-update', { definition: edited }));
    expect(denied.code).toBe('FORBIDDEN');
    const v2 = await ctx.admin.call('bilans.grid-update', { definition: edited });
    expect(v2.version).toBe(2);
    expect((await ctx.accueil.call('bilans.grid', {})).version).toBe(2);
    expect((await ctx.accueil.call('bilans.grid', { version: 1 })).definition.sections.map((s) => s.code)).toContain('niveau');

    // The old draft still answers version 1's questions; version 2's are unknown to it.
    const oldAgain = await ctx.mediateur.call('bilans.complete', { id: old.id, beneficiaryId: id, answers: COMPLETE_ANSWERS });
    expect(oldAgain).toMatchObject({ gridVersion: 1, status: 'completed' });
    const unknown = await rejection(ctx.mediateur.call('bilans.save-draft', { beneficiaryId: id, answers: { profil: 'exclu' } }));
    expect(unknown.fields).toEqual({ 'answers.profil': 'Question inconnue dans cette version de la grille.' });
    const fresh = await ctx.mediateur.call('bilans.save-draft', { beneficiaryId: id, answers: { 'vient-seul': true } });
    expect(fresh.gridVersion).toBe(2);
  });

  it('refuses an invalid grid with a French message', async () => {
    const duplicated: NeedsGridDefinition = {
      title: 'Grille',
      sections: [
        {
          code: 'a',
          label: 'A',
          questions: [
            { code: 'q', label: 'Q1', type: 'yes-no', required: false },
            { code: 'q', label: 'Q2', type: 'yes-no', required: false },
          ],
        },
      ],
    };
    const error = await rejection(ctx.admin.call('bilans.grid-update', { definition: duplicated }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/Code de question en double : q/);
  });
});

describe('bilans', () => {
  it('saves drafts over several visits, then completes with the required answers', async () => {
    const id = await register(ctx.accueil);
    const draft = await ctx.mediateur.call('bilans.save-draft', { beneficiaryId: id, answers: { equipements: ['ordinateur'] } });
    expect(draft.status).toBe('draft');
    const later = await ctx.mediateur.call('bilans.save-draft', { id: draft.id, beneficiaryId: id, answers: { equipements: ['ordinateur'], profil: 'debutant' } });
    expect(later.answers).toEqual({ equipements: ['ordinateur'], profil: 'debutant' });

    const incomplete = await rejection(ctx.mediateur.call('bilans.complete', { id: draft.id, beneficiaryId: id, answers: later.answers }));
    expect(incomplete.fields).toMatchObject({
      'answers.thematiques': 'Réponse obligatoire pour terminer le bilan.',
      'answers.pass-proposes': 'Réponse obligatoire pour terminer le bilan.',
    });
    const wrong = await rejection(
      ctx.mediateur.call('bilans.save-draft', { id: draft.id, beneficiaryId: id, answers: { profil: 'expert', 'pass-proposes': 99, equipements: ['fax'] } }),
    );
    expect(wrong.fields).toEqual({
      'answers.profil': 'Choisissez une des réponses proposées.',
      'answers.pass-proposes': 'Saisissez un nombre entre 0 et 50.',
      'answers.equipements': 'Choisissez parmi les réponses proposées.',
    });

    const done = await ctx.mediateur.call('bilans.complete', { id: draft.id, beneficiaryId: id, answers: COMPLETE_ANSWERS });
    expect(done).toMatchObject({ status: 'completed', completedAt: expect.any(String) });
    const locked = await rejection(ctx.mediateur.call('bilans.save-draft', { id: draft.id, beneficiaryId: id, answers: COMPLETE_ANSWERS }));
    expect(locked.code).toBe('CONFLICT');
    expect(await ctx.accueil.call('bilans.get', { id: draft.id })).toMatchObject({ status: 'completed' });
    const history = await ctx.accueil.call('beneficiaries.history', { id });
    expect(history).toEqual([expect.objectContaining({ kind: 'bilan', bilan: expect.objectContaining({ id: draft.id }) })]);
  });

  it('lets accueil find and register people, but not run bilans or merge', async () => {
    const id = await register(ctx.accueil);
    expect((await rejection(ctx.accueil.call('bilans.save-draft', { beneficiaryId: id, answers: {} }))).code).toBe('FORBIDDEN');
    expect((await rejection(ctx.accueil.call('bilans.complete', { beneficiaryId: id, answers: COMPLETE_ANSWERS }))).code).toBe('FORBIDDEN');
    expect((await rejection(ctx.mediateur.call('beneficiaries.merge', { survivorId: id, mergedId: id }))).code).toBe('FORBIDDEN');
    expect((await rejection(ctx.accueil.call('beneficiaries.set-extra-criteria', { criteria: [] }))).code).toBe('FORBIDDEN');
    await ctx.accueil.call('auth.logout', {});
    expect((await rejection(ctx.accueil.call('beneficiaries.search', { query: 'dup', limit: 5 }))).code).toBe('UNAUTHENTICATED');
  });
});
