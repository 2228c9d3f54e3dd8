/**
 * Which daily backups to keep: the 7 most recent days, plus the newest backup of each of the 4 most recent
 * ISO weeks older than those. Dates are `YYYY-MM-DD`. Pure, for testing.
 */
export function backupDatesToKeep(dates: readonly string[], daily = 7, weekly = 4): Set<string> {
  const sorted = [...new Set(dates)].sort().reverse();
  const keep = new Set(sorted.slice(0, daily));
  const coveredWeeks = new Set([...keep].map(isoWeek));
  let weeklyKept = 0;
  for (const date of sorted.slice(daily)) {
    if (weeklyKept >= weekly) break;
    const week = isoWeek(date);
    if (coveredWeeks.has(week)) continue;
    coveredWeeks.add(week);
    keep.add(date);
    weeklyKept += 1;
  }
  return keep;
}

/** ISO-8601 week label `YYYY-Www` of a `YYYY-MM-DD` date. */
export function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(day.getTime() + (3 - weekday) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
