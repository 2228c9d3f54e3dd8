/**
 * The period of the figures: Paris calendar days, both ends included, chosen by a preset (this or last month,
 * quarter, year) or by two dates. The page's GET form sends `periode`, `du` and `au`.
 */
export interface FiguresPeriod {
  preset: PeriodPreset;
  from: string;
  to: string;
}

export const PERIOD_PRESETS = {
  mois: 'Ce mois-ci',
  'mois-precedent': 'Le mois dernier',
  trimestre: 'Ce trimestre',
  'trimestre-precedent': 'Le trimestre dernier',
  annee: 'Cette année',
  'annee-precedente': "L'année dernière",
  dates: 'Dates choisies',
} as const;
export type PeriodPreset = keyof typeof PERIOD_PRESETS;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Three years at most, as the desk's period report. */
const MAX_DAYS = 3 * 366;

export class PeriodError extends Error {}

/** Today in Paris, as `YYYY-MM-DD`. */
export function parisToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Day arithmetic on calendar dates (UTC, so no daylight-saving step). */
const utc = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);

function isDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return Boolean(match) && utc(Number(match![1]), Number(match![2]) - 1, Number(match![3])) === value;
}

function presetRange(preset: Exclude<PeriodPreset, 'dates'>, today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const monthRange = (y: number, m: number, months: number) => ({ from: utc(y, m, 1), to: utc(y, m + months, 0) });
  const quarterStart = Math.floor((month - 1) / 3) * 3;
  switch (preset) {
    case 'mois':
      return monthRange(year, month - 1, 1);
    case 'mois-precedent':
      return monthRange(year, month - 2, 1);
    case 'trimestre':
      return monthRange(year, quarterStart, 3);
    case 'trimestre-precedent':
      return monthRange(year, quarterStart - 3, 3);
    case 'annee':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'annee-precedente':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** The query of the page or the CSV → the period; `PeriodError` (French message) when the dates are wrong. */
export function parsePeriod(query: Record<string, unknown>, today: string): FiguresPeriod {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim() : '');
  const asked = text('periode') || (text('du') || text('au') ? 'dates' : 'mois');
  if (!Object.prototype.hasOwnProperty.call(PERIOD_PRESETS, asked)) throw new PeriodError('Période inconnue : choisissez-en une dans la liste.');
  const preset = asked as PeriodPreset;
  if (preset !== 'dates') return { preset, ...presetRange(preset, today) };
  const from = text('du');
  const to = text('au');
  if (!isDate(from) || !isDate(to)) throw new PeriodError('Dates invalides : indiquez le premier et le dernier jour de la période.');
  if (from > to) throw new PeriodError('La fin de la période précède son début.');
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS) throw new PeriodError('Période de trois ans au plus.');
  return { preset, from, to };
}

/** `2026-03-01` → `01/03/2026`. */
export function frenchDay(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

export function periodText(period: { from: string; to: string }): string {
  return period.from === period.to ? `le ${frenchDay(period.from)}` : `du ${frenchDay(period.from)} au ${frenchDay(period.to)}`;
}

