import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/node/app/demo/demo-seed';
import { settableClock } from '../../../electron/common/domain/clock';
import { DEMO_HANDED_OUT } from '../../../electron/node/app/demo/demo-stock';
import { startTestBackend, type TestBackend } from '../../support/test-backend';
import { inProcessClient } from '../../support/test-client';

let env: TestBackend | null = null;
afterEach(async () => {
  await env?.close();
  env = null;
});

describe('demo stock', () => {
  it('has a current lot, one ending soon with its warning, one expired, and carnets in every state', async () => {
    const clock = settableClock();
    env = await startTestBackend({ clock });
    expect(await seedDemo(env.backend, clock)).toBe('created');
    const client = inProcessClient(env.backend);
    await client.call('auth.login', { login: 'referent', password: 'demo-referent-2026' });
    const lots = await client.call('stock.lots', {});
    expect(lots.map((lot) => lot.phase).sort()).toEqual(['active', 'expired', 'warning']);
    const byPhase = Object.fromEntries(lots.map((lot) => [lot.phase, lot]));
    expect(byPhase.warning?.alert).toContain('Fin de validité');
    expect(byPhase.expired?.alert).toMatch(/^Expiré depuis le .* : 60 pass non utilisés, soit 600,00\s€/);
    expect(byPhase.expired?.counts.carnets.expire).toBe(6);
    const total = (state: 'distribue' | 'entame' | 'epuise') => lots.reduce((sum, lot) => sum + lot.counts.carnets[state], 0);
    // Carnets in every state: the workshops' past sign-ins used passes, one holder a whole carnet of five.
    for (const state of ['en-stock', 'distribue', 'entame', 'epuise', 'expire', 'revoque'] as const) {
      expect(lots.reduce((sum, lot) => sum + lot.counts.carnets[state], 0), state).toBeGreaterThan(0);
    }
    expect(byPhase.warning?.counts.carnets.epuise).toBe(1);
    expect(lots.reduce((sum, lot) => sum + lot.counts.passesUsed, 0)).toBeGreaterThan(20);
    expect(total('distribue') + total('entame') + total('epuise')).toBe(DEMO_HANDED_OUT - 1);
    expect(byPhase.active?.counts.carnets.revoque).toBe(1);
    expect(byPhase.active?.counts.passesRevoked).toBe(11);

    const lookup = await client.call('passes.lookup', { code: 'C100002' });
    expect(lookup).toMatchObject({ kind: 'carnet', carnet: { state: 'entame' } });
    if (lookup.kind !== 'carnet') throw new Error(lookup.kind);
    expect(lookup.carnet.holder).not.toBeNull();
    expect(lookup.carnet.passes[9]?.state).toBe('revoque');
    client.close();
  }, 60_000);
});
