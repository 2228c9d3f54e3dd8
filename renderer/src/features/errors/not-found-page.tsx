import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t('errors.notFoundTitle')}</Title>
      <Text size="lg">{t('errors.notFoundText')}</Text>
      <Anchor component={Link} to="/" size="lg">
        {t('errors.backHome')}
      </Anchor>
    </Stack>
  );
}
