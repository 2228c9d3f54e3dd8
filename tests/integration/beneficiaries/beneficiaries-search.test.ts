import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../support/test-client';
import { register, startBeneficiariesEnv, type BeneficiariesEnv } from './beneficiaries-env';

let ctx: BeneficiariesEnv;
let accueil: TestClient;

const names = async (query: string) => (await accueil.call('beneficiaries.search', { query, limit: 30 })).map((p) => `${p.prenom} ${p.nom}`);

beforeAll(async () => {
  ctx = await startBeneficiariesEnv();
  accueil = ctx.accueil;
  await register(accueil, { nom: 'DUPONT', prenom: 'Marie', birthYear: 1958, phone: '06 12 34 56 78' });
  await register(accueil, { nom: 'Martin', prenom: 'Héloïse', birthYear: 1990 });
  await register(accueil, { nom: "N'Diaye", prenom: 'Aminata', birthYear: 1985, phone: '+33 7 01 02 03 04' });
  await register(accueil, { nom: 'Lefèvre', prenom: 'Jean-Pierre', birthYear: 1947 });
  await register(accueil, { nom: 'Cœur', prenom: 'Œdipe', birthYear: 1970 });
  await register(accueil, { nom: 'Sivakumar', prenom: 'சிவா', birthYear: 1979 });
  await register(accueil, { nom: '王', prenom: '小明', birthYear: 2001 });
  await register(accueil, { nom: 'Benali', prenom: 'Karim', birthYear: 1985, email: 'karim.benali@exemple.fr' });
});
afterAll(async () => {
  await ctx.close();
});

describe('beneficiaries.search', () => {
  it('matches the start of any word, ignoring case and accents', async () => {
    expect(await names('dupon')).toEqual(['Marie DUPONT']);
    expect(await names('hélo')).toEqual(['Héloïse Martin']);
    expect(await names('HELO')).toEqual(['Héloïse Martin']);
    expect(await names('lefev')).toEqual(['Jean-Pierre Lefèvre']);
  });

  it('splits apostrophes and hyphens, and also finds the joined spelling', async () => {
    expect(await names('diaye')).toEqual(['Aminata N\'Diaye']);
    expect(await names('ndiaye')).toEqual(['Aminata N\'Diaye']);
    expect(await names("n'di")).toEqual(['Aminata N\'Diaye']);
    expect(await names('pierre')).toEqual(['Jean-Pierre Lefèvre']);
    expect(await names('jeanpi')).toEqual(['Jean-Pierre Lefèvre']);
  });

  it('spells the Œ ligature out', async () => {
    expect(await names('coeur')).toEqual(['Œdipe Cœur']);
    expect(await names('oedi')).toEqual(['Œdipe Cœur']);
    expect(await names('cœ')).toEqual(['Œdipe Cœur']);
  });

  it('keeps non-Latin scripts as typed and searchable', async () => {
    expect(await names('சிவா')).toEqual(['சிவா Sivakumar']);
    expect(await names('சி')).toEqual(['சிவா Sivakumar']);
    expect(await names('王')).toEqual(['小明 王']);
    expect(await names('小明')).toEqual(['小明 王']);
    expect(await names('明')).toEqual(['小明 王']);
  });

  it('needs every word of the query, in any order', async () => {
    expect(await names('marie dup')).toEqual(['Marie DUPONT']);
    expect(await names('dup marie')).toEqual(['Marie DUPONT']);
    expect(await names('dup karim')).toEqual([]);
  });

  it('finds by birth year and by phone digits', async () => {
    expect((await names('1985')).sort()).toEqual(['Aminata N\'Diaye', 'Karim Benali']);
    expect(await names('0612')).toEqual(['Marie DUPONT']);
    expect(await names('06 12 34')).toEqual(['Marie DUPONT']);
    expect(await names('+33 7 01')).toEqual(['Aminata N\'Diaye']);
    expect(await names('0701020304')).toEqual(['Aminata N\'Diaye']);
  });

  it('returns nothing for an empty query or a short number', async () => {
    expect(await names('')).toEqual([]);
    expect(await names('  ')).toEqual([]);
    expect(await names('06')).toEqual([]);
  });
});
