import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { register, startStockEnv, type StockEnv } from '../stock/stock-env';

/** Sunday 25 October 2026: Paris goes back from UTC+2 to UTC+1 at 03:00, the day lasts 25 hours. */
describe('day boundaries in Europe/Paris across the change to winter time', () => {
  let s: StockEnv;
  beforeEach(async () => {
    s = await startStockEnv('2026-10-24T12:00:00Z');
    const at = async (iso: string, nom: string) => {
      await s.at(iso);
      await register(s.accueil, { nom, prenom: 'Test', phone: null });
    };
    await at('2026-10-24T21:30:00Z', 'Samedi'); // 23:30 on Saturday 24 (UTC+2)
    await at('2026-10-24T22:30:00Z', 'Dimanchematin'); // 00:30 on Sunday 25 (UTC+2)
    await at('2026-10-25T22:30:00Z', 'Dimanchesoir'); // 23:30 on Sunday 25 (UTC+1)
    await at('2026-10-25T23:30:00Z', 'Lundi'); // 00:30 on Monday 26 (UTC+1)
  });
  afterEach(() => s.close());

  it('counts each person on the Paris day they were registered', async () => {
    const count = async (date: string) => (await s.referent.call('reports.day', { date })).figures.newBeneficiaries;
    expect([await count('2026-10-24'), await count('2026-10-25'), await count('2026-10-26')]).toEqual([1, 2, 1]);
  });

  it('flags those Paris days as left open, and a week report counts the four', async () => {
    await s.at('2026-10-27T08:00:00Z');
    expect((await s.referent.call('reports.open-days', {})).map((day) => [day.date, day.events])).toEqual([
      ['2026-10-24', 1],
      ['2026-10-25', 2],
      ['2026-10-26', 1],
    ]);
    const dashboard = await s.referent.call('reports.dashboard', {});
    expect(dashboard.week).toMatchObject({ from: '2026-10-26', to: '2026-10-27', newBeneficiaries: 1 });
    expect(dashboard.month).toMatchObject({ from: '2026-10-01', newBeneficiaries: 4 });
  });
});
