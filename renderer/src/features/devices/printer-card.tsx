import { Alert, Button, Card, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle, IconPrinter, IconReceipt } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PrinterSettings,
  type DevicesDto,
  type PrinterChoicesDto,
} from '../../../../electron/common/contract';
import { PRINTER_PROFILE_IDS, PRINTER_PROFILES, type PrinterProfileId } from '../../../../electron/common/receipts/printer-profiles';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { DeviceStateLine } from './device-state-line';
import { usePrintRequest } from './use-print-request';

const KINDS = ['none', 'network', 'usb-lp', 'system'] as const;
type PrinterKind = (typeof KINDS)[number];
/** The Select value for "the system's default printer" (printerName null). */
const SYSTEM_DEFAULT = '__default__';
export const DEFAULT_PRINTER_PORT = 9100;

const PROFILE_OPTIONS = PRINTER_PROFILE_IDS.map((id) => ({ value: id, label: PRINTER_PROFILES[id].label }));

interface PrinterFormValues {
  kind: PrinterKind;
  profile: string;
  host: string;
  port: number | string;
  devicePath: string;
  systemPrinter: string;
}

function initialValues(settings: PrinterSettings): PrinterFormValues {
  return {
    kind: settings.kind,
    profile: 'profile' in settings ? settings.profile : 'epson-tm-t20',
    host: settings.kind === 'network' ? settings.host : '',
    port: settings.kind === 'network' ? settings.port : DEFAULT_PRINTER_PORT,
    devicePath: settings.kind === 'usb-lp' ? settings.devicePath : '',
    systemPrinter: settings.kind === 'system' ? (settings.printerName ?? SYSTEM_DEFAULT) : SYSTEM_DEFAULT,
  };
}

function toSettings(values: PrinterFormValues): PrinterSettings {
  const profile = values.profile as PrinterProfileId;
  switch (values.kind) {
    case 'none':
      return { kind: 'none' };
    case 'network':
      return { kind: 'network', profile, host: values.host.trim(), port: Number(values.port) };
    case 'usb-lp':
      return { kind: 'usb-lp', profile, devicePath: values.devicePath };
    case 'system':
      return { kind: 'system', printerName: values.systemPrinter === SYSTEM_DEFAULT ? null : values.systemPrinter };
  }
}

function usbOptions(t: TFunction, choices: PrinterChoicesDto | null, saved: string) {
  const options = (choices?.usbLp ?? []).map((choice) => ({
    value: choice.devicePath,
    label: choice.name ? `${choice.name} (${choice.devicePath})` : choice.devicePath,
  }));
  if (saved && !options.some((option) => option.value === saved)) {
    options.push({ value: saved, label: t('devices.printer.usbMissing', { path: saved }) });
  }
  return options;
}

function systemOptions(t: TFunction, choices: PrinterChoicesDto | null, saved: string) {
  const options: Array<{ value: string; label: string }> = [{ value: SYSTEM_DEFAULT, label: t('devices.printer.systemDefault') }];
  for (const printer of choices?.system ?? []) {
    options.push({ value: printer.name, label: printer.isDefault ? t('devices.printer.systemIsDefault', { name: printer.name }) : printer.name });
  }
  if (saved !== SYSTEM_DEFAULT && !options.some((option) => option.value === saved)) options.push({ value: saved, label: saved });
  return options;
}

