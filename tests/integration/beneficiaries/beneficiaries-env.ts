import type { Input } from '../../../electron/common/contract';
import { startTestBackend, type TestBackend } from '../../support/test-backend';
import { CallError, inProcessClient, type TestClient } from '../../support/test-client';

const SITE = { name: 'CCAS de Sète', kind: 'ccas' as const, communeCode: '34301' };
const ADMIN = { displayName: 'Nadia Benali', login: 'nadia', password: 'correct horse battery' };
const PASSWORD = 'correct horse battery';

export interface BeneficiariesEnv {
  env: TestBackend;
  admin: TestClient;
  referent: TestClient;
  mediateur: TestClient;
  accueil: TestClient;
  close(): Promise<void>;
}

/** A set-up desk with one signed-in client per role. */
export async function startBeneficiariesEnv(): Promise<BeneficiariesEnv> {
  const env = await startTestBackend({ testHooks: true });
  const admin = inProcessClient(env.backend);
  await admin.call('setup.complete', { site: SITE, admin: ADMIN });
  await admin.call('auth.login', { login: ADMIN.login, password: ADMIN.password });
  const clients: TestClient[] = [admin];
  const signIn = async (login: string, role: 'referent' | 'mediateur' | 'accueil') => {
    await admin.call('agents.create', { displayName: `Agent ${login}`, login, role, password: PASSWORD });
    const client = inProcessClient(env.backend);
    clients.push(client);
    await client.call('auth.login', { login, password: PASSWORD });
    return client;
  };
  const referent = await signIn('referent', 'referent');
  const mediateur = await signIn('mediateur', 'mediateur');
  const accueil = await signIn('accueil', 'accueil');
  return {
    env,
    admin,
    referent,
    mediateur,
    accueil,
    async close() {
      clients.forEach((client) => client.close());
      await env.close();
    },
  };
}

export type Fields = Input<'beneficiaries.create'>['fields'];

export function person(overrides: Partial<Fields> = {}): Fields {
  return { nom: 'Dupont', prenom: 'Marie', birthYear: 1962, communeCode: '34301', ...overrides };
}

/** Creates a person (confirming past duplicates) and returns its id. */
export async function register(client: TestClient, fields: Partial<Fields> = {}): Promise<string> {
  const { beneficiary } = await client.call('beneficiaries.create', { fields: person(fields), confirmDuplicate: true });
  if (!beneficiary) throw new Error('not created');
  return beneficiary.id;
}

export async function rejection(promise: Promise<unknown>): Promise<CallError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CallError) return error;
    throw error;
  }
  throw new Error('the call was expected to fail');
}
