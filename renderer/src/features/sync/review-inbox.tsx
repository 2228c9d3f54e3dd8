import { Group, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewItemDto } from '../../../../electron/common/contract';
import { useBackendEvent, useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { ReviewItemCard } from './review-item-card';
import { SettleModal } from './settle-modal';

/**
 * « À examiner » (referents and administrators): the conflicts and rejections the hub reported, to settle one by one;
 * settled ones on demand. Reloaded whenever the upload's state changes (a sync may bring new ones).
 */
export function ReviewInbox() {
  const { t } = useTranslation();
  const client = useClient();
  const [includeSettled, setIncludeSettled] = useState(false);
  const [items, setItems] = useState<ReviewItemDto[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [settling, setSettling] = useState<ReviewItemDto | null>(null);
  // A new form for each item settled.
  const [formKey, setFormKey] = useState(0);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const next = await client.call('sync.review-list', { includeSettled });
      if (request !== latest.current) return;
      setItems(next);
      setError(null);
    } catch (caught) {
      if (request === latest.current) setError(toClientError(caught));
    }
  }, [client, includeSettled]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useBackendEvent('sync.changed', () => void reload());

  const open = (item: ReviewItemDto) => {
    setFormKey((key) => key + 1);
    setSettling(item);
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="sync-review-title">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="sync-review-title">
          {t('sync.review.title')}
        </Title>
        <Switch size="md" label={t('sync.review.showSettled')} checked={includeSettled} onChange={(event) => setIncludeSettled(event.currentTarget.checked)} />
      </Group>
      <Text>{t('sync.review.intro')}</Text>
      <ErrorAlert error={error} />
      {items === null ? (
        error ? null : <Loader aria-label={t('app.loading')} />
      ) : items.length === 0 ? (
        <Text fw={600}>{includeSettled ? t('sync.review.emptyAll') : t('sync.review.empty')}</Text>
      ) : (
        items.map((item) => <ReviewItemCard key={item.id} item={item} onSettle={() => open(item)} />)
      )}
      <SettleModal
        key={formKey}
        item={settling}
        onClose={() => setSettling(null)}
        onSettled={() => {
          setSettling(null);
          notifySuccess(t('sync.review.done'));
          void reload();
        }}
      />
    </Stack>
  );
}
