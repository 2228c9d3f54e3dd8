import type { AlertDto, DashboardDto, GlanceDto, LotDto } from '../../../common/contract';
import { daysFromTo, frenchDate, type IsoDate } from '../../../common/domain/passes/paris-date';
import { instantRange, presetPeriod, type DayPeriod } from '../../../common/domain/reports/periods';
import { longFrenchDate } from '../../../common/domain/workshops/paris-time';
import { glanceCounts, outboxHealth } from '../../../../db/repositories/report-lists.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { openDays } from './open-days';

function glance(db: GuichetDatabase, period: DayPeriod): GlanceDto {
  const counts = glanceCounts(db, { ...instantRange(period), ...period });
  return {
    from: period.from,
    to: period.to,
    redeemed: counts.redeemed,
    redeemedValueCents: counts.redeemedValueCents,
    present: counts.present,
    sessionsHeld: counts.held,
    carnetsHandedOut: counts.handedOut,
    newBeneficiaries: counts.newBeneficiaries,
  };
}

/** An expired lot is recalled for two months (the issuer's credit note comes about a week after the end). */
const EXPIRED_LOT_ALERT_DAYS = 60;

/** Days left open named one by one; older ones are counted in one more alert. */
const OPEN_DAY_ALERTS = 3;

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** What a referent should see first: days to close, lots near their end, the upload's trouble, failed prints. */
function alerts(db: GuichetDatabase, today: IsoDate, lots: readonly LotDto[]): AlertDto[] {
  const open = openDays(db, today).reverse();
  const found: AlertDto[] = open
    .slice(0, OPEN_DAY_ALERTS)
    .map((day) => ({ kind: 'jour-non-clos', level: 'danger', message: `Journée du ${longFrenchDate(day.date)} non clôturée.`, date: day.date }));
  const older = open.slice(OPEN_DAY_ALERTS);
  const oldest = older[older.length - 1];
  if (oldest) {
    found.push({
      kind: 'jour-non-clos',
      level: 'danger',
      message: `Et ${plural(older.length, 'journée plus ancienne non clôturée', 'journées plus anciennes non clôturées')}, depuis le ${longFrenchDate(oldest.date)}.`,
      date: oldest.date,
    });
  }
  for (const lot of lots) {
    const longExpired = lot.phase === 'expired' && daysFromTo(lot.graceUntil, today) > EXPIRED_LOT_ALERT_DAYS;
    if (lot.alert && lot.phase !== 'active' && !longExpired) {
      found.push({ kind: 'lot', level: lot.phase === 'expired' ? 'info' : 'warning', message: `Lot ${lot.reference} (${lot.issuerName}) : ${lot.alert}`, date: null });
    }
  }
  const health = outboxHealth(db);
  if (health.conflicts > 0) {
    found.push({ kind: 'conflits', level: 'danger', message: `${plural(health.conflicts, 'conflit ou refus', 'conflits ou refus')} du hub à examiner.`, date: null });
  }
  if (health.failing > 0) {
    found.push({ kind: 'envois-en-echec', level: 'danger', message: `${plural(health.failing, 'opération n’a', 'opérations n’ont')} pas pu être envoyée${health.failing > 1 ? 's' : ''} au hub.`, date: null });
  } else if (health.pending > 0 && health.oldestPending) {
    found.push({
      kind: 'envois-en-attente',
      level: 'info',
      message: `${plural(health.pending, 'opération attend', 'opérations attendent')} l’envoi au hub depuis le ${frenchDate(health.oldestPending.slice(0, 10))}.`,
      date: null,
    });
  }
  if (health.failedPrints > 0) {
    found.push({ kind: 'impressions-en-echec', level: 'warning', message: `${plural(health.failedPrints, 'impression en échec', 'impressions en échec')} : voir la file d’impression.`, date: null });
  }
  return found;
}

/** Today, this week (from Monday), this month, and the alerts. */
export function dashboard(db: GuichetDatabase, today: IsoDate, lots: readonly LotDto[]): DashboardDto {
  const week = presetPeriod('semaine', today);
  const month = presetPeriod('mois', today);
  return {
    today: glance(db, { from: today, to: today }),
    week: glance(db, { from: week.from, to: today }),
    month: glance(db, { from: month.from, to: today }),
    alerts: alerts(db, today, lots),
  };
}
