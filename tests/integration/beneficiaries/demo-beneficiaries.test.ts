import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_BENEFICIARIES } from '../../../electron/node/app/demo/demo-beneficiaries';
import { seedDemo } from '../../../electron/node/app/demo/demo-seed';
import { settableClock } from '../../../electron/common/domain/clock';
import { startTestBackend, type TestBackend } from '../../support/test-backend';
import { inProcessClient } from '../../support/test-client';

let env: TestBackend | null = null;
afterEach(async () => {
  await env?.close();
  env = null;
});

describe('demo beneficiaries', () => {
  it('registers a few hundred people with varied names and some bilans, through the contract', async () => {
    const clock = settableClock();
    env = await startTestBackend({ clock });
    expect(await seedDemo(env.backend, clock)).toBe('created');
    const client = inProcessClient(env.backend);
    await client.call('auth.login', { login: 'accueil', password: 'demo-accueil-2026' });
    expect(await client.call('beneficiaries.search', { query: 'diaye', limit: 5 })).not.toEqual([]);
    const tamil = await client.call('beneficiaries.search', { query: 'சி', limit: 5 });
    const chinese = await client.call('beneficiaries.search', { query: 'wang', limit: 5 });
    expect(tamil.length + chinese.length).toBeGreaterThan(0);
    const people = await client.call('beneficiaries.search', { query: 'm', limit: 100 });
    const histories = await Promise.all(people.map((p) => client.call('beneficiaries.history', { id: p.id })));
    expect(histories.some((history) => history.some((entry) => entry.kind === 'bilan'))).toBe(true);
    expect(people.every((p) => p.communeName !== null)).toBe(true);
    expect(DEMO_BENEFICIARIES).toBeGreaterThanOrEqual(200);
    client.close();
  }, 30_000);
});
