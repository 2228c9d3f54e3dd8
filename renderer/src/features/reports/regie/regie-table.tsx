import { Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegieStatementDto } from '../../../../../electron/common/contract';
import { formatCount } from '../../../../../electron/common/documents/a4-document';
import { frenchDate } from '../../../../../electron/common/domain/passes/paris-date';
import { formatEuros } from '../../../../../electron/common/receipts/format';

/** Lines shown per page of the statement. */
export const REGIE_PAGE_SIZE = 100;

interface RegieTableProps {
  statement: RegieStatementDto;
  page: number;
  onPage(page: number): void;
}

/** The redeemed passes of the statement, 100 per page, with the count and total of the whole statement. */
export function RegieTable({ statement, page, onPage }: RegieTableProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(statement.lines.length / REGIE_PAGE_SIZE));
  const current = Math.min(page, pages);
  const start = (current - 1) * REGIE_PAGE_SIZE;
  const lines = statement.lines.slice(start, start + REGIE_PAGE_SIZE);
  const total = formatEuros(statement.totalCents, 'screen');
  if (statement.lines.length === 0) return <Text>{t('reports.regie.empty')}</Text>;
  const range = <Text size="md">{t('reports.regie.range', { first: formatCount(start + 1), last: formatCount(start + lines.length), total: formatCount(statement.lines.length) })}</Text>;
  const pagination =
    pages > 1 ? (
      <Group justify="flex-end" gap="sm">
        <Pagination
          size="lg"
          total={pages}
          value={current}
          onChange={onPage}
          aria-label={t('reports.regie.pages')}
          getItemProps={(item) => ({ 'aria-label': t('reports.regie.page', { page: item }), 'aria-current': item === current ? 'page' : undefined })}
          getControlProps={(control) => ({ 'aria-label': t(`reports.regie.controls.${control}`) })}
        />
      </Group>
    ) : null;
  return (
    <Stack gap="sm">
      {pages > 1 ? range : null}
      <Table.ScrollContainer minWidth={640}>
        <Table striped withTableBorder fz="md" verticalSpacing="xs" captionSide="top" data-testid="regie-lines">
          <Table.Caption ta="left" fw={700} c="var(--mantine-color-text)">
            {t('reports.regie.caption', { page: current, pages })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.regie.columns.passNumber')}</Table.Th>
              <Table.Th scope="col">{t('reports.regie.columns.date')}</Table.Th>
              <Table.Th scope="col">{t('reports.regie.columns.time')}</Table.Th>
              <Table.Th scope="col">{t('reports.regie.columns.service')}</Table.Th>
              <Table.Th scope="col">{t('reports.regie.columns.lot')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.regie.columns.value')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.passNumber}>
                <Table.Th scope="row" fw={400} ff="monospace">
                  {line.passNumber}
                </Table.Th>
                <Table.Td>{frenchDate(line.date)}</Table.Td>
                <Table.Td>{line.time}</Table.Td>
                <Table.Td>{line.serviceName}</Table.Td>
                <Table.Td>{line.lotReference}</Table.Td>
                <Table.Td ta="right">{formatEuros(line.valueCents, 'screen')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Td colSpan={5} fw={700}>
                {t('reports.regie.footer', { count: statement.count, passes: formatCount(statement.count) })}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {total}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {pagination}
    </Stack>
  );
}
