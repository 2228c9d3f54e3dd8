import type { TFunction } from 'i18next';
import type { SessionDetailDto } from '../../../../../electron/common/contract';
import { frenchDate, parisDate, parisTime } from '../../../../../electron/common/domain/passes/paris-date';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';
import { BOOKING_STATUS_LABELS, holdsSeat } from '../../../../../electron/common/domain/workshops/statuses';
import { a4Page, escapeHtml } from '../../beneficiaries/documents/print-html';
import { attendanceCounts, byName, sessionTimeRange } from './session-format';

/** The sheet's own layout: a ruled table whose rows are tall enough to sign in. */
const SHEET_STYLE = `<style>
  table.attendance { width: 100%; border-collapse: collapse; margin-top: 6mm; }
  table.attendance th, table.attendance td { border: 1px solid #000; padding: 1.5mm 2mm; text-align: left; vertical-align: middle; }
  table.attendance th { background: #eee; font-size: 11pt; }
  table.attendance tr { break-inside: avoid; }
  table.attendance td { height: 14mm; font-size: 11pt; }
  table.attendance .signature { width: 45mm; }
  .session-facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 0; }
  .session-facts dt { margin: 0; }
  .session-facts dd { margin: 0; }
  .totals { margin-top: 6mm; font-weight: 700; }
</style>`;

/**
 * The A4 attendance sheet of a session: the site, what the session is, then everyone booked or present in
 * alphabetical order with an empty « Signature » column, the totals and the print date. Pure (the clock is `now`),
 * so that the session page can print it too.
 */
export function attendanceSheetHtml(t: TFunction, detail: SessionDetailDto, siteName: string, now: Date): string {
  const { session, bookings } = detail;
  const people = bookings.filter((booking) => holdsSeat(booking.status)).sort(byName);
  const counts = attendanceCounts(session.capacity, bookings);
  const { start, end } = sessionTimeRange(session);
  const none = t('signin.sheet.none');

  const facts: Array<[string, string]> = [
    [t('signin.sheet.service'), session.serviceName],
    [t('signin.sheet.date'), `${longFrenchDate(session.date)} (${frenchDate(session.date)})`],
    [t('signin.sheet.time'), end ? `${start} – ${end}` : start],
    [t('signin.sheet.room'), session.room || none],
    [t('signin.sheet.facilitator'), session.facilitatorName ?? none],
  ];
  const factsHtml = facts.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('');

  const header = [
    t('signin.sheet.nom'),
    t('signin.sheet.prenom'),
    t('signin.sheet.status'),
    t('signin.sheet.passes'),
  ]
    .map((label) => `<th scope="col">${escapeHtml(label)}</th>`)
    .join('');
  const rows = people
    .map(
      (booking) =>
        `<tr><td>${escapeHtml(booking.nom.toLocaleUpperCase('fr-FR'))}</td><td>${escapeHtml(booking.prenom)}</td>` +
        `<td>${escapeHtml(BOOKING_STATUS_LABELS[booking.status])}</td><td>${escapeHtml(booking.passNumbers.join(', '))}</td>` +
        `<td class="signature"></td></tr>`,
    )
    .join('\n');
  const table =
    people.length === 0
      ? `<p>${escapeHtml(t('signin.sheet.empty'))}</p>`
      : `<table class="attendance"><thead><tr>${header}<th scope="col" class="signature">${escapeHtml(t('signin.sheet.signature'))}</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;

  const totalLines: Array<string | null> = [
    t('signin.sheet.totals', { present: counts.present, absent: counts.absent, excused: counts.excused }),
    counts.toCome > 0 ? t('signin.sheet.toCome', { count: counts.toCome }) : null,
  ];
  const totals = totalLines
    .filter((line): line is string => line !== null)
    .map((line) => `<p class="totals">${escapeHtml(line)}</p>`)
    .join('');

  const title = `${t('signin.sheet.title')} — ${session.title}`;
  const body = `${SHEET_STYLE}
<p>${escapeHtml(siteName)}</p>
<h1>${escapeHtml(title)}</h1>
<dl class="session-facts">${factsHtml}</dl>
${table}
${totals}
<p class="meta">${escapeHtml(t('signin.sheet.printedOn', { date: frenchDate(parisDate(now)), time: parisTime(now), site: siteName }))}</p>`;
  return a4Page(title, body);
}
