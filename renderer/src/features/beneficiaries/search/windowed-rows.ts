import { useCallback, useEffect, useRef, useState, type RefObject, type UIEvent } from 'react';

/** Rows drawn beyond the visible ones, above and below, so that a fast scroll shows no blank. */
const OVERSCAN = 4;

export interface WindowedRows {
  /** The rows to render: [first, last). */
  first: number;
  last: number;
  /** Space standing for the rows not rendered, above and below. */
  padTop: number;
  padBottom: number;
  onScroll(event: UIEvent<HTMLElement>): void;
}

/**
 * A virtualised list of fixed-height rows: only the rows in view (and a few around) are in the page, so a long list
 * of results costs what a short one does. The `active` row (the one the arrow keys highlight) is kept in view, so
 * it is always rendered and `aria-activedescendant` always names an element that exists.
 */
export function useWindowedRows(container: RefObject<HTMLElement | null>, count: number, rowHeight: number, viewportHeight: number, active: number): WindowedRows {
  const [scrollTop, setScrollTop] = useState(0);
  const latestTop = useRef(0);

  const scrollTo = useCallback(
    (top: number) => {
      latestTop.current = top;
      if (container.current) container.current.scrollTop = top;
      setScrollTop(top);
    },
    [container],
  );

  useEffect(() => {
    if (active < 0 || active >= count) return;
    const top = active * rowHeight;
    const bottom = top + rowHeight;
    if (top < latestTop.current) scrollTo(top);
    else if (bottom > latestTop.current + viewportHeight) scrollTo(bottom - viewportHeight);
  }, [active, count, rowHeight, viewportHeight, scrollTo]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + OVERSCAN);
  return {
    first,
    last,
    padTop: first * rowHeight,
    padBottom: (count - last) * rowHeight,
    onScroll: (event) => {
      latestTop.current = event.currentTarget.scrollTop;
      setScrollTop(event.currentTarget.scrollTop);
    },
  };
}
