import { Paper, SimpleGrid, Text } from '@mantine/core';

export interface Figure {
  label: string;
  value: string;
  /** A short line under the value (a value in euros, a share). */
  detail?: string;
}

/** Key figures as a description list: the label, then the number in large type. */
export function FigureList({ figures, label }: { figures: readonly Figure[]; label: string }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3, lg: 4 }} spacing="md" m={0} aria-label={label}>
      {figures.map((figure) => (
        <Paper key={figure.label} withBorder p="md" radius="md">
          <Text component="dt" size="md">
            {figure.label}
          </Text>
          <Text component="dd" m={0} fz={28} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {figure.value}
          </Text>
          {figure.detail ? (
            <Text component="dd" m={0} size="md">
              {figure.detail}
            </Text>
          ) : null}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
