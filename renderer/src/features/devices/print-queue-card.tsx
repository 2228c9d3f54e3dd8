import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconInfoCircle, IconListDetails, IconRefresh, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJobDto, PrinterQueueDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { usePrintRequest } from './use-print-request';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium' });

/** The queue waits for the printer (paper out, cover open, unreachable): the message is a warning. */
export function queueNeedsAttention(queue: PrinterQueueDto): boolean {
  return queue.state === 'paused' || queue.state === 'retrying' || queue.state === 'stopped';
}

/** Why the queue waits, in a coloured alert: orange when printing is held up, blue for a mere warning. */
export function QueueMessage({ queue }: { queue: PrinterQueueDto }) {
  if (!queue.message) return null;
  const attention = queueNeedsAttention(queue);
  return (
    <Alert
      role="alert"
      color={attention ? 'orange' : 'blue'}
      variant="light"
      icon={attention ? <IconAlertTriangle aria-hidden /> : <IconInfoCircle aria-hidden />}
      data-testid="queue-message"
      styles={attention ? { root: { border: '2px solid var(--mantine-color-orange-9)' }, message: { fontWeight: 700 } } : undefined}
    >
      {queue.message}
    </Alert>
  );
}

/** The print queue: its state and message, the recent jobs with retry and cancel, and a reprint of the last receipt. */
export function PrintQueueCard({ queue }: { queue: PrinterQueueDto }) {
  const { t } = useTranslation();
  const client = useClient();
  const completePrint = usePrintRequest();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  const act = async (key: string, work: () => Promise<void>) => {
    setError(null);
    setBusy(key);
    try {
      await work();
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(null);
    }
  };

  const retry = (job: PrintJobDto) =>
    act(`retry-${job.id}`, async () => {
      await client.call('printer.retry', { id: job.id });
      notifySuccess(t('devices.queue.retried', { label: job.label }));
    });
  const cancel = (job: PrintJobDto) =>
    act(`cancel-${job.id}`, async () => {
      await client.call('printer.cancel', { id: job.id });
      notifySuccess(t('devices.queue.cancelled', { label: job.label }));
    });
  const reprint = () =>
    act('reprint', async () => {
      const request = await client.call('printer.reprint-last', {});
      if (!request) {
        notifySuccess(t('devices.queue.nothingToReprint'));
        return;
      }
      await completePrint(request);
      notifySuccess(t('devices.queue.reprinted'));
    });

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="queue-title">
      <Stack gap="md">
        <Title order={2} id="queue-title" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconListDetails aria-hidden size={28} />
          {t('devices.queue.title')}
        </Title>
        <Text fw={600} data-testid="queue-state">
          {t('devices.queue.state', { state: t(`devices.queue.states.${queue.state}`) })}
          {queue.waiting > 0 ? ` — ${t('devices.queue.waiting', { count: queue.waiting })}` : ''}
        </Text>
        <QueueMessage queue={queue} />
        <ErrorAlert error={error} />
        {queue.jobs.length === 0 ? (
          <Text>{t('devices.queue.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table striped verticalSpacing="sm" fz="md" captionSide="top">
              <Table.Caption style={{ textAlign: 'left' }}>{t('devices.queue.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('devices.queue.columns.label')}</Table.Th>
                  <Table.Th scope="col">{t('devices.queue.columns.state')}</Table.Th>
                  <Table.Th scope="col">{t('devices.queue.columns.attempts')}</Table.Th>
                  <Table.Th scope="col">{t('devices.queue.columns.createdAt')}</Table.Th>
                  <Table.Th scope="col">{t('devices.queue.columns.error')}</Table.Th>
                  <Table.Th scope="col">{t('devices.queue.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {queue.jobs.map((job) => {
                  const labelId = `print-job-${job.id}`;
                  const canRetry = job.state === 'failed';
                  const canCancel = job.state === 'queued' || job.state === 'paused' || job.state === 'failed';
                  return (
                    <Table.Tr key={job.id} data-state={job.state}>
                      <Table.Td id={labelId} fw={600}>
                        {job.label}
                      </Table.Td>
                      <Table.Td>{t(`devices.queue.jobStates.${job.state}`)}</Table.Td>
                      <Table.Td>{job.attempts}</Table.Td>
                      <Table.Td>{dateFormat.format(new Date(job.createdAt))}</Table.Td>
                      <Table.Td>{job.lastError ?? ''}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="wrap">
                          {canRetry ? (
                            <Button
                              size="sm"
                              variant="default"
                              leftSection={<IconRefresh aria-hidden size={18} />}
                              aria-describedby={labelId}
                              loading={busy === `retry-${job.id}`}
                              onClick={() => void retry(job)}
                            >
                              {t('devices.queue.retry')}
                            </Button>
                          ) : null}
                          {canCancel ? (
                            <Button
                              size="sm"
                              variant="default"
                              leftSection={<IconX aria-hidden size={18} />}
                              aria-describedby={labelId}
                              loading={busy === `cancel-${job.id}`}
                              onClick={() => void cancel(job)}
                            >
                              {t('devices.queue.cancel')}
                            </Button>
                          ) : null}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group>
          <Button size="lg" variant="light" leftSection={<IconCopy aria-hidden />} loading={busy === 'reprint'} onClick={() => void reprint()}>
            {t('devices.queue.reprint')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
