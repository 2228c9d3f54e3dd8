import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label–value pairs as a description list, two columns on wide screens. */
export function FactList({ facts, testId }: { facts: readonly Fact[]; testId?: string }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="sm" m={0} data-testid={testId}>
      {facts.map((fact) => (
        <div key={fact.label}>
          <Text component="dt" fw={700}>
            {fact.label}
          </Text>
          <Text component="dd" m={0} size="lg" style={{ overflowWrap: 'anywhere' }}>
            {fact.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
