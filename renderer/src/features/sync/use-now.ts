import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, so that « il y a 3 min » keeps true while a screen stays open. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
