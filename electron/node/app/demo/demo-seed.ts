import { ServerFrame, type Input, type MethodName, type Output } from '../../../common/contract';
import type { Backend } from '../../server/backend-types';
import { connectInProcess } from '../../transports/in-process.transport';
import { DEMO_ACCOUNTS, DEMO_SITE } from './demo-accounts';
import { seedDemoBeneficiaries } from './demo-beneficiaries';
import { seedDemoStock } from './demo-stock';

/** A call through the contract, as the screens make it. */
export type DemoCall = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

/**
 * Creates the demo site on first start, through the same contract the screens use (so the demo also
 * exercises validation, audit and outbox). Later features add their own demo data here.
 */
export async function seedDemo(backend: Backend): Promise<'created' | 'existing'> {
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
  try {
    const status = await call('app.status', {});
    if (status.setupDone) return 'existing';
    const [admin, ...others] = DEMO_ACCOUNTS;
    if (!admin) throw new Error('demo accounts missing');
    await call('setup.complete', {
      site: { ...DEMO_SITE },
      admin: { displayName: admin.displayName, login: admin.login, password: admin.password },
    });
    await call('auth.login', { login: admin.login, password: admin.password });
    for (const account of others) await call('agents.create', account);
    await call('auth.logout', {});
    const people = await seedDemoBeneficiaries(call);
    await seedDemoStock(call, people.assessed);
    return 'created';
  } finally {
    carrier.close();
  }
}
