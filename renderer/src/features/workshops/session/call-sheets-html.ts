import type { TFunction } from 'i18next';
import type { BookingDto, ReminderDto, SessionSummaryDto } from '../../../../../electron/common/contract';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';
import { frenchDate, parisDate, parisTime } from '../../../../../electron/common/domain/passes/paris-date';
import { a4Page, escapeHtml } from '../../beneficiaries/documents/print-html';
import { personName } from '../../beneficiaries/search/person-label';
import { endTime, readablePhone } from './session-text';

/** Tables for the A4 call sheets: ruled, with an empty box to tick by hand. */
const TABLE_STYLE = `<style>
  table { width: 100%; border-collapse: collapse; margin-top: 4mm; }
  th, td { border: 1px solid #000; padding: 2mm 3mm; text-align: left; vertical-align: middle; }
  th { background: #eee; }
  td.box { width: 22mm; }
  td.box span { display: inline-block; width: 6mm; height: 6mm; border: 1.5px solid #000; }
</style>`;

function peopleTable(t: TFunction, bookings: BookingDto[], checkLabel: string): string {
  const rows = bookings
    .map(
      (booking) =>
        `<tr><td>${escapeHtml(personName(booking))}</td><td>${escapeHtml(readablePhone(booking.phone) ?? t('session.booked.noPhone'))}</td><td class="box"><span aria-hidden="true"></span></td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th scope="col">${escapeHtml(t('session.booked.name'))}</th><th scope="col">${escapeHtml(t('session.booked.phone'))}</th><th scope="col">${escapeHtml(checkLabel)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function printedOn(t: TFunction, site: string, now: Date): string {
  return `<p class="meta">${escapeHtml(t('session.calls.printedOn', { date: `${frenchDate(parisDate(now))} ${parisTime(now)}`, site }))}</p>`;
}

/** The cancelled session's call list on A4: who to call, their phone, and a « Prévenu·e » box. */
export function callListHtml(t: TFunction, session: SessionSummaryDto, bookings: BookingDto[], site: string, now: Date): string {
  const title = t('session.calls.printTitle', { title: session.title });
  const when = t('session.page.when', { date: longFrenchDate(session.date), start: session.startTime, end: endTime(session) });
  const room = session.room ? ` — ${t('session.page.room', { room: session.room })}` : '';
  const reason = session.cancelReason ? `<p>${escapeHtml(t('session.calls.reason', { reason: session.cancelReason }))}</p>` : '';
  const body = `${TABLE_STYLE}
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(when + room)}</p>
${reason}
${peopleTable(t, bookings, t('session.calls.called'))}
${printedOn(t, site, now)}`;
  return a4Page(title, body);
}

/** The day's reminder calls on A4, one table per session. */
export function remindersHtml(t: TFunction, date: string, groups: Array<{ session: SessionSummaryDto; bookings: BookingDto[] }>, site: string, now: Date): string {
  const title = t('session.reminders.printTitle', { date: longFrenchDate(date) });
  const sections = groups
    .map(
      ({ session, bookings }) =>
        `<section><h2>${escapeHtml(t('session.reminders.session', { time: session.startTime, title: session.title, room: session.room || t('session.reminders.noRoom') }))}</h2>${peopleTable(t, bookings, t('session.reminders.called'))}</section>`,
    )
    .join('');
  const body = `${TABLE_STYLE}
<h1>${escapeHtml(title)}</h1>
${groups.length === 0 ? `<p>${escapeHtml(t('session.reminders.none'))}</p>` : sections}
${printedOn(t, site, now)}`;
  return a4Page(title, body);
}

/** The reminders grouped by session, in time order. */
export function groupReminders(reminders: ReminderDto[]): Array<{ session: SessionSummaryDto; bookings: BookingDto[] }> {
  const groups = new Map<string, { session: SessionSummaryDto; bookings: BookingDto[] }>();
  for (const { session, booking } of reminders) {
    const group = groups.get(session.id) ?? { session, bookings: [] };
    group.bookings.push(booking);
    groups.set(session.id, group);
  }
  return [...groups.values()].sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt));
}
