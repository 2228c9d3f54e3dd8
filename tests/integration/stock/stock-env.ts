import path from 'node:path';
import { openDatabase } from '../../../db/open-database';
import type { Input, Output } from '../../../electron/common/contract';
import { checkDigitFor } from '../../../electron/common/domain/passes/number-rule';
import { DATABASE_FILE_NAME } from '../../../electron/node/server/create-backend';
import { receiptText } from '../../support/escpos-decoder';
import type { BackendOptions } from '../../../electron/node/server/backend-types';
import { MIGRATIONS_FOLDER, startTestBackend, type TestBackend } from '../../support/test-backend';
import { inProcessClient, type TestClient } from '../../support/test-client';

const SITE: { name: string; kind: 'ccas' | 'mediatheque' | 'both'; communeCode: string } = { name: 'CCAS de Sète', kind: 'ccas', communeCode: '34301' };
const ADMIN = { displayName: 'Nadia Benali', login: 'nadia', password: 'correct horse battery' };
const PASSWORD = 'correct horse battery';

/** Carnets `C` + 6 digits; passes 10 digits with a Luhn check digit. */
export const ISSUER: Input<'stock.save-issuer'> = {
  name: 'APTIC',
  carnetRule: { pattern: 'C\\d{6}', checkDigit: 'none' },
  passRule: { pattern: '\\d{10}', checkDigit: 'luhn' },
};

export const LOT: Omit<Input<'stock.create-lot'>, 'issuerId'> = {
  reference: 'CMD-2026-01',
  faceValueCents: 1000,
  carnetSize: 3,
  validUntil: '2026-12-31',
  graceUntil: '2027-01-31',
  blockDays: 15,
  warningDays: 30,
};

export interface StockEnv {
  env: TestBackend;
  admin: TestClient;
  referent: TestClient;
  accueil: TestClient;
  /** Moves the desk's clock (the sessions are unlocked again if the jump locked them). */
  at(iso: string): Promise<void>;
  printed(): Promise<string[]>;
  /** Rows read from the desk's file through a second connection (WAL lets it read beside the backend). */
  rows<T>(sql: string, ...params: unknown[]): T[];
  close(): Promise<void>;
}

/** A set-up desk with a fake receipt printer, a movable clock and one signed-in client per role. */
export async function startStockEnv(startIso = '2026-06-15T10:00:00Z', options: { site?: Partial<typeof SITE>; backend?: Partial<BackendOptions> } = {}): Promise<StockEnv> {
  let now = new Date(startIso);
  const env = await startTestBackend({ fakeDevices: true, testHooks: true, clock: () => now, ...options.backend });
  const admin = inProcessClient(env.backend);
  await admin.call('setup.complete', { site: { ...SITE, ...options.site }, admin: ADMIN });
  await admin.call('auth.login', { login: ADMIN.login, password: ADMIN.password });
  const clients: Array<[TestClient, string]> = [[admin, ADMIN.password]];
  const signIn = async (login: string, role: 'referent' | 'accueil') => {
    await admin.call('agents.create', { displayName: `Agent ${login}`, login, role, password: PASSWORD });
    const client = inProcessClient(env.backend);
    clients.push([client, PASSWORD]);
    await client.call('auth.login', { login, password: PASSWORD });
    return client;
  };
  const referent = await signIn('referent', 'referent');
  const accueil = await signIn('accueil', 'accueil');
  return {
    env,
    admin,
    referent,
    accueil,
    async at(iso) {
      now = new Date(iso);
      for (const [client, password] of clients) {
        const session = await client.call('auth.session', {});
        if (session?.locked) await client.call('auth.unlock', { password });
      }
    },
    async printed() {
      const { jobs } = await admin.call('test.printer.received', {});
      return jobs.map((hex) => receiptText(Uint8Array.from(Buffer.from(hex, 'hex'))));
    },
    rows<T>(sql: string, ...params: unknown[]): T[] {
      const db = openDatabase({ file: path.join(env.dataDir, DATABASE_FILE_NAME), key: env.key, migrationsFolder: MIGRATIONS_FOLDER });
      try {
        return db.sqlite.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    async close() {
      clients.forEach(([client]) => client.close());
      await env.close();
    },
  };
}

/** A Luhn-valid 10-digit pass number from a 9-digit body. */
export function luhnPass(body: number): string {
  const digits = String(body).padStart(9, '0');
  return `${digits}${checkDigitFor('luhn', digits)}`;
}

/** A delivery file: `count` carnets of `size` passes from carnet C000001 and pass body 100000000. */
export function deliveryCsv(count: number, size = 3, firstCarnet = 1, firstBody = 100_000_000): string {
  const lines = ['carnet;pass'];
  for (let c = 0; c < count; c += 1) {
    const carnet = `C${String(firstCarnet + c).padStart(6, '0')}`;
    for (let p = 0; p < size; p += 1) lines.push(`${carnet};${luhnPass(firstBody + c * size + p)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** An issuer and a lot, stock imported from `deliveryCsv(count)`. */
export async function stockedLot(client: TestClient, count = 4): Promise<Output<'stock.create-lot'>> {
  const issuer = await client.call('stock.save-issuer', ISSUER);
  const lot = await client.call('stock.create-lot', { ...LOT, issuerId: issuer.id });
  const report = await client.call('stock.import-csv', { lotId: lot.id, csv: deliveryCsv(count) });
  if (!report.imported) throw new Error(`import refused: ${JSON.stringify(report.problems)}`);
  return lot;
}

/** The answers of a finished bilan (the default grid's required questions). */
export const FINISHED_BILAN = { equipements: ['smartphone'], thematiques: ['email'], profil: 'debutant', orientation: ['atelier-collectif'], 'pass-proposes': 10 };

/**
 * Registers a person; `assessor` (a médiateur, referent or administrator) then finishes the person's bilan, after
 * which accueil may hand a carnet over. Returns the person's id.
 */
export async function register(
  client: TestClient,
  fields: Partial<Input<'beneficiaries.create'>['fields']> = {},
  assessor: TestClient | null = null,
): Promise<string> {
  const { beneficiary } = await client.call('beneficiaries.create', {
    fields: { nom: 'Benyamina', prenom: 'Zoé', birthYear: 1952, communeCode: '34301', ...fields },
    confirmDuplicate: true,
  });
  if (!beneficiary) throw new Error('not created');
  if (assessor) await assessor.call('bilans.complete', { beneficiaryId: beneficiary.id, answers: FINISHED_BILAN });
  return beneficiary.id;
}
