import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FilterOptionsDto } from '../../../../../electron/common/contract';
import { filtersText, periodText } from '../../../../../electron/common/documents/period-report-document';
import { ErrorAlert } from '../../errors/error-alert';
import { filterNames, type PeriodQuery } from '../period/period-choice';
import { useExport, type ExportInput } from '../period/use-export';

const KINDS = ['activities', 'redemptions', 'stock'] as const;
type ExportKind = (typeof KINDS)[number];

interface ExportsTabProps {
  /** The period and filters chosen in the report tab; null while that period is invalid. */
  query: PeriodQuery | null;
  options: FilterOptionsDto | null;
  threshold: number | null;
}

/** « Exports »: the activities (La Coop's columns), the redeemed passes and the stock, as CSV or XLSX. */
export function ExportsTab({ query, options, threshold }: ExportsTabProps) {
  const { t } = useTranslation();
  const exporter = useExport();

  const request = (kind: ExportKind, format: 'csv' | 'xlsx'): ExportInput | null => {
    if (kind === 'stock') return { kind, format };
    return query ? { kind, format, period: query.period, filters: query.filters } : null;
  };

  const save = (kind: ExportKind, format: 'csv' | 'xlsx') => {
    const input = request(kind, format);
    if (input) void exporter.run(`${kind}-${format}`, input);
  };

  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t('reports.exports.title')}
      </Title>
      {query ? (
        <Paper withBorder p="md" radius="md">
          <Text fw={700}>{t('reports.exports.period', { period: periodText(query.period) })}</Text>
          <Text>{filtersText(filterNames(query.filters, options))}</Text>
          <Text size="md">{t('reports.exports.changeHint')}</Text>
        </Paper>
      ) : (
        <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('reports.exports.invalidPeriod')}
        </Alert>
      )}
      <Text>{threshold === null ? t('reports.actions.noteNoThreshold') : t('reports.actions.note', { threshold })}</Text>
      <ErrorAlert error={exporter.error} />
      {KINDS.map((kind) => (
        <Paper key={kind} withBorder p="lg" radius="md" component="section" aria-labelledby={`exports-${kind}`}>
          <Stack gap="sm">
            <Title order={3} size="h4" id={`exports-${kind}`}>
              {t(`reports.exports.${kind}.title`)}
            </Title>
            <Text>{t(`reports.exports.${kind}.text`)}</Text>
            <Group gap="sm">
              {(['csv', 'xlsx'] as const).map((format) => (
                <Button
                  key={format}
                  size="md"
                  variant="default"
                  leftSection={format === 'csv' ? <IconFileText aria-hidden /> : <IconFileSpreadsheet aria-hidden />}
                  loading={exporter.busy === `${kind}-${format}`}
                  disabled={exporter.busy !== null || request(kind, format) === null}
                  onClick={() => save(kind, format)}
                >
                  {t(`reports.exports.${kind}.${format}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
