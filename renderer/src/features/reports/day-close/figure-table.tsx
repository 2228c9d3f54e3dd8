import { Table, Text } from '@mantine/core';

export interface FigureColumn {
  label: string;
  numeric?: boolean;
}

/**
 * A small table of figures with its caption, the first cell of each row as its header, numbers aligned right, and
 * an optional total row. An empty table is replaced by a sentence saying so.
 */
export function FigureTable({
  caption,
  columns,
  rows,
  footer,
  empty,
  testId,
}: {
  caption: string;
  columns: readonly FigureColumn[];
  rows: ReadonlyArray<readonly string[]>;
  footer?: readonly string[];
  empty: string;
  testId?: string;
}) {
  const align = (index: number) => (columns[index]?.numeric ? 'right' : 'left');
  if (rows.length === 0) {
    return (
      <Text data-testid={testId}>
        <Text component="span" fw={700}>
          {caption}
        </Text>{' '}
        : {empty}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table withTableBorder fz="md" verticalSpacing="xs" captionSide="top" data-testid={testId}>
        <Table.Caption style={{ textAlign: 'left', fontWeight: 700, fontSize: 'var(--mantine-font-size-md)', color: 'inherit' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) => (
              <Table.Th key={column.label} scope="col" ta={align(index)}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, rowIndex) => (
            <Table.Tr key={rowIndex}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <Table.Th key={index} scope="row" fw={400}>
                    {cell}
                  </Table.Th>
                ) : (
                  <Table.Td key={index} ta={align(index)}>
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
                  <Table.Td key={index} ta={align(index)} fw={700}>
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
