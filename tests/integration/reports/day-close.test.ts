import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { passOf, startReportsEnv, type ReportsEnv } from './reports-env';

describe('the day close', () => {
  let s: ReportsEnv;
  beforeEach(async () => {
    s = await startReportsEnv();
  });
  afterEach(() => s.close());

  it('counts every figure of the day exactly', async () => {
    const report = await s.referent.call('reports.day', { date: '2026-06-15' });
    expect(report.close).toBeNull();
    expect(report.figures).toEqual({
      date: '2026-06-15',
      carnetsHandedOut: 2,
      passesHandedOut: 6,
      redeemed: { count: 2, valueCents: 2000 },
      redeemedByService: [{ key: s.withPass.id, label: 'Atelier découverte', count: 2, valueCents: 2000 }],
      redeemedBySession: [{ key: s.morning.id, label: '14:00 Premiers pas sur internet', count: 2, valueCents: 2000 }],
      sessions: { held: 2, cancelled: 1, notClosed: 2 },
      attendance: { present: 3, absent: 0, excused: 0, notSignedIn: 1 },
      newBeneficiaries: 3,
      bilansCompleted: 1,
      refusals: [
        { reason: 'inconnu', label: 'Pass inconnu', count: 1 },
        { reason: 'mal-lu', label: 'Code mal lu', count: 1 },
      ],
      printFailures: 0,
      pendingUpload: expect.any(Number),
    });
    // The day before and the day after have nothing.
    const before = await s.referent.call('reports.day', { date: '2026-06-14' });
    expect(before.figures).toMatchObject({ carnetsHandedOut: 0, redeemed: { count: 0 }, newBeneficiaries: 0, refusals: [] });
  });

  it('closes the day with the next sequence number, frozen, audited and queued for upload; a second close is refused', async () => {
    await s.at('2026-06-15T17:00:00Z');
    const closed = await s.referent.call('reports.close-day', { date: '2026-06-15' });
    expect(closed.close).toMatchObject({ seq: 1, closedAt: '2026-06-15T17:00:00.000Z', closedByName: 'Agent referent' });
    await expect(s.referent.call('reports.close-day', { date: '2026-06-15' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Journée du 15/06/2026 déjà close (clôture n° 1). Réimprimez-la si besoin.',
    });
    const next = await s.referent.call('reports.close-day', { date: '2026-06-14' });
    expect(next.close?.seq).toBe(2);
    // The other screens are told, and reload.
    expect(s.admin.events.filter((frame) => frame.event === 'reports.day-closed').map((frame) => frame.payload)).toEqual([
      { date: '2026-06-15', seq: 1 },
      { date: '2026-06-14', seq: 2 },
    ]);
    expect(s.rows<{ action: string }>(`SELECT action FROM audit WHERE action = 'day.closed'`)).toHaveLength(2);
    const [outbox] = s.rows<{ payload: string }>(`SELECT payload FROM outbox WHERE operation = 'day.closed' ORDER BY seq LIMIT 1`);
    expect(JSON.parse(outbox?.payload ?? '{}')).toMatchObject({ seq: 1, figures: { redeemed: { count: 2, valueCents: 2000 } } });
    // The database itself refuses to change a closed day.
    expect(() => s.rows(`UPDATE day_close SET figures = '{}' WHERE date = '2026-06-15' RETURNING date`)).toThrow(/frozen/);
    expect(() => s.rows(`DELETE FROM day_close RETURNING date`)).toThrow(/kept/);
  });

  it('refuses to close a day that has not begun, and only referents and administrators may close', async () => {
    await expect(s.referent.call('reports.close-day', { date: '2026-06-16' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(s.accueil.call('reports.close-day', { date: '2026-06-15' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(s.mediateur.call('reports.day', { date: '2026-06-15' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records a later correction of a closed day as an adjustment, shown on the next close and on the reprint', async () => {
    await s.at('2026-06-15T17:00:00Z');
    await s.referent.call('reports.close-day', { date: '2026-06-15' });
    // The next morning, the médiateur closes the 14:00 session: Lina, who never came, is marked absent (excused).
    await s.at('2026-06-16T07:30:00Z');
    const booking = (await s.mediateur.call('workshops.get', { id: s.morning.id })).bookings.find((b) => b.beneficiaryId === s.lina);
    await s.mediateur.call('workshops.close', { id: s.morning.id, excusedBookingIds: [booking?.id ?? ''] });

    const reprint = await s.referent.call('reports.day', { date: '2026-06-15' });
    expect(reprint.figures.attendance).toEqual({ present: 3, absent: 0, excused: 0, notSignedIn: 1 });
    expect(reprint.adjustments).toHaveLength(1);
    expect(reprint.adjustments[0]).toMatchObject({ date: '2026-06-15', detectedAt: '2026-06-16T07:30:00.000Z', reportedInSeq: null });
    expect(reprint.adjustments[0]?.changes).toEqual([
      { key: 'sessions.notClosed', label: 'Séances non clôturées', before: 2, after: 1 },
      { key: 'attendance.excused', label: 'Absent·es excusé·es', before: 0, after: 1 },
      { key: 'attendance.notSignedIn', label: 'Inscrit·es non émargé·es', before: 1, after: 0 },
    ]);
    // Looking again finds nothing new.
    expect((await s.referent.call('reports.day', { date: '2026-06-15' })).adjustments).toHaveLength(1);

    await s.at('2026-06-16T17:00:00Z');
    const next = await s.referent.call('reports.close-day', { date: '2026-06-16' });
    expect(next.close?.seq).toBe(2);
    expect(next.reportedAdjustments.map((adjustment) => [adjustment.date, adjustment.reportedInSeq, adjustment.changes.length])).toEqual([['2026-06-15', 2, 3]]);
    const printed = await s.referent.call('reports.print-day', { date: '2026-06-15' });
    expect(printed.delivery).toBe('queued');
    const [receipt] = await waitForReceipts(s, 1);
    expect(receipt).toContain('Clôture du jour');
    expect(receipt).toContain('Clôture n° 1');
    expect(receipt).toMatch(/Pass utilisés\s+2/);
    expect(receipt).toMatch(/Valeur des pass utilisés\s+20,00 €/);
    expect(receipt).toContain('Corrections de cette journée après sa clôture');
    expect(receipt).toMatch(/Absent·es excusé·es\s*\n\s*avant\s+0\s*\n\s*après\s+1/);
  });

  it('checks a day closed early again: a scan after the close becomes an adjustment', async () => {
    await s.at('2026-06-15T12:30:00Z');
    await s.referent.call('reports.close-day', { date: '2026-06-15' });
    await s.at('2026-06-15T12:40:00Z');
    await s.referent.call('carnets.hand-out', { beneficiaryId: s.lina, code: 'C000003', printReceipt: false });
    await s.mediateur.call('signin.scan', { sessionId: s.morning.id, code: passOf(3, 1) });
    const report = await s.referent.call('reports.day', { date: '2026-06-15' });
    expect(report.adjustments.flatMap((adjustment) => adjustment.changes).map((change) => change.key)).toEqual(
      expect.arrayContaining(['carnetsHandedOut', 'passesHandedOut', 'redeemed.count', 'redeemed.valueCents', 'attendance.present', 'attendance.notSignedIn']),
    );
  });

  it('looking at a day closed early, with nothing changed since, records no adjustment and no audit row', async () => {
    await s.at('2026-06-15T12:30:00Z');
    await s.referent.call('reports.close-day', { date: '2026-06-15' });
    await s.at('2026-06-15T12:45:00Z');
    for (let i = 0; i < 3; i += 1) expect((await s.referent.call('reports.day', { date: '2026-06-15' })).adjustments).toEqual([]);
    expect(s.rows(`SELECT seq FROM audit WHERE action = 'day.adjusted'`)).toEqual([]);
  });

  it('names the three latest days left open in the dashboard, and counts the older ones in one alert', async () => {
    for (const day of ['2026-06-16', '2026-06-17', '2026-06-18', '2026-06-19']) {
      await s.at(`${day}T08:00:00Z`);
      await s.accueil.call('beneficiaries.create', { fields: { nom: 'Martin', prenom: 'Jules' }, confirmDuplicate: true });
    }
    await s.at('2026-06-22T07:00:00Z');
    const alerts = (await s.referent.call('reports.dashboard', {})).alerts.filter((alert) => alert.kind === 'jour-non-clos');
    expect(alerts.map((alert) => [alert.date, alert.message])).toEqual([
      ['2026-06-19', 'Journée du vendredi 19 juin 2026 non clôturée.'],
      ['2026-06-18', 'Journée du jeudi 18 juin 2026 non clôturée.'],
      ['2026-06-17', 'Journée du mercredi 17 juin 2026 non clôturée.'],
      ['2026-06-15', 'Et 2 journées plus anciennes non clôturées, depuis le lundi 15 juin 2026.'],
    ]);
  });

  it('flags the past days nobody closed', async () => {
    await s.at('2026-06-17T07:00:00Z');
    expect(await s.referent.call('reports.open-days', {})).toEqual([{ date: '2026-06-15', events: expect.any(Number) }]);
    const dashboard = await s.referent.call('reports.dashboard', {});
    expect(dashboard.alerts[0]).toEqual({ kind: 'jour-non-clos', level: 'danger', message: 'Journée du lundi 15 juin 2026 non clôturée.', date: '2026-06-15' });
    await s.referent.call('reports.close-day', { date: '2026-06-15' });
    expect(await s.referent.call('reports.open-days', {})).toEqual([]);
  });
});

async function waitForReceipts(s: ReportsEnv, count: number): Promise<string[]> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const printed = await s.printed();
    if (printed.length >= count) return printed;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no receipt printed');
}
