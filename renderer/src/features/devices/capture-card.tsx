import { Alert, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlayerRecord, IconPlayerStop, IconRecordMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevicesDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';

/** Support's capture mode: raw HID reports and keystroke timings recorded to a file, with a clear warning. */
export function CaptureCard({ capture, onChanged }: { capture: DevicesDto['capture']; onChanged(devices: DevicesDto): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  const toggle = async () => {
    setError(null);
    setBusy(true);
    try {
      const next = await client.call(capture.active ? 'devices.capture-stop' : 'devices.capture-start', {});
      onChanged(next);
      notifySuccess(next.capture.active ? t('devices.capture.started') : t('devices.capture.stopped'));
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="capture-title">
      <Stack gap="md">
        <Title order={2} id="capture-title" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconRecordMail aria-hidden size={28} />
          {t('devices.capture.title')}
        </Title>
        <Text>{t('devices.capture.intro')}</Text>
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('devices.capture.warning')}
        </Alert>
        <Text fw={700} data-testid="capture-state">
          {capture.active ? t('devices.capture.active') : t('devices.capture.inactive')}
        </Text>
        {capture.file ? (
          <Text style={{ wordBreak: 'break-all' }}>
            {t('devices.capture.file')} <Code fz="md">{capture.file}</Code>
          </Text>
        ) : null}
        <ErrorAlert error={error} />
        <Group>
          <Button
            size="lg"
            color={capture.active ? 'red' : undefined}
            variant={capture.active ? 'filled' : 'light'}
            leftSection={capture.active ? <IconPlayerStop aria-hidden /> : <IconPlayerRecord aria-hidden />}
            loading={busy}
            onClick={() => void toggle()}
          >
            {capture.active ? t('devices.capture.stop') : t('devices.capture.start')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
