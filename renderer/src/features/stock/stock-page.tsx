import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTicket } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionDto, LotDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { useLoaded } from '../../app/use-loaded';
import { canCall } from '../auth/access';
import { useOpenSession } from '../auth/session-context';
import { ErrorAlert } from '../errors/error-alert';
import { IssuersSection } from './issuers-section';
import { LotCard } from './lot-card';
import { LotFormModal } from './lot-form-modal';
import { useOptionalPassLookup } from './lookup/pass-lookup-context';
import { ReceiveStockModal } from './receive-stock-modal';
import { StockSettingsCard } from './stock-settings-card';

/**
 * « Stock » : the lots of carnets, their calendar and counts; for referents and administrators, new lots, issuers
 * and the reception of carnets; for administrators, the distribution settings.
 */
export function StockPage() {
  const { t } = useTranslation();
  const client = useClient();
  const role = useOpenSession().agent.role;
  const lookup = useOptionalPassLookup();
  const [criteria, setCriteria] = useState<CriterionDto[]>([]);
  const [creating, setCreating] = useState(false);
  // A new form after each lot created; closing without creating keeps what was typed.
  const [formKey, setFormKey] = useState(0);
  const [receiving, setReceiving] = useState<LotDto | null>(null);
  const manages = canCall(role, 'stock.create-lot');

  const { data, error, reload } = useLoaded(
    useCallback(async () => {
      const [lots, issuers] = await Promise.all([client.call('stock.lots', {}), client.call('stock.issuers', {})]);
      return { lots, issuers };
    }, [client]),
  );
  const lots = data?.lots ?? null;
  const issuers = data?.issuers ?? [];

  useEffect(() => {
    if (!manages) return;
    client.call('beneficiaries.criteria', {}).then(setCriteria, () => undefined);
  }, [client, manages]);

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('stock.page.title')}</Title>
      <Text>{t('stock.page.intro')}</Text>
      <Group gap="sm">
        {manages ? (
          <Button size="md" leftSection={<IconPlus aria-hidden />} onClick={() => setCreating(true)}>
            {t('stock.page.newLot')}
          </Button>
        ) : null}
        {lookup ? (
          <Button size="md" variant="default" leftSection={<IconTicket aria-hidden />} onClick={() => lookup.open()}>
            {t('stock.page.lookup')}
          </Button>
        ) : null}
      </Group>
      <ErrorAlert error={error} />
      <Stack gap="md" component="section" aria-labelledby="stock-lots">
        <Title order={2} size="h3" id="stock-lots">
          {t('stock.page.lots')}
        </Title>
        {lots === null ? (
          error ? null : <Loader aria-label={t('app.loading')} />
        ) : lots.length === 0 ? (
          <Text>{t('stock.page.noLots')}</Text>
        ) : (
          lots.map((lot) => <LotCard key={lot.id} lot={lot} criteria={criteria} onReceive={canCall(role, 'stock.add-range') ? () => setReceiving(lot) : undefined} />)
        )}
      </Stack>
      {manages ? <IssuersSection issuers={issuers} onSaved={() => void reload()} /> : null}
      {canCall(role, 'stock.set-settings') ? <StockSettingsCard /> : null}
      {manages ? (
        <LotFormModal
          key={formKey}
          opened={creating}
          issuers={issuers}
          criteria={criteria}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            setFormKey((key) => key + 1);
            notifySuccess(t('stock.lot.created'));
            void reload();
          }}
        />
      ) : null}
      {receiving ? (
        <ReceiveStockModal
          lot={receiving}
          onClose={() => {
            setReceiving(null);
            void reload();
          }}
          onChanged={() => void reload()}
        />
      ) : null}
    </Stack>
  );
}
