import type { TFunction } from 'i18next';
import { memo, type CSSProperties } from 'react';
import type { SessionSummaryDto } from '../../../../../electron/common/contract';
import { sessionPath } from '../../../app/routes';
import { SEATS_COLORS, seatsText, seatsTone } from './session-state';

/**
 * One session in the week and month views: a link to its page with its start time, title, room, kind, and seats
 * left as text (the colour of the edge only repeats it). Plain HTML with no hook: hundreds render at once; the
 * calendar's delegated click handler follows `data-to`.
 */
export const SessionLink = memo(function SessionLink({ session, t, href }: { session: SessionSummaryDto; t: TFunction; href(path: string): string }) {
  const tone = seatsTone(session);
  const room = session.room === '' ? t('workshops.session.noRoom') : session.room;
  const path = sessionPath(session.id);
  return (
    <a
      href={href(path)}
      data-to={path}
      className={tone === 'cancelled' ? 'guichet-cal-session guichet-cal-session-cancelled' : 'guichet-cal-session'}
      style={{ '--guichet-cal-tone': SEATS_COLORS[tone] } as CSSProperties}
      data-testid="calendar-session"
    >
      <span className="guichet-cal-time">{session.startTime}</span>
      <span className="guichet-cal-title">{session.title}</span>
      <span className="guichet-cal-detail">
        {room} · {t(`workshops.session.kinds.${session.kind}`)}
      </span>
      <span className="guichet-cal-seats">{seatsText(t, session)}</span>
    </a>
  );
});
