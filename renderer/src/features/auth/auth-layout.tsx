import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The centred card of the screens outside the app: first run, login, lock. */
export function AuthLayout({
  title,
  subtitle,
  children,
  width = 480,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <Container component="main" size={width} py={48}>
      <Stack gap="lg">
        <Text fw={700} size="lg" c="blue.9">
          {t('app.name')}
        </Text>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1}>{title}</Title>
              {subtitle}
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}
