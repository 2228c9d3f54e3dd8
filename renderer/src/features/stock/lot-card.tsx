import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPackageImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CriterionDto, LotDto } from '../../../../electron/common/contract';
import { LOT_PHASE_LABELS } from '../../../../electron/common/domain/passes/lot-calendar';
import { CARNET_STATES, CARNET_STATE_LABELS } from '../../../../electron/common/domain/passes/pass-state';
import { PHASE_COLORS, displayDate, formatCents } from './format';

/** One lot: its issuer, value, calendar and phase, what the desk must know today, and its counts. */
export function LotCard({ lot, criteria, onReceive }: { lot: LotDto; criteria: CriterionDto[]; onReceive?: () => void }) {
  const { t } = useTranslation();
  const titleId = `lot-${lot.id}`;
  const labelOf = (code: string) => criteria.find((criterion) => criterion.code === code)?.label ?? code;
  return (
    <Card withBorder padding="lg" radius="md" component="article" aria-labelledby={titleId} data-testid="lot-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4" id={titleId}>
            {t('stock.lot.label', { reference: lot.reference, issuer: lot.issuerName })}
          </Title>
          <Badge size="lg" color={PHASE_COLORS[lot.phase]} variant="filled">
            {t('stock.lot.phase', { phase: LOT_PHASE_LABELS[lot.phase] })}
          </Badge>
        </Group>
        {lot.alert ? (
          <Alert color={lot.phase === 'active' ? 'blue' : lot.phase === 'warning' ? 'orange' : 'red'} variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="lot-alert">
            <Text fw={700} size="lg">
              {lot.alert}
            </Text>
          </Alert>
        ) : null}
        <Text>{t('stock.lot.value', { value: formatCents(lot.faceValueCents), size: lot.carnetSize })}</Text>
        <Text>{t('stock.lot.dates', { validUntil: displayDate(lot.validUntil), graceUntil: displayDate(lot.graceUntil) })}</Text>
        {lot.perimeter ? <Text>{t('stock.lot.perimeterLine', { perimeter: lot.perimeter })}</Text> : null}
        {lot.targetCriteria.length > 0 ? <Text>{t('stock.lot.criteriaLine', { criteria: lot.targetCriteria.map(labelOf).join(', ') })}</Text> : null}
        <Text fw={700}>{t('stock.lot.counts')}</Text>
        <List spacing={2} data-testid="lot-counts" style={{ columns: 3 }}>
          {CARNET_STATES.map((state) => (
            <List.Item key={state}>
              {CARNET_STATE_LABELS[state]} : {lot.counts.carnets[state] ?? 0}
            </List.Item>
          ))}
        </List>
        <Text>{t('stock.lot.passesUsed', { used: lot.counts.passesUsed, total: lot.counts.passes, revoked: lot.counts.passesRevoked })}</Text>
        <Text>{t('stock.lot.unused', { count: lot.counts.passesUnused, value: formatCents(lot.counts.unusedValueCents) })}</Text>
        {onReceive ? (
          <Group>
            <Button size="md" variant="light" leftSection={<IconPackageImport aria-hidden />} onClick={onReceive} aria-label={`${t('stock.page.receive')} — ${lot.reference}`}>
              {t('stock.page.receive')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
