import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled part of the day's figures (h2), labelled by its title for screen readers. */
export function FigureSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
