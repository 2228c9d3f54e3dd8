import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../errors/error-alert';
import { CaptureCard } from './capture-card';
import { useDevices } from './devices-context';
import { PrintQueueCard } from './print-queue-card';
import { PrinterCard } from './printer-card';
import { ScannerCard } from './scanner-card';

/** « Périphériques » (administrators): the scanner, the receipt printer and its queue, support's capture. */
export function DevicesPage() {
  const { t } = useTranslation();
  const { devices, error, reload, apply } = useDevices();

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1}>{t('devices.title')}</Title>
        <Text>{t('devices.intro')}</Text>
      </Stack>
      {devices?.fake ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('devices.fake')}
        </Alert>
      ) : null}
      {devices === null ? (
        error ? (
          <Stack gap="sm" align="flex-start">
            <ErrorAlert error={error} />
            <Button size="lg" onClick={() => void reload()}>
              {t('common.retry')}
            </Button>
          </Stack>
        ) : (
          <Loader aria-label={t('app.loading')} />
        )
      ) : (
        <>
          <ScannerCard devices={devices} onSaved={apply} />
          <PrinterCard devices={devices} onSaved={apply} />
          <PrintQueueCard queue={devices.printer.queue} />
          <CaptureCard capture={devices.capture} onChanged={apply} />
        </>
      )}
    </Stack>
  );
}
