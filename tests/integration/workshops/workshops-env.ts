import type { Input, Output } from '../../../electron/common/contract';
import { inProcessClient, type TestClient } from '../../support/test-client';
import { startStockEnv, stockedLot, type StockEnv } from '../stock/stock-env';

export interface WorkshopsEnv extends StockEnv {
  mediateur: TestClient;
  lot: Output<'stock.create-lot'>;
  /** A service that takes one pass, and one without passes. */
  withPass: Output<'services.save'>;
  free: Output<'services.save'>;
}

const PASSWORD = 'correct horse battery';

/** A desk with stock (4 carnets of 3 passes, C000001–C000004), two services and a médiateur. */
export async function startWorkshopsEnv(startIso = '2026-06-15T08:00:00Z'): Promise<WorkshopsEnv> {
  const s = await startStockEnv(startIso);
  const lot = await stockedLot(s.referent, 4);
  await s.admin.call('agents.create', { displayName: 'Agent médiateur', login: 'mediateur', role: 'mediateur', password: PASSWORD });
  const mediateur = inProcessClient(s.env.backend);
  await mediateur.call('auth.login', { login: 'mediateur', password: PASSWORD });
  const withPass = await s.referent.call('services.save', {
    name: 'Atelier découverte',
    themes: ['email', 'navigation-internet'],
    level: 'debutant',
    defaultDurationMin: 90,
    passRequired: true,
    pricePasses: 1,
  });
  const free = await s.referent.call('services.save', { name: 'Numérique pour Tous', themes: ['demarches-administratives'], defaultDurationMin: 60, passRequired: false });
  return {
    ...s,
    mediateur,
    lot,
    withPass,
    free,
    async at(iso) {
      await s.at(iso);
      const session = await mediateur.call('auth.session', {});
      if (session?.locked) await mediateur.call('auth.unlock', { password: PASSWORD });
    },
    async close() {
      mediateur.close();
      await s.close();
    },
  };
}

/** A collective session on 2026-06-15 at 14:00 Paris time (12:00 UTC). */
export function sessionFields(serviceId: string, overrides: Partial<Input<'workshops.create'>['fields']> = {}): Input<'workshops.create'>['fields'] {
  return {
    kind: 'collectif',
    title: 'Premiers pas sur internet',
    serviceId,
    themes: ['navigation-internet'],
    level: 'debutant',
    date: '2026-06-15',
    startTime: '14:00',
    durationMin: 90,
    room: 'Salle Jean-Vilar',
    capacity: 8,
    ...overrides,
  };
}

export async function createSession(client: TestClient, fields: Input<'workshops.create'>['fields']): Promise<Output<'workshops.create'>[number]> {
  const [session] = await client.call('workshops.create', { fields });
  if (!session) throw new Error('no session created');
  return session;
}
