import { Button, Card, Checkbox, Group, List, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBarcode } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevicesDto, HidScannerDto, ScannerSettings } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { DeviceStateLine } from './device-state-line';
import { ScanTrial } from './scan-trial';

/** The Select value for "the first HID POS scanner found" (hidPath null). */
const FIRST_FOUND = '__first__';
const KEY_CODE = /^[A-Za-z0-9]{1,32}$/;
const MAX_KEY_CODES = 8;

/** `F13, Enter` → `['F13', 'Enter']`; null when a code is not a key code or there are too many. */
export function parseKeyCodes(text: string): string[] | null {
  const codes = text
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  if (codes.length > MAX_KEY_CODES || codes.some((code) => !KEY_CODE.test(code))) return null;
  return codes;
}

interface ScannerFormValues {
  hidPath: string;
  enabled: boolean;
  maxGapMs: number | string;
  maxAverageGapMs: number | string;
  minLength: number | string;
  prefix: string;
  suffix: string;
  aimPrefix: boolean;
}

const RANGES = { maxGapMs: [10, 500], maxAverageGapMs: [5, 400], minLength: [1, 64] } as const;

function rangeRule(t: TFunction, [min, max]: readonly [number, number]) {
  return (value: number | string) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : t('devices.numberRange', { min, max });
}

function hexId(value: number): string {
  return value.toString(16).padStart(4, '0');
}

/** « Honeywell Voyager 1450g — identifiants USB 0c2e:0b87 — /dev/hidraw3 » (ids left out when unknown). */
function hidDescription(t: TFunction, scanner: HidScannerDto): string {
  const parts = [scanner.name];
  if (scanner.vendorId !== null && scanner.productId !== null) {
    parts.push(t('devices.scanner.hidIds', { ids: `${hexId(scanner.vendorId)}:${hexId(scanner.productId)}` }));
  }
  parts.push(scanner.path);
  return parts.join(' — ');
}

function hidOptions(t: TFunction, scanners: HidScannerDto[], saved: string | null) {
  const options = [
    { value: FIRST_FOUND, label: t('devices.scanner.hidFirst') },
    ...scanners.map((scanner) => ({ value: scanner.path, label: `${scanner.name} (${scanner.path})` })),
  ];
  if (saved && !scanners.some((scanner) => scanner.path === saved)) {
    options.push({ value: saved, label: t('devices.scanner.hidMissing', { path: saved }) });
  }
  return options;
}

