import { addDays, type IsoDate } from '../../electron/common/domain/passes/paris-date';
import { parisInstant } from '../../electron/common/domain/workshops/paris-time';
import { COOP_THEMATIQUE_CODES } from '../../electron/common/domain/workshops/coop';
import { demoPerson, pick, seededRandom } from '../../electron/node/app/demo/demo-people';
import type { GuichetDatabase } from '../../db/types';

/** Three years of a busy desk, as the Reports issue sizes them. */
export const BENCH_YEARS = { first: '2024-01-01', last: '2026-12-31' } as const;
export const BENEFICIARIES = 200_000;
export const REDEMPTIONS = 500_000;
const CARNET_SIZE = 10;
const PER_SESSION = 8;
const SERVICES = ['Premiers pas', 'Smartphone', 'E-mail', 'Démarches en ligne', 'Sécurité numérique'];
export const BENCH_AGENT = '00000000-0000-7000-8000-00000000a9e1';

const id = (prefix: number, n: number) => `${prefix.toString(16).padStart(8, '0')}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const passNumber = (n: number) => String(1_000_000_000 + n);
const carnetNumber = (n: number) => `C${String(n).padStart(7, '0')}`;

/**
 * Fills the file with raw inserts in one transaction: 200,000 people registered over three years, 50,000 carnets of
 * 10 passes handed out, 62,500 collective sessions of 8 people each redeeming one pass (500,000 redemptions),
 * their bookings (8 present, 1 absent, 1 excused), activities, 40,000 bilans and 30,000 refusals at the door.
 */
export function fillThreeYears(db: GuichetDatabase): { busiestDay: IsoDate; sessions: number } {
  const random = seededRandom(2026);
  const now = '2026-12-31T18:00:00.000Z';
  const s = db.sqlite;
  const days: IsoDate[] = [];
  for (let day: IsoDate = BENCH_YEARS.first; day <= BENCH_YEARS.last; day = addDays(day, 1)) days.push(day);
  // Paris midnight of each day, computed once (hours are added to it: a clock change shifts a few bench rows by an hour).
  const midnight = new Map(days.map((day) => [day, parisInstant(day, '00:00').getTime()]));
  const instantOf = (day: IsoDate, hour: number, minute = 0) => new Date((midnight.get(day) ?? 0) + hour * 3_600_000 + minute * 60_000).toISOString();
  const insert = {
    site: s.prepare(`INSERT INTO site (id, name, kind, commune_code, commune_name, created_at) VALUES (?, 'Médiathèque Émile-Zola', 'both', '34172', 'Montpellier', ?)`),
    agent: s.prepare(`INSERT INTO agent (id, login, display_name, role, password_hash, created_at, updated_at) VALUES (?, 'bench', 'Bench Référent', 'referent', 'x', ?, ?)`),
    person: s.prepare(
      `INSERT INTO beneficiary (id, nom, prenom, birth_year, genre, social_status, commune_code, qpv, priority_criteria, nom_key, prenom_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?)`,
    ),
    issuer: s.prepare(`INSERT INTO issuer (id, name, carnet_pattern, carnet_check_digit, pass_pattern, pass_check_digit, created_at, updated_at) VALUES (?, 'APTIC', 'C\\d{7}', 'none', '\\d{10}', 'none', ?, ?)`),
    lot: s.prepare(
      `INSERT INTO pass_lot (id, issuer_id, reference, face_value_cents, carnet_size, valid_until, grace_until, block_days, warning_days, created_at)
       VALUES (?, ?, ?, 1000, ${CARNET_SIZE}, ?, ?, 15, 30, ?)`,
    ),
    carnet: s.prepare(
      `INSERT INTO carnet (id, lot_id, number, pass_count, used_count, received_at, beneficiary_id, distributed_at) VALUES (?, ?, ?, ${CARNET_SIZE}, ?, ?, ?, ?)`,
    ),
    pass: s.prepare(`INSERT INTO pass (number, carnet_id, position, redeemed_at) VALUES (?, ?, ?, ?)`),
    redeemPass: s.prepare('UPDATE pass SET redeemed_at = ? WHERE number = ?'),
    useCarnet: s.prepare('UPDATE carnet SET used_count = used_count + 1 WHERE id = ?'),
    event: s.prepare(`INSERT INTO stock_event (id, carnet_id, pass_number, kind, at, beneficiary_id) VALUES (?, ?, ?, ?, ?, ?)`),
    service: s.prepare(`INSERT INTO service (id, name, themes, default_duration_min, pass_required, created_at, updated_at) VALUES (?, ?, ?, 120, 1, ?, ?)`),
    session: s.prepare(
      `INSERT INTO workshop_session (id, kind, title, service_id, themes, level, date, start_time, starts_at, duration_min, capacity, status, closed_at, created_at, updated_at)
       VALUES (?, 'collectif', ?, ?, ?, 'debutant', ?, ?, ?, ?, 10, 'close', ?, ?, ?)`,
    ),
    booking: s.prepare(`INSERT INTO booking (id, session_id, beneficiary_id, status, queued_at, passes_redeemed, status_at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    redemption: s.prepare(
      `INSERT INTO redemption (pass_number, session_id, booking_id, beneficiary_id, service_id, lot_id, face_value_cents, at, agent_id) VALUES (?, ?, ?, ?, ?, ?, 1000, ?, ?)`,
    ),
    activity: s.prepare(
      `INSERT INTO activity (id, session_id, type, date, duration_min, place_name, commune_code, title, themes, level, participant_ids, participant_count,
         service_id, new_participants, passes_redeemed, recorded_at)
       VALUES (?, ?, 'collectif', ?, ?, 'Médiathèque Émile-Zola', '34172', ?, ?, 'debutant', ?, ?, ?, ?, ?, ?)`,
    ),
    participant: s.prepare(`INSERT OR IGNORE INTO activity_participant (date, beneficiary_id, activity_id) VALUES (?, ?, ?)`,
    ),
    grid: s.prepare(`INSERT INTO needs_grid (version, definition, created_at) VALUES (1, '{}', ?)`),
    bilan: s.prepare(`INSERT INTO bilan (id, beneficiary_id, grid_version, status, answers, agent_id, created_at, updated_at, completed_at) VALUES (?, ?, 1, 'completed', '{}', ?, ?, ?, ?)`),
    refusal: s.prepare(`INSERT INTO audit (at, actor_id, action, target_type, target_id, details, prev_hash, hash) VALUES (?, ?, 'signin.refused', 'workshop_session', ?, ?, '', '')`),
  };
  const cacheSize = s.pragma('cache_size', { simple: true }) as number;
  s.pragma('cache_size = -262144');
  let busiestDay = days[0] as IsoDate;
  let sessionCount = 0;
  s.transaction(() => {
    insert.site.run(id(1, 1), now);
    insert.agent.run(BENCH_AGENT, now, now);
    const issuerId = id(2, 1);
    insert.issuer.run(issuerId, now, now);
    const lots = [2024, 2025, 2026].map((year, index) => {
      const lotId = id(3, index + 1);
      insert.lot.run(lotId, issuerId, `CMD-${year}`, `${year}-12-31`, `${year + 1}-01-31`, now);
      return lotId;
    });
    const services = SERVICES.map((name, index) => {
      const serviceId = id(4, index + 1);
      insert.service.run(serviceId, name, JSON.stringify([COOP_THEMATIQUE_CODES[index * 3]]), now, now);
      return serviceId;
    });
    // People: registered evenly over the three years, at the counter's hours.
    const people: string[] = [];
    for (let n = 0; n < BENEFICIARIES; n += 1) {
      const person = demoPerson(random, n, 2026);
      const day = days[Math.floor((n / BENEFICIARIES) * days.length)] as IsoDate;
      const at = instantOf(day, 9 + (n % 8), n % 60);
      const personId = id(5, n + 1);
      people.push(personId);
      insert.person.run(personId, person.nom, person.prenom, person.birthYear, person.genre, person.socialStatus, person.communeCode, person.qpv,
        JSON.stringify(person.priorityCriteria), at, at);
    }
    // Sessions: 62,500 over the days, each with 8 people present (one pass each), one absent and one excused.
    const sessions = REDEMPTIONS / PER_SESSION;
    const perDay = sessions / days.length;
    let passCursor = 0;
    let carnetCursor = 0;
    let peopleCursor = 0;
    let bookingCount = 0;
    const sessionsByDay = new Map<IsoDate, number>();
    /** Each person present gets a carnet (handed out on the first session day) and uses its passes in order. */
    const carnetOf = new Map<string, { carnetId: string; firstPass: number; next: number; lotId: string }>();
    for (let index = 0; index < sessions; index += 1) {
      const dayIndex = Math.min(days.length - 1, Math.floor(index / perDay));
      const day = days[dayIndex] as IsoDate;
      sessionsByDay.set(day, (sessionsByDay.get(day) ?? 0) + 1);
      const year = Number(day.slice(0, 4));
      const lotId = lots[year - 2024] as string;
      const serviceId = services[index % services.length] as string;
      const hour = 9 + (index % 9);
      const startsAt = instantOf(day, hour);
      const sessionId = id(6, index + 1);
      insert.session.run(sessionId, `Atelier ${index % 40}`, serviceId, JSON.stringify([COOP_THEMATIQUE_CODES[index % 19]]), day, `${String(hour).padStart(2, '0')}:00`, startsAt, 60 + (index % 4) * 30, instantOf(day, hour + 2), startsAt, startsAt);
      const present: string[] = [];
      const seated = new Set<string>();
      let newcomers = 0;
      for (let seat = 0; seat < PER_SESSION + 2; seat += 1) {
        // A few regulars come back; most seats go to people registered before the session.
        const limit = Math.max(10, Math.floor(((dayIndex + 1) / days.length) * BENEFICIARIES));
        const personId = seat < PER_SESSION && random() < 0.5 ? (people[peopleCursor++ % limit] as string) : (people[Math.floor(random() * limit)] as string);
        if (seated.has(personId)) continue;
        seated.add(personId);
        const bookingId = id(7, ++bookingCount);
        if (seat >= PER_SESSION) {
          insert.booking.run(bookingId, sessionId, personId, seat === PER_SESSION ? 'absent' : 'absent-excuse', startsAt, 0, startsAt);
          continue;
        }
        let carnet = carnetOf.get(personId);
        if (!carnet || carnet.next >= CARNET_SIZE || carnet.lotId !== lotId) {
          const carnetId = id(8, ++carnetCursor);
          const handedAt = instantOf(day, 9, carnetCursor % 60);
          insert.carnet.run(carnetId, lotId, carnetNumber(carnetCursor), 0, handedAt, personId, handedAt);
          insert.event.run(id(9, carnetCursor), carnetId, null, 'distributed', handedAt, personId);
          for (let position = 1; position <= CARNET_SIZE; position += 1) insert.pass.run(passNumber(passCursor + position), carnetId, position, null);
          carnet = { carnetId, firstPass: passCursor + 1, next: 0, lotId };
          carnetOf.set(personId, carnet);
          passCursor += CARNET_SIZE;
          newcomers += 1;
        }
        const number = passNumber(carnet.firstPass + carnet.next);
        carnet.next += 1;
        const at = instantOf(day, hour, 5 + seat);
        insert.redeemPass.run(at, number);
        insert.useCarnet.run(carnet.carnetId);
        insert.booking.run(bookingId, sessionId, personId, 'present', startsAt, 1, at);
        insert.redemption.run(number, sessionId, bookingId, personId, serviceId, lotId, at, BENCH_AGENT);
        present.push(personId);
      }
      const activityId = id(10, index + 1);
      insert.activity.run(activityId, sessionId, day, 60 + (index % 4) * 30, `Atelier ${index % 40}`, JSON.stringify([COOP_THEMATIQUE_CODES[index % 19]]),
        JSON.stringify(present), present.length, serviceId, newcomers, present.length, instantOf(day, hour + 2));
      for (const personId of present) insert.participant.run(day, personId, activityId);
      sessionCount += 1;
    }
    insert.grid.run(now);
    for (let n = 0; n < 40_000; n += 1) {
      const day = pick(random, days);
      const at = instantOf(day, 10 + (n % 6));
      insert.bilan.run(id(11, n + 1), people[n * 5] as string, BENCH_AGENT, at, at, at);
    }
    for (let n = 0; n < 30_000; n += 1) {
      const day = pick(random, days);
      insert.refusal.run(instantOf(day, 14, n % 60), BENCH_AGENT, id(6, 1 + (n % sessions)), JSON.stringify({ reason: pick(random, ['inconnu', 'mal-lu', 'deja-utilise', 'expire']) }));
    }
    busiestDay = [...sessionsByDay.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? busiestDay;
  })();
  s.pragma(`cache_size = ${cacheSize}`);
  s.exec('ANALYZE');
  return { busiestDay, sessions: sessionCount };
}
