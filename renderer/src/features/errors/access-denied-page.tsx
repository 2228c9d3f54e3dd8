import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLE_LABELS, type Role } from '../../../../electron/common/contract';

/** Shown in place of a page the agent's role may not open. */
export function AccessDeniedPage({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t('errors.deniedTitle')}</Title>
      <Text size="lg">{t('errors.deniedText', { role: ROLE_LABELS[role] })}</Text>
      <Anchor component={Link} to="/" size="lg">
        {t('errors.backHome')}
      </Anchor>
    </Stack>
  );
}