function PrinterSettingsForm({
  settings,
  choices,
  onSaved,
}: {
  settings: PrinterSettings;
  choices: PrinterChoicesDto | null;
  onSaved(devices: DevicesDto): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<ClientError | null>(null);
  const usesProfile = (values: PrinterFormValues) => values.kind === 'network' || values.kind === 'usb-lp';
  const form = useForm<PrinterFormValues>({
    initialValues: initialValues(settings),
    validate: {
      profile: (value, values) => (!usesProfile(values) || PRINTER_PROFILE_IDS.includes(value as PrinterProfileId) ? null : t('devices.printer.profileRequired')),
      host: (value, values) => {
        if (values.kind !== 'network') return null;
        if (!value.trim()) return t('common.required');
        const parsed = PrinterSettings.safeParse({ kind: 'network', profile: 'generic-80mm', host: value, port: DEFAULT_PRINTER_PORT });
        return parsed.success ? null : t('devices.printer.hostInvalid');
      },
      port: (value, values) =>
        values.kind !== 'network' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535)
          ? null
          : t('devices.numberRange', { min: 1, max: 65535 }),
      devicePath: (value, values) => (values.kind !== 'usb-lp' || value ? null : t('devices.printer.devicePathRequired')),
    },
  });
  const kind = form.values.kind;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      onSaved(await client.call('devices.set-printer', toSettings(values)));
      notifySuccess(t('devices.printer.saved'));
    } catch (caught) {
      setError(toClientError(caught));
    }
  });

  const usb = usbOptions(t, choices, form.values.devicePath);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Radio.Group label={t('devices.printer.kind')} {...form.getInputProps('kind')}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" mt="xs">
            {KINDS.map((value) => (
              <Radio key={value} value={value} label={t(`devices.printer.kinds.${value}`)} description={t(`devices.printer.kindHelp.${value}`)} />
            ))}
          </SimpleGrid>
        </Radio.Group>
        {kind === 'network' || kind === 'usb-lp' ? (
          <Select label={t('devices.printer.profile')} data={PROFILE_OPTIONS} allowDeselect={false} maw={560} {...form.getInputProps('profile')} />
        ) : null}
        {kind === 'network' ? (
          <Group align="flex-start" gap="md" wrap="wrap">
            <TextInput
              label={t('devices.printer.host')}
              description={t('devices.printer.hostHelp')}
              autoComplete="off"
              spellCheck={false}
              w={360}
              {...form.getInputProps('host')}
            />
            <NumberInput
              label={t('devices.printer.port')}
              allowDecimal={false}
              allowNegative={false}
              min={1}
              max={65535}
              size="md"
              w={160}
              {...form.getInputProps('port')}
            />
          </Group>
        ) : null}
        {kind === 'usb-lp' ? (
          <>
            {usb.length === 0 ? <Text>{t('devices.printer.noUsb')}</Text> : null}
            <Select
              label={t('devices.printer.devicePath')}
              data={usb}
              allowDeselect={false}
              disabled={usb.length === 0}
              maw={560}
              {...form.getInputProps('devicePath')}
            />
          </>
        ) : null}
        {kind === 'system' ? (
          <>
            {choices && !choices.systemPrintingByHost ? (
              <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
                {t('devices.printer.browserDialog')}
              </Alert>
            ) : (
              <Select
                label={t('devices.printer.systemPrinter')}
                data={systemOptions(t, choices, form.values.systemPrinter)}
                allowDeselect={false}
                maw={560}
                {...form.getInputProps('systemPrinter')}
              />
            )}
          </>
        ) : null}
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" size="lg" loading={form.submitting}>
            {t('devices.printer.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The receipt printer: state, settings and a test ticket. */
export function PrinterCard({ devices, onSaved }: { devices: DevicesDto; onSaved(devices: DevicesDto): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const completePrint = usePrintRequest();
  const [choices, setChoices] = useState<PrinterChoicesDto | null>(null);
  const [choicesError, setChoicesError] = useState<ClientError | null>(null);
  const [testError, setTestError] = useState<ClientError | null>(null);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    let alive = true;
    client.call('devices.printer-choices', {}).then(
      (value) => {
        if (alive) setChoices(value);
      },
      (caught: unknown) => {
        if (alive) setChoicesError(toClientError(caught));
      },
    );
    return () => {
      alive = false;
    };
  }, [client]);

  const printTest = async () => {
    setTestError(null);
    setPrinting(true);
    try {
      const request = await client.call('printer.print-test', {});
      await completePrint(request);
      notifySuccess(request.delivery === 'queued' ? t('devices.printer.testQueued') : t('devices.printer.testPrinted'));
    } catch (caught) {
      setTestError(toClientError(caught));
    } finally {
      setPrinting(false);
    }
  };

  const printer = devices.printer;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="printer-title">
      <Stack gap="lg">
        <Title order={2} id="printer-title" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconPrinter aria-hidden size={28} />
          {t('devices.printer.title')}
        </Title>
        <DeviceStateLine device={printer} />
        <ErrorAlert error={choicesError} />
        <PrinterSettingsForm key={JSON.stringify(printer.settings)} settings={printer.settings} choices={choices} onSaved={onSaved} />
        <ErrorAlert error={testError} />
        <Group>
          <Button size="lg" variant="light" leftSection={<IconReceipt aria-hidden />} loading={printing} onClick={() => void printTest()}>
            {t('devices.printer.printTest')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
