import { SimpleGrid, Text } from '@mantine/core';

/** Label and value pairs as a description list, the value large enough to read from a step back. */
export function FigureFacts({ rows, testId }: { rows: ReadonlyArray<readonly [string, string]>; testId?: string }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" m={0} data-testid={testId}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt">{label}</Text>
          <Text component="dd" m={0} fw={700} size="xl">
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
