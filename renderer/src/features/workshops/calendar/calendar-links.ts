import { useCallback, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

export interface CalendarLinks {
  /** The `href` of an address of the app (`/ateliers/…`), as the router writes it (`#/ateliers/…` in the app). */
  href(path: string): string;
  /** One click handler for the whole calendar: a plain click on a link navigates inside the app. */
  onClick(event: MouseEvent<HTMLElement>): void;
}

/**
 * The calendar's links are plain `<a data-to>` elements, with one delegated click handler on the grid: a month of
 * hundreds of sessions then renders no router component (and no effect) per session.
 */
export function useCalendarLinks(): CalendarLinks {
  const navigate = useNavigate();
  const root = useHref('/');
  const href = useCallback((path: string) => `${root}${path.slice(1)}`, [root]);
  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-to]') : null;
      const to = target?.dataset.to;
      if (!to) return;
      event.preventDefault();
      void navigate(to);
    },
    [navigate],
  );
  return { href, onClick };
}
