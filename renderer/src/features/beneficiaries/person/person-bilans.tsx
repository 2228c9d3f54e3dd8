import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconClipboardText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BilanDto } from '../../../../../electron/common/contract';
import { peoplePaths } from '../paths';
import { formatDate } from './format-date';

/** The person's bilans, newest first: drafts to continue, completed ones to read. */
export function PersonBilans({ personId, bilans }: { personId: string; bilans: BilanDto[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="person-bilans">
      <Stack gap="sm">
        <Title order={2} size="h3" id="person-bilans">
          {t('beneficiaries.person.bilans')}
        </Title>
        {bilans.length === 0 ? <Text>{t('beneficiaries.person.noBilans')}</Text> : null}
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="person-bilans">
          {bilans.map((bilan) => {
            const completed = bilan.status === 'completed';
            const label = completed
              ? t('beneficiaries.person.bilanCompleted', { date: formatDate(bilan.completedAt ?? bilan.updatedAt) })
              : t('beneficiaries.person.bilanDraft', { date: formatDate(bilan.updatedAt) });
            return (
              <Group component="li" key={bilan.id} justify="space-between" wrap="nowrap">
                <Group gap="xs">
                  {completed ? <IconClipboardCheck aria-hidden size={20} /> : <IconClipboardText aria-hidden size={20} />}
                  <Text fw={completed ? 400 : 700}>{label}</Text>
                </Group>
                <Button component={Link} to={peoplePaths.bilan(personId, bilan.id)} variant="light" size="sm" aria-label={`${completed ? t('beneficiaries.person.viewBilan') : t('beneficiaries.person.continueBilan')} — ${label}`}>
                  {completed ? t('beneficiaries.person.viewBilan') : t('beneficiaries.person.continueBilan')}
                </Button>
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </Card>
  );
}
