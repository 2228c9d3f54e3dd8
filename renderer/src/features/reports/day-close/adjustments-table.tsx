import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdjustmentDto } from '../../../../../electron/common/contract';
import { figureValue, frenchInstant } from '../../../../../electron/common/documents/report-text';
import { frenchDate } from '../../../../../electron/common/domain/passes/paris-date';
import { dayClosePath } from '../../../app/routes';

/**
 * The corrections of closed days, one row per corrected figure: the figure, what the close said, what the data
 * says now, when the difference was found, and the close that reported it. With `showDay`, the corrected day
 * too, as a link to its own close.
 */
export function AdjustmentsTable({ caption, adjustments, showDay, empty, testId }: { caption: string; adjustments: readonly AdjustmentDto[]; showDay: boolean; empty: string; testId: string }) {
  const { t } = useTranslation();
  if (adjustments.length === 0) {
    return (
      <Text data-testid={testId}>
        <Text component="span" fw={700}>
          {caption}
        </Text>{' '}
        : {empty}
      </Text>
    );
  }
  // One row per corrected figure; the corrected day is written once per correction, across its rows.
  const rows = adjustments.flatMap((adjustment) => adjustment.changes.map((change, index) => ({ adjustment, change, first: index === 0 })));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder fz="md" verticalSpacing="xs" captionSide="top" data-testid={testId}>
        <Table.Caption style={{ textAlign: 'left', fontWeight: 700, fontSize: 'var(--mantine-font-size-md)', color: 'inherit' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {showDay ? <Table.Th scope="col">{t('close.adjustments.day')}</Table.Th> : null}
            <Table.Th scope="col">{t('close.adjustments.figure')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('close.adjustments.before')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('close.adjustments.after')}
            </Table.Th>
            <Table.Th scope="col">{t('close.adjustments.detectedAt')}</Table.Th>
            <Table.Th scope="col">{t('close.adjustments.reportedIn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ adjustment, change, first }) => (
            <Table.Tr key={`${adjustment.id}-${change.key}`}>
              {showDay && first ? (
                <Table.Td rowSpan={adjustment.changes.length} style={{ verticalAlign: 'top' }}>
                  <Anchor component={Link} to={dayClosePath(adjustment.date)}>
                    {frenchDate(adjustment.date)}
                  </Anchor>
                </Table.Td>
              ) : null}
              <Table.Th scope="row" fw={400}>
                {change.label}
              </Table.Th>
              <Table.Td ta="right">{figureValue(change.key, change.before)}</Table.Td>
              <Table.Td ta="right" fw={700}>
                {figureValue(change.key, change.after)}
              </Table.Td>
              <Table.Td>{frenchInstant(adjustment.detectedAt)}</Table.Td>
              <Table.Td>{adjustment.reportedInSeq === null ? t('close.adjustments.notYetReported') : adjustment.reportedInSeq}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
