import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type SessionDto } from '../../../../electron/common/contract';
import { PinForm } from './pin-form';

export function AccountPage({ session }: { session: SessionDto }) {
  const { t } = useTranslation();
  const { agent } = session;
  return (
    <Stack gap="xl" maw={720}>
      <Title order={1}>{t('account.title')}</Title>
      <Card withBorder padding="lg" component="section" aria-labelledby="account-identity">
        <Stack gap={4}>
          <Title order={2} id="account-identity">
            {t('account.identity')}
          </Title>
          <Text>{t('account.displayName', { value: agent.displayName })}</Text>
          <Text>{t('account.login', { value: agent.login })}</Text>
          <Text>{t('account.role', { value: ROLE_LABELS[agent.role] })}</Text>
        </Stack>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="account-pin">
        <Stack gap="md">
          <Title order={2} id="account-pin">
            {t('account.pinTitle')}
          </Title>
          <Text>{t('account.pinIntro')}</Text>
          <Text fw={600}>{agent.hasPin ? t('account.pinIsSet') : t('account.pinIsNotSet')}</Text>
          <PinForm />
        </Stack>
      </Card>
    </Stack>
  );
}
