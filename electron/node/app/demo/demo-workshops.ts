import type { Input, Output } from '../../../common/contract';
import { addDays, parisDate, type IsoDate } from '../../../common/domain/passes/paris-date';
import { mondayOf, parisInstant } from '../../../common/domain/workshops/paris-time';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { DemoCall } from './demo-seed';

/** Weeks of sessions before this week, and after it. */
export const DEMO_PAST_WEEKS = 4;
const DEMO_NEXT_WEEKS = 3;

type Role = 'referent' | 'mediateur' | 'accueil';
type Session = Output<'workshops.create'>[number];

function account(role: Role) {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!found) throw new Error(`demo account ${role} missing`);
  return found;
}

export interface DemoTime {
  /** Sets the desk's clock (null: back to the real time). */
  travel(instant: Date | null): void;
  today: IsoDate;
}

/** The people of the demo workshops: holders of a usable carnet, and people who come to the free café. */
export interface DemoAttendees {
  holders: readonly string[];
  others: readonly string[];
}

const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000);

/**
 * A month of the place's workshops through the contract, dated by moving the desk's clock: the catalogue, three
 * weekly series (a workshop that takes a pass, a second one, a free café of Numérique pour Tous) and individual
 * appointments, from four weeks ago to three weeks ahead. Past sessions have their sign-ins (passes redeemed at
 * the time of the session, absences, one person seated by name) and are closed with their activity; upcoming ones
 * have bookings, a full session has its waiting list, tomorrow's people are to be reminded, one session is
 * cancelled. One holder uses their whole carnet of five: it is « épuisé ».
 */