function ScannerSettingsForm({ settings, hidScanners, onSaved }: { settings: ScannerSettings; hidScanners: HidScannerDto[]; onSaved(devices: DevicesDto): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<ClientError | null>(null);
  const wedge = settings.wedge;
  const form = useForm<ScannerFormValues>({
    initialValues: {
      hidPath: settings.hidPath ?? FIRST_FOUND,
      enabled: wedge.enabled,
      maxGapMs: wedge.maxGapMs,
      maxAverageGapMs: wedge.maxAverageGapMs,
      minLength: wedge.minLength,
      prefix: wedge.prefix.join(', '),
      suffix: wedge.suffix.join(', '),
      aimPrefix: wedge.aimPrefix,
    },
    validate: {
      maxGapMs: rangeRule(t, RANGES.maxGapMs),
      maxAverageGapMs: rangeRule(t, RANGES.maxAverageGapMs),
      minLength: rangeRule(t, RANGES.minLength),
      prefix: (value) => (parseKeyCodes(value) ? null : t('devices.scanner.keyCodesInvalid')),
      suffix: (value) => (parseKeyCodes(value) ? null : t('devices.scanner.keyCodesInvalid')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const next: ScannerSettings = {
      hidPath: values.hidPath === FIRST_FOUND ? null : values.hidPath,
      wedge: {
        enabled: values.enabled,
        maxGapMs: Number(values.maxGapMs),
        maxAverageGapMs: Number(values.maxAverageGapMs),
        minLength: Number(values.minLength),
        prefix: parseKeyCodes(values.prefix) ?? [],
        suffix: parseKeyCodes(values.suffix) ?? [],
        aimPrefix: values.aimPrefix,
      },
    };
    try {
      onSaved(await client.call('devices.set-scanner', next));
      notifySuccess(t('devices.scanner.saved'));
    } catch (caught) {
      setError(toClientError(caught));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Stack gap="sm" component="section" aria-labelledby="hid-title">
          <Title order={3} id="hid-title">
            {t('devices.scanner.hidTitle')}
          </Title>
          {hidScanners.length === 0 ? (
            <Text>{t('devices.scanner.hidNone')}</Text>
          ) : (
            <>
              <Text>{t('devices.scanner.hidSeen')}</Text>
              <List>
                {hidScanners.map((scanner) => (
                  <List.Item key={scanner.path}>{hidDescription(t, scanner)}</List.Item>
                ))}
              </List>
            </>
          )}
          <Select
            label={t('devices.scanner.hidChoice')}
            data={hidOptions(t, hidScanners, settings.hidPath)}
            allowDeselect={false}
            maw={560}
            {...form.getInputProps('hidPath')}
          />
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="wedge-title">
          <Title order={3} id="wedge-title">
            {t('devices.scanner.wedgeTitle')}
          </Title>
          <Text>{t('devices.scanner.wedgeIntro')}</Text>
          <Switch size="md" label={t('devices.scanner.wedgeEnabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            <NumberInput
              label={t('devices.scanner.maxGapMs')}
              description={t('devices.scanner.maxGapHelp')}
              allowDecimal={false}
              allowNegative={false}
              min={RANGES.maxGapMs[0]}
              max={RANGES.maxGapMs[1]}
              size="md"
              {...form.getInputProps('maxGapMs')}
            />
            <NumberInput
              label={t('devices.scanner.maxAverageGapMs')}
              description={t('devices.scanner.maxAverageGapHelp')}
              allowDecimal={false}
              allowNegative={false}
              min={RANGES.maxAverageGapMs[0]}
              max={RANGES.maxAverageGapMs[1]}
              size="md"
              {...form.getInputProps('maxAverageGapMs')}
            />
            <NumberInput
              label={t('devices.scanner.minLength')}
              description={t('devices.scanner.minLengthHelp')}
              allowDecimal={false}
              allowNegative={false}
              min={RANGES.minLength[0]}
              max={RANGES.minLength[1]}
              size="md"
              {...form.getInputProps('minLength')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TextInput
              label={t('devices.scanner.prefix')}
              description={t('devices.scanner.keyCodesHelp')}
              autoComplete="off"
              spellCheck={false}
              {...form.getInputProps('prefix')}
            />
            <TextInput
              label={t('devices.scanner.suffix')}
              description={t('devices.scanner.keyCodesHelp')}
              autoComplete="off"
              spellCheck={false}
              {...form.getInputProps('suffix')}
            />
          </SimpleGrid>
          <Checkbox size="md" label={t('devices.scanner.aimPrefix')} {...form.getInputProps('aimPrefix', { type: 'checkbox' })} />
        </Stack>
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" size="lg" loading={form.submitting}>
            {t('devices.scanner.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The scanner: its state, the HID scanners seen, the keyboard-wedge settings, and a field to try a scan. */
export function ScannerCard({ devices, onSaved }: { devices: DevicesDto; onSaved(devices: DevicesDto): void }) {
  const { t } = useTranslation();
  const scanner = devices.scanner;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="scanner-title">
      <Stack gap="lg">
        <Title order={2} id="scanner-title" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconBarcode aria-hidden size={28} />
          {t('devices.scanner.title')}
        </Title>
        <DeviceStateLine device={scanner} />
        <ScanTrial />
        <ScannerSettingsForm
          key={JSON.stringify(scanner.settings)}
          settings={scanner.settings}
          hidScanners={scanner.hidScanners}
          onSaved={onSaved}
        />
      </Stack>
    </Card>
  );
}
