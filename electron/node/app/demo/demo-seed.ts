import { ServerFrame, type Input, type MethodName, type Output, type SiteKind } from '../../../common/contract';
import type { Backend } from '../../server/backend-types';
import { connectInProcess } from '../../transports/in-process.transport';
import { DEMO_ACCOUNTS, DEMO_SITE } from './demo-accounts';
import { seedDemoBeneficiaries } from './demo-beneficiaries';
import { seedDemoCloses } from './demo-closes';
import { DEMO_HANDED_OUT, seedDemoStock } from './demo-stock';
import { DEMO_PAST_WEEKS, seedDemoWorkshops } from './demo-workshops';
import type { SettableClock } from '../../../common/domain/clock';
import { addDays, parisDate } from '../../../common/domain/passes/paris-date';
import { mondayOf, parisInstant } from '../../../common/domain/workshops/paris-time';

/** A call through the contract, as the screens make it. */
export type DemoCall = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

/** One in-process connection to the backend (one session: log in and out on it), with its `call`. */
export function contractCaller(backend: Backend): { call: DemoCall; close(): void } {
  const carrier = connectInProcess(backend);
  let nextId = 1;
  const call: DemoCall = <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const stop = carrier.onFrame((raw) => {
        const frame = ServerFrame.parse(raw);
        if (!('id' in frame) || frame.id !== id) return;
        stop();
        if (frame.ok) resolve(frame.output as Output<M>);
        else reject(new Error(`${method}: ${frame.error.message}`));
      });
      carrier.send({ v: 1, id, method, input });
    });
  return { call, close: () => carrier.close() };
}

export interface DemoSeedOptions {
  /** The site set up (default DEMO_SITE: one place with both a CCAS counter and workshops). */
  site?: { name: string; kind: SiteKind; communeCode: string };
  /**
   * Numbering series of the demo stock: 0 (default) C100001…, 1 C200001… — two demo desks of one hub
   * (`npm run demo:hub`) must not hold the same carnets.
   */
  stockSeries?: number;
}

/**
 * Creates the demo site on first start, through the same contract the screens use (so the demo also
 * exercises validation, audit and outbox). Later features add their own demo data here. `clock` is the backend's:
 * the demo starts a month ago (people registered, stock received and carnets handed out then) and moves it
 * forward through a month of workshops, then gives it back to the real time.
 */
export async function seedDemo(backend: Backend, clock: SettableClock, options: DemoSeedOptions = {}): Promise<'created' | 'existing'> {
  const { call, close } = contractCaller(backend);
  try {
    const status = await call('app.status', {});
    if (status.setupDone) return 'existing';
    const today = parisDate(new Date());
    clock.set(parisInstant(addDays(mondayOf(today), -7 * DEMO_PAST_WEEKS), '08:00'));
    const [admin, ...others] = DEMO_ACCOUNTS;
    if (!admin) throw new Error('demo accounts missing');
    await call('setup.complete', {
      site: { ...(options.site ?? DEMO_SITE) },
      admin: { displayName: admin.displayName, login: admin.login, password: admin.password },
    });
    await call('auth.login', { login: admin.login, password: admin.password });
    for (const account of others) await call('agents.create', account);
    await call('auth.logout', {});
    const people = await seedDemoBeneficiaries(call);
    await seedDemoStock(call, people.assessed, options.stockSeries ?? 0);
    const handedTo = people.assessed.slice(0, DEMO_HANDED_OUT);
    await seedDemoWorkshops(
      call,
      { travel: (instant) => clock.set(instant), today },
      // The first carnet handed out is then revoked (lost): its holder has no pass to give.
      { holders: handedTo.slice(1), others: people.ids.filter((id) => !handedTo.includes(id)).slice(0, 40) },
    );
    clock.set(null);
    await seedDemoCloses(call);
    return 'created';
  } finally {
    clock.set(null);
    close();
  }
}
