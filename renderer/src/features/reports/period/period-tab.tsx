import { Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterOptionsDto, PeriodReportDto } from '../../../../../electron/common/contract';
import type { IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { ErrorAlert } from '../../errors/error-alert';
import { formPeriod, formQuery, periodErrors, type PeriodFormValues, type PeriodQuery } from './period-choice';
import { PeriodForm } from './period-form';
import { PeriodResults } from './period-results';

interface PeriodTabProps {
  values: PeriodFormValues;
  onChange(values: PeriodFormValues): void;
  options: FilterOptionsDto | null;
  threshold: number | null;
  today: IsoDate;
}

/** « Rapport de période »: choose the period and filters, then read, print or export the report. */
export function PeriodTab({ values, onChange, options, threshold, today }: PeriodTabProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [shown, setShown] = useState<{ report: PeriodReportDto; query: PeriodQuery } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [checked, setChecked] = useState(false);
  const errors = checked ? periodErrors(formPeriod(values, today)) : {};

  const show = async () => {
    setChecked(true);
    const query = formQuery(values, today);
    if (!query) return;
    setLoading(true);
    setError(null);
    try {
      const report = await client.call('reports.period', query);
      setShown({ report, query });
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setLoading(false);
    }
  };

  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t('reports.period.title')}
      </Title>
      <Text>{t('reports.period.intro')}</Text>
      <PeriodForm values={values} onChange={onChange} options={options} today={today} errors={errors} loading={loading} onSubmit={() => void show()} />
      <ErrorAlert error={error} />
      {loading && !shown ? <Loader aria-label={t('app.loading')} /> : null}
      {shown ? <PeriodResults report={shown.report} query={shown.query} threshold={threshold} /> : loading ? null : <Text>{t('reports.period.notYet')}</Text>}
    </Stack>
  );
}
