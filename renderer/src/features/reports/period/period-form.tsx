import { Button, Group, Radio, Select, Stack, TextInput } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterOptionsDto } from '../../../../../electron/common/contract';
import { periodText } from '../../../../../electron/common/documents/period-report-document';
import type { IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import { formPeriod, PERIOD_CHOICES, presetDays, type PeriodChoice, type PeriodFormValues } from './period-choice';

interface PeriodFormProps {
  values: PeriodFormValues;
  onChange(values: PeriodFormValues): void;
  options: FilterOptionsDto | null;
  today: IsoDate;
  /** Shown under the dates once the report was asked for with an invalid period. */
  errors: { from?: string; to?: string };
  loading: boolean;
  onSubmit(): void;
}

/** The period (a preset or two dates) and the filters of the period report. */
export function PeriodForm({ values, onChange, options, today, errors, loading, onSubmit }: PeriodFormProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<PeriodFormValues>) => onChange({ ...values, ...patch });
  const lots = (options?.lots ?? []).filter((lot) => values.issuerId === null || lot.issuerId === values.issuerId);

  const choose = (choice: PeriodChoice) => {
    // Switching to custom dates starts from the period shown until then.
    if (choice === 'personnalisee') set({ choice, ...formPeriod(values, today) });
    else set({ choice });
  };

  const chooseIssuer = (issuerId: string | null) => {
    const lot = options?.lots.find((candidate) => candidate.id === values.lotId);
    set({ issuerId, lotId: lot && issuerId !== null && lot.issuerId !== issuerId ? null : values.lotId });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('reports.period.formLabel')}>
      <Stack gap="md">
        <Radio.Group label={t('reports.period.choice')} value={values.choice} onChange={(value) => choose(value as PeriodChoice)} size="md">
          <Group gap="lg" mt="xs">
            {PERIOD_CHOICES.map((choice) => (
              <Radio key={choice} value={choice} size="md" label={choice === 'personnalisee' ? t('reports.period.choices.personnalisee') : t('reports.period.presetLabel', { name: t(`reports.period.choices.${choice}`), period: periodText(presetDays(choice, today)) })} />
            ))}
          </Group>
        </Radio.Group>
        {values.choice === 'personnalisee' ? (
          <Group align="flex-start" gap="md">
            <TextInput type="date" size="md" label={t('reports.period.from')} value={values.from} error={errors.from} onChange={(event) => set({ from: event.currentTarget.value })} required />
            <TextInput type="date" size="md" label={t('reports.period.to')} value={values.to} error={errors.to} onChange={(event) => set({ to: event.currentTarget.value })} required />
          </Group>
        ) : null}
        <Group align="flex-end" gap="md">
          <Select
            size="md"
            w={260}
            label={t('reports.filters.issuer')}
            placeholder={t('reports.filters.allIssuers')}
            data={(options?.issuers ?? []).map((issuer) => ({ value: issuer.id, label: issuer.label }))}
            value={values.issuerId}
            onChange={chooseIssuer}
            clearable
            clearButtonProps={{ 'aria-label': t('reports.filters.clearIssuer') }}
          />
          <Select
            size="md"
            w={260}
            label={t('reports.filters.lot')}
            placeholder={t('reports.filters.allLots')}
            data={lots.map((lot) => ({ value: lot.id, label: lot.label }))}
            value={values.lotId}
            onChange={(lotId) => set({ lotId })}
            nothingFoundMessage={t('reports.filters.noLot')}
            clearable
            clearButtonProps={{ 'aria-label': t('reports.filters.clearLot') }}
          />
          <Select
            size="md"
            w={260}
            label={t('reports.filters.service')}
            placeholder={t('reports.filters.allServices')}
            data={(options?.services ?? []).map((service) => ({ value: service.id, label: service.label }))}
            value={values.serviceId}
            onChange={(serviceId) => set({ serviceId })}
            clearable
            clearButtonProps={{ 'aria-label': t('reports.filters.clearService') }}
          />
        </Group>
        <Group>
          <Button type="submit" size="md" loading={loading} leftSection={<IconChartBar aria-hidden />}>
            {t('reports.period.show')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
