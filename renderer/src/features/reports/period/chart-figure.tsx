import { BarChart } from '@mantine/charts';
import { Box, SimpleGrid, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../../../electron/common/documents/a4-document';
import { chartSummary, type ChartPoint, type ChartSeries } from './chart-summary';

interface ChartFigureProps {
  title: string;
  /** One entry per bar group; `label` names it, each series reads its own key. */
  data: readonly ChartPoint[];
  series: readonly ChartSeries[];
  /** Horizontal bars, for long category names. */
  horizontal?: boolean;
  /** The table with the same numbers: what screen readers and printers use. */
  table: ReactNode;
}

/**
 * A bar chart beside the table of the same numbers. The chart is one image for assistive technologies, named by a
 * sentence that summarises it; the table right after it holds every figure.
 */
export function ChartFigure({ title, data, series, horizontal = false, table }: ChartFigureProps) {
  const { t } = useTranslation();
  const summary = chartSummary(t, title, data, series);
  const height = horizontal ? Math.max(180, data.length * 34 + 60) : 280;
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {data.length > 0 ? (
          <Box role="img" aria-label={summary} data-testid="report-chart">
            <BarChart
              h={height}
              data={data.map((point) => ({ ...point }))}
              dataKey="label"
              series={series.map((line) => ({ name: line.key, label: line.label, color: line.color }))}
              orientation={horizontal ? 'vertical' : 'horizontal'}
              yAxisProps={horizontal ? { width: 190 } : undefined}
              gridAxis={horizontal ? 'x' : 'y'}
              withLegend={series.length > 1}
              valueFormatter={(value) => formatCount(value)}
              tooltipAnimationDuration={0}
              // The chart is one image for assistive technologies: nothing inside it takes the keyboard focus.
              barChartProps={{ accessibilityLayer: false }}
            />
          </Box>
        ) : null}
        <div>{table}</div>
      </SimpleGrid>
    </Stack>
  );
}
