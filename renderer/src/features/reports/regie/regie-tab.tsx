import { Button, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterOptionsDto, RegieStatementDto } from '../../../../../electron/common/contract';
import { formatCount } from '../../../../../electron/common/documents/a4-document';
import type { IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import { frenchMonth } from '../../../../../electron/common/domain/reports/periods';
import { formatEuros } from '../../../../../electron/common/receipts/format';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { ErrorAlert } from '../../errors/error-alert';
import { RegieActions } from './regie-actions';
import { previousMonth, regieMonths } from './regie-months';
import { RegieTable } from './regie-table';

/** « État de régie »: the passes of one issuer redeemed in a month, for the régisseur. */
export function RegieTab({ options, today }: { options: FilterOptionsDto | null; today: IsoDate }) {
  const { t } = useTranslation();
  const client = useClient();
  const months = useMemo(() => regieMonths(today), [today]);
  const [month, setMonth] = useState(() => previousMonth(today));
  const [issuerId, setIssuerId] = useState<string | null>(null);
  const [issuerError, setIssuerError] = useState<string | undefined>();
  const [statement, setStatement] = useState<RegieStatementDto | null>(null);
  const [page, setPage] = useState(1);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const issuers = options?.issuers ?? [];

  // A single issuer needs no choosing.
  useEffect(() => {
    if (issuers.length === 1 && issuerId === null) setIssuerId(issuers[0]?.id ?? null);
  }, [issuers, issuerId]);

  const show = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (issuerId === null) {
      setIssuerError(t('reports.regie.issuerRequired'));
      return;
    }
    setIssuerError(undefined);
    setLoading(true);
    setError(null);
    try {
      setStatement(await client.call('reports.regie', { month, issuerId }));
      setPage(1);
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setLoading(false);
    }
  };

  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t('reports.regie.title')}
      </Title>
      <Text>{t('reports.regie.intro')}</Text>
      <form onSubmit={(event) => void show(event)} noValidate aria-label={t('reports.regie.formLabel')}>
        <Group align="flex-start" gap="md">
          <Select size="md" w={240} label={t('reports.regie.month')} data={months} value={month} onChange={(value) => value && setMonth(value)} allowDeselect={false} />
          <Select
            size="md"
            w={280}
            label={t('reports.regie.issuer')}
            data={issuers.map((issuer) => ({ value: issuer.id, label: issuer.label }))}
            value={issuerId}
            onChange={(value) => {
              setIssuerId(value);
              if (value) setIssuerError(undefined);
            }}
            error={issuerError}
            required
            allowDeselect={false}
          />
          <Button type="submit" size="md" mt={28} loading={loading} leftSection={<IconListCheck aria-hidden />}>
            {t('reports.regie.show')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={error} />
      {loading && !statement ? <Loader aria-label={t('app.loading')} /> : null}
      {statement ? (
        <Stack gap="md" component="section" aria-labelledby="regie-result" data-testid="regie-statement">
          <Title order={3} id="regie-result">
            {t('reports.regie.resultTitle', { month: frenchMonth(statement.month), issuer: statement.issuerName })}
          </Title>
          <Paper withBorder p="md" radius="md">
            <Text fz="lg" fw={700}>
              {t('reports.regie.summary', { count: statement.count, passes: formatCount(statement.count), total: formatEuros(statement.totalCents, 'screen') })}
            </Text>
            <Text>{t('reports.regie.place', { site: statement.siteName, commune: statement.communeName })}</Text>
          </Paper>
          <RegieActions statement={statement} />
          <RegieTable statement={statement} page={page} onPage={setPage} />
        </Stack>
      ) : null}
    </Stack>
  );
}
