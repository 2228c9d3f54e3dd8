import type { TFunction } from 'i18next';
import { formatCount } from '../../../../../electron/common/documents/a4-document';

/** One bar group: its name and one number per series key. */
export type ChartPoint = { label: string } & Record<string, string | number>;

export interface ChartSeries {
  key: string;
  label: string;
  /** A Mantine colour dark enough against white (3:1 at least). */
  color: string;
}

/** The sentence that stands for a bar chart: for each series, the highest bar; the figures are in the table after. */
export function chartSummary(t: TFunction, title: string, data: readonly ChartPoint[], series: readonly ChartSeries[]): string {
  const parts = series.flatMap((line) => {
    let top: ChartPoint | null = null;
    for (const point of data) {
      if (Number(point[line.key] ?? 0) > Number(top?.[line.key] ?? 0)) top = point;
    }
    return top ? [t('reports.chart.highest', { series: line.label, label: top.label, value: formatCount(Number(top[line.key])) })] : [];
  });
  if (parts.length === 0) return t('reports.chart.allZero', { title });
  return t('reports.chart.summary', { title, details: parts.join(' ; ') });
}
