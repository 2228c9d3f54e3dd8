import { afterEach, describe, expect, it } from 'vitest';
import { settableClock } from '../../../electron/common/domain/clock';
import { addDays, parisDate } from '../../../electron/common/domain/passes/paris-date';
import { mondayOf } from '../../../electron/common/domain/workshops/paris-time';
import { seedDemo } from '../../../electron/node/app/demo/demo-seed';
import { startTestBackend, type TestBackend } from '../../support/test-backend';
import { inProcessClient } from '../../support/test-client';

let env: TestBackend | null = null;
afterEach(async () => {
  await env?.close();
  env = null;
});

describe('demo workshops', () => {
  it('has a month of sessions: past ones signed in and closed, upcoming ones booked, a waiting list, a cancellation', async () => {
    const clock = settableClock();
    env = await startTestBackend({ clock });
    expect(await seedDemo(env.backend, clock)).toBe('created');
    // The desk's clock is given back to the real time.
    expect(Math.abs(clock().getTime() - Date.now())).toBeLessThan(5_000);
    const client = inProcessClient(env.backend);
    await client.call('auth.login', { login: 'mediateur', password: 'demo-mediateur-2026' });
    const today = parisDate(new Date());
    const from = addDays(mondayOf(today), -28);
    const sessions = [
      ...(await client.call('workshops.calendar', { from, to: addDays(from, 27) })),
      ...(await client.call('workshops.calendar', { from: addDays(from, 28), to: addDays(from, 55) })),
    ];
    expect(sessions.length).toBeGreaterThan(30);
    const past = sessions.filter((s) => Date.parse(s.endsAt) < Date.now());
    expect(past.every((s) => s.status === 'close')).toBe(true);
    expect(past.reduce((sum, s) => sum + s.present, 0)).toBeGreaterThan(30);
    const upcoming = sessions.filter((s) => Date.parse(s.startsAt) > Date.now());
    expect(upcoming.some((s) => s.waiting === 2 && s.seatsLeft === 0)).toBe(true);
    expect(upcoming.filter((s) => s.status === 'annulee')).toHaveLength(1);

    const closed = past.find((s) => s.passRequired && s.kind === 'collectif');
    if (!closed) throw new Error('no past workshop');
    const detail = await client.call('workshops.get', { id: closed.id });
    expect(detail.activity).toMatchObject({ type: 'collectif', placeName: 'Médiathèque Émile-Zola et CCAS' });
    expect(detail.activity?.passesRedeemed).toBeGreaterThan(0);
    // People come back: some are counted as followed, not new.
    const activities = await Promise.all(past.map(async (s) => (await client.call('workshops.get', { id: s.id })).activity));
    const participants = activities.reduce((sum, a) => sum + (a?.participants ?? 0), 0);
    const newcomers = activities.reduce((sum, a) => sum + (a?.newParticipants ?? 0), 0);
    expect(newcomers).toBeGreaterThan(0);
    expect(newcomers).toBeLessThan(participants);
    // Redeemed at the time of the session, not at the time the demo was built.
    const present = detail.bookings.find((b) => b.status === 'present');
    expect(present?.signedInAt?.slice(0, 10)).toBe(closed.startsAt.slice(0, 10));

    // The referent closed every past day but the last one, which the dashboard flags.
    await client.call('auth.logout', {});
    await client.call('auth.login', { login: 'referent', password: 'demo-referent-2026' });
    const open = await client.call('reports.open-days', {});
    expect(open).toHaveLength(1);
    const dashboard = await client.call('reports.dashboard', {});
    expect(dashboard.alerts[0]).toMatchObject({ kind: 'jour-non-clos', date: open[0]?.date });
    const lastClosed = await client.call('reports.day', { date: closed.date });
    expect(lastClosed.close?.seq).toBeGreaterThan(0);
    expect(lastClosed.figures.redeemed.count).toBeGreaterThan(0);
    client.close();
  }, 120_000);
});
