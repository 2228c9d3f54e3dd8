import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallError, type TestClient } from '../support/test-client';
import { carriers } from './carriers';

const SITE = { name: 'CCAS de Montpellier', kind: 'ccas' as const, communeCode: '34172' };
const ADMIN = { displayName: 'Nadia Benali', login: 'nadia', password: 'correct horse battery' };

async function rejection(promise: Promise<unknown>): Promise<CallError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CallError) return error;
    throw error;
  }
  throw new Error('the call was expected to fail');
}

describe.each(carriers)('beneficiaries over $name', (harness) => {
  let env: Awaited<ReturnType<typeof harness.start>>;
  let client: TestClient;

  beforeEach(async () => {
    env = await harness.start({});
    client = await env.connect();
    await client.call('setup.complete', { site: SITE, admin: ADMIN });
    await client.call('auth.login', { login: ADMIN.login, password: ADMIN.password });
  });
  afterEach(async () => {
    client.close();
    await env.stop();
  });

  it('registers, finds and warns about a duplicate alike on every carrier', async () => {
    const fields = { nom: "N'Diaye", prenom: 'Aminata', birthYear: 1985, communeCode: '34172', phone: '06 12 34 56 78' };
    const { beneficiary } = await client.call('beneficiaries.create', { fields });
    expect(beneficiary).toMatchObject({ nom: "N'Diaye", phone: '0612345678', communeName: 'Montpellier' });
    expect((await client.call('beneficiaries.search', { query: 'diaye', limit: 10 })).map((p) => p.id)).toEqual([beneficiary?.id]);
    const again = await client.call('beneficiaries.create', { fields: { ...fields, nom: 'Ndiaye' } });
    expect(again).toMatchObject({ beneficiary: null, duplicates: [{ id: beneficiary?.id, reasons: ['nom', 'prenom', 'telephone'] }] });
  });

  it('carries a French message per field across the wire', async () => {
    const error = await rejection(
      client.call('beneficiaries.create', { fields: { nom: 'Dupont', prenom: 'Marie', birthYear: 1850, email: 'marie@' } }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields).toEqual({
      'fields.birthYear': 'Année de naissance : 1900 ou après.',
      'fields.email': 'Adresse e-mail invalide, par exemple prenom.nom@exemple.fr.',
    });
  });
});
