import { Table, Text } from '@mantine/core';

export interface ReportColumn {
  label: string;
  align: 'left' | 'right';
}

interface ReportTableProps {
  caption: string;
  columns: readonly ReportColumn[];
  /** Formatted cells; the first one names the row. */
  rows: ReadonlyArray<readonly string[]>;
  /** A bold last row (totals). */
  footer?: readonly string[];
  /** Said instead of an empty table. */
  empty?: string;
  testId?: string;
}

/**
 * A table of figures on screen, like its A4 version (the day close, the period report): a caption, column headers,
 * the first cell of each row as its header, numbers on the right, an optional total row. An empty table is replaced
 * by a sentence saying so.
 */
export function ReportTable({ caption, columns, rows, footer, empty, testId }: ReportTableProps) {
  if (rows.length === 0 && empty) {
    return (
      <Text data-testid={testId}>
        <strong>{caption}</strong> : {empty}
      </Text>
    );
  }
  const align = (index: number) => columns[index]?.align ?? 'left';
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped withTableBorder fz="md" verticalSpacing="xs" captionSide="top" data-testid={testId}>
        <Table.Caption ta="left" fw={700} c="var(--mantine-color-text)">
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.label} scope="col" ta={column.align}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, rowIndex) => (
            <Table.Tr key={`${rowIndex}-${row[0] ?? ''}`}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <Table.Th key={index} scope="row" fw={400}>
                    {cell}
                  </Table.Th>
                ) : (
                  <Table.Td key={index} ta={align(index)} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {cell}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {footer ? (
          <Table.Tfoot>
            <Table.Tr>
              {footer.map((cell, index) =>
                index === 0 ? (
                  <Table.Th key={index} scope="row">
                    {cell}
                  </Table.Th>
                ) : (
                  <Table.Td key={index} ta={align(index)} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {cell}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          </Table.Tfoot>
        ) : null}
      </Table>
    </Table.ScrollContainer>
  );
}