export async function seedDemoWorkshops(call: DemoCall, time: DemoTime, people: DemoAttendees): Promise<void> {
  const as = async <T>(role: Role, at: Date | null, work: () => Promise<T>): Promise<T> => {
    time.travel(at);
    const who = account(role);
    await call('auth.login', { login: who.login, password: who.password });
    try {
      return await work();
    } finally {
      await call('auth.logout', {});
    }
  };
  const firstMonday = addDays(mondayOf(time.today), -7 * DEMO_PAST_WEEKS);
  const start = parisInstant(firstMonday, '08:30');
  const weeks = DEMO_PAST_WEEKS + DEMO_NEXT_WEEKS + 1;

  const { services, sessions } = await as('referent', start, async () => {
    const service = (input: Input<'services.save'>) => call('services.save', input);
    const collective = await service({ name: 'Atelier Pass Numérique', themes: ['prendre-en-main-materiel', 'navigation-internet'], level: 'debutant', defaultDurationMin: 120, passRequired: true, pricePasses: 1 });
    const individual = await service({ name: 'Accompagnement individuel', themes: ['demarches-administratives'], defaultDurationMin: 45, passRequired: true, pricePasses: 1 });
    const cafe = await service({ name: 'Café numérique — Numérique pour Tous', themes: ['culture-numerique', 'securite-numerique'], defaultDurationMin: 90, passRequired: false });
    await service({ name: 'Initiation au traitement de texte', themes: ['bureautique'], level: 'intermediaire', defaultDurationMin: 120, passRequired: true, pricePasses: 2, archived: true });
    const facilitators = await call('workshops.facilitators', {});
    const aminata = facilitators.find((f) => f.displayName === account('mediateur').displayName)?.id ?? null;
    const series = async (fields: Input<'workshops.create'>['fields']) => call('workshops.create', { fields, weeks });
    const smartphone = await series({ kind: 'collectif', title: 'Premiers pas avec le smartphone', serviceId: collective.id, themes: ['prendre-en-main-materiel'], level: 'debutant', date: addDays(firstMonday, 1), startTime: '14:00', durationMin: 120, room: 'Salle multimédia', facilitatorId: aminata, capacity: 6 });
    const demarches = await series({ kind: 'collectif', title: 'Mes démarches en ligne', serviceId: collective.id, themes: ['demarches-administratives', 'email'], level: 'debutant', date: addDays(firstMonday, 3), startTime: '10:00', durationMin: 90, room: 'Salle multimédia', facilitatorId: aminata, capacity: 8 });
    const cafeSessions = await series({ kind: 'collectif', title: 'Café numérique', serviceId: cafe.id, themes: ['culture-numerique'], level: null, date: addDays(firstMonday, 4), startTime: '14:00', durationMin: 90, room: 'Espace presse', facilitatorId: null, capacity: 12 });
    const individualSessions: Session[] = [];
    for (const slot of ['09:30', '10:30']) {
      individualSessions.push(...(await series({ kind: 'individuel', title: 'Rendez-vous individuel', serviceId: individual.id, themes: ['demarches-administratives'], level: null, date: addDays(firstMonday, 2), startTime: slot, durationMin: 45, room: 'Bureau 2', facilitatorId: aminata, capacity: 1 })));
    }
    return { services: { collective, individual, cafe }, sessions: [...smartphone, ...demarches, ...cafeSessions, ...individualSessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt)) };
  });

  const now = new Date();
  const past = sessions.filter((session) => Date.parse(session.endsAt) < now.getTime());
  const upcoming = sessions.filter((session) => Date.parse(session.startsAt) > now.getTime());
  const { holders, others } = people;
  let turn = 0;
  const nextHolders = (count: number) => Array.from({ length: count }, () => holders[turn++ % holders.length] as string);
  const exhausted = holders[holders.length - 1];

  // Past sessions are replayed latest first, phase by phase (bookings, sign-ins, closes), so that the clock only
  // moves back within a phase: an agent's session locks after minutes without activity, and a move forward of days
  // would lock it. Each phase is a new login.
  const latestFirst = [...past.entries()].reverse();
  const attendeesOf = new Map<string, string[]>();
  for (const [index, session] of past.entries()) {
    attendeesOf.set(
      session.id,
      session.serviceId === services.cafe.id
        ? others.slice((index * 3) % Math.max(1, others.length - 5), ((index * 3) % Math.max(1, others.length - 5)) + 5)
        : session.kind === 'individuel'
          ? nextHolders(1)
          : [...new Set([...(exhausted ? [exhausted] : []), ...nextHolders(4)])],
    );
  }
  const firstPast = latestFirst[0]?.[1];
  if (firstPast) {
    await as('accueil', minutesAfter(firstPast.startsAt, -3 * 24 * 60), async () => {
      for (const [, session] of latestFirst) {
        time.travel(new Date(Math.max(start.getTime() + 3_600_000, minutesAfter(session.startsAt, -3 * 24 * 60).getTime())));
        // The first attendee of each collective workshop walks in without a booking; the others booked beforehand.
        const attendees = attendeesOf.get(session.id) ?? [];
        for (const beneficiaryId of session.kind === 'collectif' ? attendees.slice(1) : attendees) {
          await call('bookings.create', { sessionId: session.id, beneficiaryId, printSlip: false });
        }
      }
    });
    await as('mediateur', minutesAfter(firstPast.startsAt, 5), async () => {
      for (const [, session] of latestFirst) {
        time.travel(minutesAfter(session.startsAt, 5));
        const attendees = attendeesOf.get(session.id) ?? [];
        for (const [position, beneficiaryId] of attendees.entries()) {
          if (position === attendees.length - 1 && attendees.length > 2) continue; // the last one does not come
          if (session.passRequired) {
            const carnets = await call('carnets.of-person', { beneficiaryId });
            const pass = carnets.flatMap((carnet) => carnet.passes).find((candidate) => candidate.state === 'distribue');
            if (pass) await call('signin.scan', { sessionId: session.id, code: pass.number });
          } else {
            await call('signin.mark-present', { sessionId: session.id, beneficiaryId });
          }
        }
      }
    });
    // Closed once every sign-in is in, so that each activity knows who had come before (« premier accompagnement »).
    await as('mediateur', minutesAfter(firstPast.endsAt, 10), async () => {
      for (const [index, session] of latestFirst) {
        time.travel(minutesAfter(session.endsAt, 10));
        const detail = await call('workshops.get', { id: session.id });
        const excused = detail.bookings.filter((booking) => booking.status === 'a-venir').slice(0, index % 2).map((booking) => booking.id);
        await call('workshops.close', {
          id: session.id,
          excusedBookingIds: excused,
          autonomy: session.kind === 'individuel' ? 'partiellement-autonome' : null,
          redirection: session.kind === 'individuel' && index % 3 === 0 ? 'aide-demarches-administratives' : null,
        });
      }
    });
  }

  await as('accueil', null, async () => {
    const collective = upcoming.filter((session) => session.kind === 'collectif' && session.serviceId === services.collective.id);
    // The next smartphone workshop is full with two people waiting; the others are half booked.
    for (const [index, session] of collective.entries()) {
      const count = index === 0 ? session.capacity + 2 : Math.ceil(session.capacity / 2);
      for (const beneficiaryId of [...holders, ...others].slice(index * 3, index * 3 + count)) {
        await call('bookings.create', { sessionId: session.id, beneficiaryId, printSlip: false });
      }
    }
    const tomorrow = addDays(parisDate(now), 1);
    for (const session of upcoming.filter((s) => s.date === tomorrow && s.kind === 'individuel')) {
      await call('bookings.create', { sessionId: session.id, beneficiaryId: others[0] as string, printSlip: false });
    }
  });
  const cancelled = upcoming.filter((session) => session.serviceId === services.cafe.id)[1];
  if (cancelled) {
    await as('mediateur', null, async () => {
      await call('bookings.create', { sessionId: cancelled.id, beneficiaryId: others[1] as string, printSlip: false });
      await call('workshops.cancel', { id: cancelled.id, reason: 'Espace presse fermé pour travaux' });
    });
  }
  time.travel(null);
}
