import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiptText } from '../../support/escpos-decoder';
import { startTestBackend, type TestBackend } from '../../support/test-backend';
import { inProcessClient, type TestClient } from '../../support/test-client';
import { until } from '../../support/wait-for';

const SITE = { name: 'CCAS de Montpellier', kind: 'ccas' as const, communeCode: '34172' };
const ADMIN = { displayName: 'Nadia Benali', login: 'nadia', password: 'correct horse battery' };

describe('bilan summary on the receipt printer', () => {
  let env: TestBackend;
  let client: TestClient;

  beforeEach(async () => {
    env = await startTestBackend({ fakeDevices: true, testHooks: true });
    client = inProcessClient(env.backend);
    await client.call('setup.complete', { site: SITE, admin: ADMIN });
    await client.call('auth.login', { login: ADMIN.login, password: ADMIN.password });
  });
  afterEach(async () => {
    client.close();
    await env.close();
  });

  async function printed(): Promise<string[]> {
    const { jobs } = await client.call('test.printer.received', {});
    return jobs.map((hex) => receiptText(Uint8Array.from(Buffer.from(hex, 'hex'))));
  }

  it('prints the person, the date and the answered questions in French, never the free-text answers', async () => {
    const { beneficiary } = await client.call('beneficiaries.create', {
      fields: { nom: 'Benyamina', prenom: 'Zoé', birthYear: 1952, communeCode: '34172', noPhone: true },
    });
    if (!beneficiary) throw new Error('not created');
    const bilan = await client.call('bilans.complete', {
      beneficiaryId: beneficiary.id,
      answers: {
        equipements: ['smartphone'],
        'internet-domicile': false,
        franceconnect: true,
        thematiques: ['email', 'sante'],
        profil: 'debutant',
        'abc-diag': 'Fille à appeler pour le résultat',
        orientation: ['atelier-collectif'],
        'pass-proposes': 4,
      },
    });

    const request = await client.call('bilans.print-summary', { id: bilan.id });
    expect(request).toMatchObject({ delivery: 'queued', job: { kind: 'bilan-summary', label: 'Résumé de bilan' } });
    await until(async () => (await printed()).length === 1);
    const [receipt] = await printed();
    expect(receipt).toContain('Votre bilan numérique');
    expect(receipt).toContain('Zoé BENYAMINA');
    expect(receipt).toContain('Internet à la maison : Non');
    expect(receipt).toContain('Compte FranceConnect : Oui');
    // Long lines wrap at the paper's 48 columns.
    expect(receipt).toContain('Quels appareils la personne utilise-t-elle ? :\nSmartphone');
    expect(receipt).toContain('Orientation proposée : Atelier collectif');
    expect(receipt).toContain('Nombre de pass proposés : 4');
    expect(receipt).not.toContain('Fille à appeler');
  });
});
