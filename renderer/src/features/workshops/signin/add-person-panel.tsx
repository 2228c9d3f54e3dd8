import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BeneficiarySummaryDto } from '../../../../../electron/common/contract';
import { PersonSearch } from '../../beneficiaries/search/person-search';

/** « Ajouter une personne »: find someone who was not booked and mark them present (sessions without passes). */
export function AddPersonPanel({ onPick, onClose }: { onPick(person: BeneficiarySummaryDto): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="signin-add-title" data-testid="signin-add">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} id="signin-add-title">
            {t('signin.add.title')}
          </Title>
          <Button variant="default" size="md" leftSection={<IconX aria-hidden />} onClick={onClose}>
            {t('signin.add.close')}
          </Button>
        </Group>
        <Text>{t('signin.add.help')}</Text>
        <PersonSearch variant="inline" label={t('signin.add.search')} autoFocus onPick={onPick} />
      </Stack>
    </Paper>
  );
}
