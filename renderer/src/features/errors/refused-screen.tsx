import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientError } from '../../transport';
import { ErrorAlert } from './error-alert';

/** The backend turned the connection away (missing or wrong token, foreign page): retrying would not help. */
export function RefusedScreen({ error }: { error: ClientError | null }) {
  const { t } = useTranslation();
  return (
    <Container component="main" size={640} py={48}>
      <Stack gap="md">
        <Title order={1}>{t('app.refusedTitle')}</Title>
        <ErrorAlert error={error} />
        <Text size="lg">{t('app.refusedHelp')}</Text>
      </Stack>
    </Container>
  );
}
