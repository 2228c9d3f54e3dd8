import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/node/app/demo/demo-seed';
import { DEMO_HANDED_OUT } from '../../../electron/node/app/demo/demo-stock';
import { startTestBackend, type TestBackend } from '../../support/test-backend';
import { inProcessClient } from '../../support/test-client';

let env: TestBackend | null = null;
afterEach(async () => {
  await env?.close();
  env = null;
});

describe('demo stock', () => {
  it('has a current lot, one ending soon with its warning, one expired, carnets handed out and revoked', async () => {
    env = await startTestBackend({});
    expect(await seedDemo(env.backend)).toBe('created');
    const client = inProcessClient(env.backend);
    await client.call('auth.login', { login: 'referent', password: 'demo-referent-2026' });
    const lots = await client.call('stock.lots', {});
    expect(lots.map((lot) => lot.phase).sort()).toEqual(['active', 'expired', 'warning']);
    const byPhase = Object.fromEntries(lots.map((lot) => [lot.phase, lot]));
    expect(byPhase.warning?.alert).toContain('Fin de validité');
    expect(byPhase.expired?.alert).toMatch(/^Expiré depuis le .* : 60 pass non utilisés, soit 600,00\s€/);
    expect(byPhase.expired?.counts.carnets.expire).toBe(6);
    const distributed = lots.reduce((sum, lot) => sum + lot.counts.carnets.distribue, 0);
    expect(distributed).toBe(DEMO_HANDED_OUT - 1);
    expect(byPhase.active?.counts.carnets.revoque).toBe(1);
    expect(byPhase.active?.counts.passesRevoked).toBe(11);

    const lookup = await client.call('passes.lookup', { code: 'C100002' });
    expect(lookup).toMatchObject({ kind: 'carnet', carnet: { state: 'distribue' } });
    if (lookup.kind !== 'carnet') throw new Error(lookup.kind);
    expect(lookup.carnet.holder).not.toBeNull();
    expect(lookup.carnet.passes[9]?.state).toBe('revoque');
    client.close();
  }, 60_000);
});
