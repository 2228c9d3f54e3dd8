import { Alert, Badge, Button, Card, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconReceipt, IconTicket } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarnetDto, HandOutDto } from '../../../../../electron/common/contract';
import { CARNET_STATE_LABELS } from '../../../../../electron/common/domain/passes/pass-state';
import { useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { toClientError, type ClientError } from '../../../transport';
import { canCall } from '../../auth/access';
import { useOpenSession } from '../../auth/session-context';
import { usePrintRequest } from '../../devices/use-print-request';
import { ErrorAlert } from '../../errors/error-alert';
import { useScanHandler } from '../../scanning/scan-bus';
import { CARNET_STATE_COLORS, displayDate } from '../format';

function HandOutPanel({ personId, onDone, onClose }: { personId: string; onDone(): void; onClose(): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const completePrint = usePrintRequest();
  const field = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<ClientError | null>(null);
  const [done, setDone] = useState<HandOutDto | null>(null);
  const [busy, setBusy] = useState(false);
  const [printReceipt, setPrintReceipt] = useState(true);

  useEffect(() => {
    field.current?.focus();
  }, []);

  const handOut = async (raw: string): Promise<'accepted' | 'refused'> => {
    setCode(raw);
    if (raw.trim() === '') return 'refused';
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('carnets.hand-out', { beneficiaryId: personId, code: raw, printReceipt });
      setDone(result);
      setCode('');
      onDone();
      try {
        for (const receipt of result.receipts) await completePrint(receipt);
        if (result.receipts.length > 0) notifySuccess(t('stock.carnets.receiptSent'));
      } catch (caught) {
        setError(toClientError(caught));
      }
      return 'accepted';
    } catch (caught) {
      setDone(null);
      setError(toClientError(caught));
      field.current?.focus();
      return 'refused';
    } finally {
      setBusy(false);
    }
  };

  useScanHandler((scan) => handOut(scan.code));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void handOut(code);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="hand-out-title" data-testid="hand-out-panel">
      <Stack gap="sm">
        <Title order={3} size="h4" id="hand-out-title">
          {t('stock.carnets.handOutTitle')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              ref={field}
              style={{ flex: 1 }}
              size="lg"
              label={t('stock.carnets.code')}
              description={t('stock.carnets.codeHelp')}
              value={code}
              maxLength={80}
              autoComplete="off"
              error={error?.fields.code}
              onChange={(event) => setCode(event.currentTarget.value)}
            />
            <Button type="submit" size="lg" loading={busy}>
              {t('stock.carnets.submit')}
            </Button>
          </Group>
          <Checkbox
            mt="sm"
            size="md"
            label={t('stock.carnets.printReceipt')}
            checked={printReceipt}
            onChange={(event) => setPrintReceipt(event.currentTarget.checked)}
          />
        </form>
        <ErrorAlert error={error} />
        {done ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="hand-out-done">
            {t('stock.carnets.handedOut', { number: done.carnet.number, passes: done.carnet.passes.length, validUntil: displayDate(done.carnet.validUntil) })}
          </Alert>
        ) : null}
        {done?.warning ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="hand-out-warning">
            <Text fw={700}>{done.warning}</Text>
          </Alert>
        ) : null}
        <Group>
          <Button variant="default" size="md" onClick={onClose}>
            {t('stock.carnets.close')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The person's carnets, the hand-out of a new one (scan or type its number), and the receipts. */
export function PersonCarnets({ personId, onChanged }: { personId: string; onChanged(): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const role = useOpenSession().agent.role;
  const completePrint = usePrintRequest();
  const [carnets, setCarnets] = useState<CarnetDto[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [panel, setPanel] = useState(false);
  const [printing, setPrinting] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setCarnets(await client.call('carnets.of-person', { beneficiaryId: personId }));
    } catch (caught) {
      setError(toClientError(caught));
    }
  }, [client, personId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const reprint = async (carnet: CarnetDto) => {
    setPrinting(carnet.id);
    setError(null);
    try {
      await completePrint(await client.call('carnets.print-receipt', { carnetId: carnet.id }));
      notifySuccess(t('stock.carnets.receiptSent'));
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setPrinting(null);
    }
  };

  const mayHandOut = canCall(role, 'carnets.hand-out');
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="person-carnets">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="person-carnets">
            {t('stock.carnets.title')}
          </Title>
          {mayHandOut && !panel ? (
            <Button size="md" leftSection={<IconTicket aria-hidden />} onClick={() => setPanel(true)}>
              {t('stock.carnets.handOut')}
            </Button>
          ) : null}
        </Group>
        {panel ? (
          <HandOutPanel
            personId={personId}
            onDone={() => {
              void reload();
              onChanged();
            }}
            onClose={() => setPanel(false)}
          />
        ) : null}
        <ErrorAlert error={error} />
        {carnets && carnets.length === 0 ? <Text>{t('stock.carnets.none')}</Text> : null}
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="person-carnets">
          {(carnets ?? []).map((carnet) => {
            const used = carnet.passes.filter((item) => item.state === 'utilise').length;
            return (
              <Group component="li" key={carnet.id} justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={700}>{t('stock.carnets.line', { number: carnet.number })}</Text>
                    <Badge color={CARNET_STATE_COLORS[carnet.state]} variant="filled">
                      {CARNET_STATE_LABELS[carnet.state]}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    {t('stock.carnets.details', {
                      lot: carnet.lotReference,
                      state: CARNET_STATE_LABELS[carnet.state],
                      validUntil: displayDate(carnet.validUntil),
                      used,
                      total: carnet.passes.length,
                    })}
                  </Text>
                </Stack>
                {canCall(role, 'carnets.print-receipt') ? (
                  <Button
                    variant="light"
                    size="sm"
                    leftSection={<IconReceipt aria-hidden />}
                    loading={printing === carnet.id}
                    aria-label={t('stock.carnets.reprintLabel', { number: carnet.number })}
                    onClick={() => void reprint(carnet)}
                  >
                    {t('stock.carnets.reprint')}
                  </Button>
                ) : null}
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </Card>
  );
}
