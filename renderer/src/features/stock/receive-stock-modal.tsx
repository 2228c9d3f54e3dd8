import { Alert, Button, Group, Input, List, Modal, Paper, Radio, SimpleGrid, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { IconBarcode, IconFileImport, IconListNumbers } from '@tabler/icons-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReportDto, LotDto, RangeReportDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { useScanHandler } from '../scanning/scan-bus';
import { fieldErrorsOf } from './field-errors';

type ImportMode = 'all-or-nothing' | 'good-lines';

function ImportReport({ report }: { report: ImportReportDto }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-report" data-testid="import-report">
      <Stack gap="xs">
        <Title order={3} size="h4" id="import-report">
          {report.imported ? t('stock.receive.reportImported') : t('stock.receive.report')}
        </Title>
        <Text>{t('stock.receive.reportLines', { count: report.dataLines })}</Text>
        <Text>{t('stock.receive.reportCarnets', { count: report.carnets })}</Text>
        <Text>{t('stock.receive.reportPasses', { count: report.passes })}</Text>
        {report.problemCount === 0 ? (
          <Text fw={700}>
            {t('stock.receive.noProblem')}
          </Text>
        ) : (
          <>
            <Text fw={700}>
              {t('stock.receive.problems', { count: report.problemCount })}
            </Text>
            <List spacing={2} data-testid="import-problems" style={{ maxHeight: 240, overflowY: 'auto' }} tabIndex={0}>
              {report.problems.map((problem, index) => (
                <List.Item key={`${problem.line}-${index}`}>{t('stock.receive.problemLine', { line: problem.line, message: problem.message })}</List.Item>
              ))}
            </List>
            {report.problemCount > report.problems.length ? <Text>{t('stock.receive.moreProblems', { count: report.problemCount - report.problems.length })}</Text> : null}
          </>
        )}
        {report.imported ? (
          <Alert color="green" variant="light" role="status">
            {t('stock.receive.imported', { carnets: report.carnets, passes: report.passes })}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}

function CsvImport({ lot, onChanged }: { lot: LotDto; onChanged(): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const inputId = useId();
  const file = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [report, setReport] = useState<ImportReportDto | null>(null);
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<ClientError | string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    const chosen = file.current?.files?.[0];
    if (!chosen) {
      setError(t('stock.receive.noFile'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const csv = await chosen.text();
      const next = await client.call('stock.import-csv', { lotId: lot.id, csv, mode, dryRun });
      setReport(next);
      setChecked(dryRun);
      if (!dryRun) onChanged();
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setReport(null);
    setChecked(false);
  };

  return (
    <Stack gap="md">
      <Input.Wrapper label={t('stock.receive.file')} description={t('stock.receive.fileHelp')} id={inputId} size="md">
        <input
          ref={file}
          id={inputId}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          className="guichet-file-input"
          style={{ display: 'block', marginTop: 6, fontSize: 'var(--mantine-font-size-md)' }}
          onChange={(event) => {
            setFileName(event.currentTarget.files?.[0]?.name ?? null);
            reset();
          }}
        />
      </Input.Wrapper>
      <Radio.Group
        label={t('stock.receive.mode')}
        value={mode}
        onChange={(value) => {
          setMode(value as ImportMode);
          reset();
        }}
      >
        <Stack mt="xs" gap="xs">
          <Radio size="md" value="all-or-nothing" label={t('stock.receive.modes.all-or-nothing')} />
          <Radio size="md" value="good-lines" label={t('stock.receive.modes.good-lines')} />
        </Stack>
      </Radio.Group>
      <ErrorAlert error={error} />
      <Group gap="sm">
        <Button size="md" variant={checked ? 'default' : 'filled'} loading={busy && !checked} disabled={!fileName} onClick={() => void run(true)}>
          {t('stock.receive.check')}
        </Button>
        {checked ? (
          <Button size="md" loading={busy} onClick={() => void run(false)}>
            {t('stock.receive.import')}
          </Button>
        ) : null}
      </Group>
      {report ? <ImportReport report={report} /> : null}
      {report && !report.imported && !checked ? <Text>{t('stock.receive.nothingImported')}</Text> : null}
    </Stack>
  );
}

const RANGE_FIELDS = ['firstCarnet', 'carnetCount', 'firstPass'] as const;

function RangeForm({ lot, onChanged }: { lot: LotDto; onChanged(): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [values, setValues] = useState({ firstCarnet: '', carnetCount: '1', firstPass: '' });
  const [errors, setErrors] = useState<Partial<Record<(typeof RANGE_FIELDS)[number], string>>>({});
  const [error, setError] = useState<ClientError | null>(null);
  const [preview, setPreview] = useState<RangeReportDto | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: (typeof RANGE_FIELDS)[number], value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setPreview(null);
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const run = async (dryRun: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const count = /^\d+$/.test(values.carnetCount.trim()) ? Number(values.carnetCount.trim()) : Number.NaN;
      const report = await client.call('stock.add-range', { lotId: lot.id, firstCarnet: values.firstCarnet, carnetCount: count, firstPass: values.firstPass, dryRun });
      setPreview(report);
      if (!dryRun) onChanged();
    } catch (caught) {
      const failure = toClientError(caught);
      setErrors(fieldErrorsOf(failure, RANGE_FIELDS));
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(true);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput size="md" label={t('stock.receive.firstCarnet')} required autoComplete="off" value={values.firstCarnet} error={errors.firstCarnet} onChange={(event) => set('firstCarnet', event.currentTarget.value)} />
          <TextInput size="md" label={t('stock.receive.carnetCount')} required inputMode="numeric" autoComplete="off" value={values.carnetCount} error={errors.carnetCount} onChange={(event) => set('carnetCount', event.currentTarget.value)} />
          <TextInput size="md" label={t('stock.receive.firstPass')} required autoComplete="off" value={values.firstPass} error={errors.firstPass} onChange={(event) => set('firstPass', event.currentTarget.value)} />
        </SimpleGrid>
        <ErrorAlert error={error} />
        <Group gap="sm">
          <Button type="submit" size="md" variant={preview && !preview.imported ? 'default' : 'filled'} loading={busy && !preview}>
            {t('stock.receive.preview')}
          </Button>
          {preview && !preview.imported ? (
            <Button size="md" loading={busy} onClick={() => void run(false)}>
              {t('stock.receive.confirm')}
            </Button>
          ) : null}
        </Group>
        {preview ? (
          <Paper withBorder p="md" data-testid="range-preview">
            <Stack gap={4}>
              <Title order={3} size="h4">
                {preview.imported ? t('stock.receive.reportImported') : t('stock.receive.previewTitle')}
              </Title>
              <Text>{t('stock.receive.previewCounts', { carnets: preview.carnets, passes: preview.passes })}</Text>
              <Text>{t('stock.receive.previewFirstCarnet', { number: preview.firstCarnet })}</Text>
              <Text>{t('stock.receive.previewLastCarnet', { number: preview.lastCarnet })}</Text>
              <Text>{t('stock.receive.previewLastPass', { number: preview.lastPass })}</Text>
            </Stack>
          </Paper>
        ) : null}
      </Stack>
    </form>
  );
}

function ScanReception({ lot, active, onChanged }: { lot: LotDto; active: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const field = useRef<HTMLInputElement>(null);
  const [carnet, setCarnet] = useState<string | null>(null);
  const [value, setValue] = useState('');
  const [added, setAdded] = useState<RangeReportDto[]>([]);
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);

  const take = async (raw: string): Promise<'accepted' | 'refused'> => {
    const code = raw.trim();
    if (code === '') return 'refused';
    setError(null);
    if (carnet === null) {
      setCarnet(code);
      setValue('');
      field.current?.focus();
      return 'accepted';
    }
    setBusy(true);
    setValue(code);
    try {
      const report = await client.call('stock.add-range', { lotId: lot.id, firstCarnet: carnet, carnetCount: 1, firstPass: code, dryRun: false });
      setAdded((current) => [report, ...current]);
      setCarnet(null);
      setValue('');
      onChanged();
      return 'accepted';
    } catch (caught) {
      setError(toClientError(caught));
      return 'refused';
    } finally {
      setBusy(false);
      field.current?.focus();
    }
  };

  useScanHandler((scan) => take(scan.code), active);

  return (
    <Stack gap="md">
      <Text>{t('stock.receive.scanIntro')}</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void take(value);
        }}
        noValidate
      >
        <Group align="flex-end">
          <TextInput
            ref={field}
            style={{ flex: 1 }}
            size="lg"
            label={carnet === null ? t('stock.receive.scanCarnet') : t('stock.receive.scanPass', { carnet })}
            value={value}
            autoComplete="off"
            maxLength={80}
            data-autofocus
            disabled={busy}
            onChange={(event) => setValue(event.currentTarget.value)}
          />
          {carnet !== null ? (
            <Button
              size="lg"
              variant="default"
              onClick={() => {
                setCarnet(null);
                setValue('');
                setError(null);
              }}
            >
              {t('stock.receive.scanRestart')}
            </Button>
          ) : null}
        </Group>
      </form>
      <ErrorAlert error={error} />
      <Stack gap={4} component="section" aria-labelledby="scan-added">
        <Title order={3} size="h4" id="scan-added">
          {t('stock.receive.scanAdded')}
        </Title>
        {added.length === 0 ? <Text>{t('stock.receive.scanNone')}</Text> : null}
        <List spacing={2} data-testid="scan-added">
          {added.map((report) => (
            <List.Item key={report.firstCarnet}>{t('stock.receive.scanLine', { carnet: report.firstCarnet, firstPass: report.firstPass, lastPass: report.lastPass })}</List.Item>
          ))}
        </List>
      </Stack>
    </Stack>
  );
}

/** « Recevoir du stock » for a lot: the issuer's file, a range of numbers, or carnets scanned one by one. */
export function ReceiveStockModal({ lot, onClose, onChanged }: { lot: LotDto; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('csv');
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('stock.receive.title', { reference: lot.reference })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label={t('stock.receive.ways')} mb="md">
          <Tabs.Tab value="csv" leftSection={<IconFileImport aria-hidden />} fz="md">
            {t('stock.receive.csv')}
          </Tabs.Tab>
          <Tabs.Tab value="range" leftSection={<IconListNumbers aria-hidden />} fz="md">
            {t('stock.receive.range')}
          </Tabs.Tab>
          <Tabs.Tab value="scan" leftSection={<IconBarcode aria-hidden />} fz="md">
            {t('stock.receive.scan')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="csv">
          <CsvImport lot={lot} onChanged={onChanged} />
        </Tabs.Panel>
        <Tabs.Panel value="range">
          <RangeForm lot={lot} onChanged={onChanged} />
        </Tabs.Panel>
        <Tabs.Panel value="scan">
          <ScanReception lot={lot} active={tab === 'scan'} onChanged={onChanged} />
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
