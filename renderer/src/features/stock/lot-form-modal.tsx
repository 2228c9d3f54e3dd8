import { Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionDto, Input, IssuerDto, LotDto } from '../../../../electron/common/contract';
import { addMonths } from '../../../../electron/common/domain/passes/paris-date';
import { useClient } from '../../app/client-context';
import { toClientError, type ClientError } from '../../transport';
import { FormModal } from '../shell/form-modal';
import { fieldErrorsOf } from './field-errors';
import { parseEuros } from './format';

const FIELDS = ['issuerId', 'reference', 'faceValueCents', 'carnetSize', 'validUntil', 'graceUntil', 'blockDays', 'warningDays', 'targetCriteria', 'perimeter'] as const;
type Field = (typeof FIELDS)[number];

interface Values {
  issuerId: string;
  reference: string;
  faceValue: string;
  carnetSize: string;
  validUntil: string;
  graceUntil: string;
  blockDays: string;
  warningDays: string;
  targetCriteria: string[];
  perimeter: string;
}

function graceFor(validUntil: string): string {
  try {
    return addMonths(validUntil, 1);
  } catch {
    return '';
  }
}

const whole = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** « Nouveau lot »: an order of carnets from an issuer, with its value and calendar. */
export function LotFormModal({
  opened,
  issuers,
  criteria,
  onClose,
  onCreated,
}: {
  opened: boolean;
  issuers: IssuerDto[];
  criteria: CriterionDto[];
  onClose(): void;
  onCreated(lot: LotDto): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [values, setValues] = useState<Values>({
    issuerId: '',
    reference: '',
    faceValue: '',
    carnetSize: '10',
    validUntil: '',
    graceUntil: '',
    blockDays: '15',
    warningDays: '30',
    targetCriteria: [],
    perimeter: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const issuerId = values.issuerId || issuers[0]?.id || '';

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));

  const setValidUntil = (validUntil: string) =>
    setValues((current) => {
      // The grace period follows the end of validity until the agent changes it.
      const followed = current.graceUntil === '' || current.graceUntil === graceFor(current.validUntil);
      return { ...current, validUntil, graceUntil: followed ? graceFor(validUntil) : current.graceUntil };
    });

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    const cents = parseEuros(values.faceValue);
    if (cents === null) local.faceValueCents = t('stock.lot.faceValueInvalid');
    for (const [field, text] of [['carnetSize', values.carnetSize], ['blockDays', values.blockDays], ['warningDays', values.warningDays]] as const) {
      if (Number.isNaN(whole(text))) local[field] = t('stock.lot.numberRequired');
    }
    if (values.validUntil === '') local.validUntil = t('stock.lot.dateRequired');
    if (values.graceUntil === '') local.graceUntil = t('stock.lot.dateRequired');
    if (!issuerId) local.issuerId = t('stock.lot.noIssuer');
    setErrors(local);
    setError(null);
    if (Object.keys(local).length > 0) return;
    const input: Input<'stock.create-lot'> = {
      issuerId,
      reference: values.reference,
      faceValueCents: cents ?? 0,
      carnetSize: whole(values.carnetSize),
      validUntil: values.validUntil,
      graceUntil: values.graceUntil,
      blockDays: whole(values.blockDays),
      warningDays: whole(values.warningDays),
      targetCriteria: values.targetCriteria,
      perimeter: values.perimeter.trim() === '' ? null : values.perimeter,
    };
    setBusy(true);
    try {
      onCreated(await client.call('stock.create-lot', input));
    } catch (caught) {
      const failure = toClientError(caught);
      setErrors(fieldErrorsOf(failure, FIELDS));
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const text = (field: Exclude<keyof Values, 'targetCriteria'>, errorField: Field) => ({
    value: values[field],
    error: errors[errorField],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      if (field === 'validUntil') setValidUntil(value);
      else set(field, value);
      setErrors((current) => (current[errorField] ? { ...current, [errorField]: undefined } : current));
    },
  });

  return (
    <FormModal opened={opened} title={t('stock.page.newLot')} error={error} submitLabel={t('stock.lot.create')} submitting={busy} onSubmit={(event) => void submit(event)} onClose={onClose}>
      <Stack gap="md">
        <NativeSelect
          size="md"
          label={t('stock.lot.issuer')}
          required
          data-autofocus
          value={issuerId}
          error={errors.issuerId}
          onChange={(event) => set('issuerId', event.currentTarget.value)}
          data={issuers.length === 0 ? [{ value: '', label: t('stock.lot.noIssuer') }] : issuers.map((issuer) => ({ value: issuer.id, label: issuer.name }))}
        />
        <TextInput size="md" label={t('stock.lot.reference')} required maxLength={80} autoComplete="off" {...text('reference', 'reference')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput size="md" label={t('stock.lot.faceValue')} description={t('stock.lot.faceValueHelp')} required inputMode="decimal" autoComplete="off" {...text('faceValue', 'faceValueCents')} />
          <TextInput size="md" label={t('stock.lot.carnetSize')} required inputMode="numeric" autoComplete="off" {...text('carnetSize', 'carnetSize')} />
          <TextInput size="md" type="date" label={t('stock.lot.validUntil')} required {...text('validUntil', 'validUntil')} />
          <TextInput size="md" type="date" label={t('stock.lot.graceUntil')} description={t('stock.lot.graceHelp')} required {...text('graceUntil', 'graceUntil')} />
          <TextInput size="md" label={t('stock.lot.blockDays')} required inputMode="numeric" autoComplete="off" {...text('blockDays', 'blockDays')} />
          <TextInput size="md" label={t('stock.lot.warningDays')} required inputMode="numeric" autoComplete="off" {...text('warningDays', 'warningDays')} />
        </SimpleGrid>
        {criteria.length > 0 ? (
          <Checkbox.Group label={t('stock.lot.targetCriteria')} value={values.targetCriteria} onChange={(value) => set('targetCriteria', value)} error={errors.targetCriteria}>
            <Group mt="xs" gap="md">
              {criteria.map((criterion) => (
                <Checkbox key={criterion.code} value={criterion.code} label={criterion.label} size="md" />
              ))}
            </Group>
          </Checkbox.Group>
        ) : null}
        <TextInput size="md" label={t('stock.lot.perimeter')} description={t('stock.lot.perimeterHelp')} maxLength={300} autoComplete="off" {...text('perimeter', 'perimeter')} />
      </Stack>
    </FormModal>
  );
}
