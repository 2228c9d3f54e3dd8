import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GlanceDto } from '../../../../../electron/common/contract';
import { formatCount } from '../../../../../electron/common/documents/a4-document';
import { frenchDate } from '../../../../../electron/common/domain/passes/paris-date';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';
import { formatEuros } from '../../../../../electron/common/receipts/format';

/** One period at a glance (today, this week, this month): its days, then the five figures a referent watches. */
export function GlanceCard({ id, title, glance }: { id: string; title: string; glance: GlanceDto }) {
  const { t } = useTranslation();
  const days = glance.from === glance.to ? longFrenchDate(glance.from) : t('close.dashboard.range', { from: frenchDate(glance.from), to: frenchDate(glance.to) });
  const rows: Array<[string, string]> = [
    [t('close.dashboard.redeemed'), t('close.dashboard.redeemedValue', { passes: formatCount(glance.redeemed), value: formatEuros(glance.redeemedValueCents, 'screen') })],
    [t('close.dashboard.present'), formatCount(glance.present)],
    [t('close.dashboard.sessionsHeld'), formatCount(glance.sessionsHeld)],
    [t('close.dashboard.carnets'), formatCount(glance.carnetsHandedOut)],
    [t('close.dashboard.newPeople'), formatCount(glance.newBeneficiaries)],
  ];
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={id} data-testid={id}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={id}>
            {title}
          </Title>
          <Text size="sm">{days}</Text>
        </div>
        <Stack component="dl" gap={6} m={0}>
          {rows.map(([label, value]) => (
            <div key={label} style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
              <Text component="dt">{label}</Text>
              <Text component="dd" m={0} fw={700}>
                {value}
              </Text>
            </div>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
