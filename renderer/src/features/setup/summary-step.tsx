import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { communeLabel } from './commune-label';
import type { SetupValues } from './setup-form';

export function SummaryStep({ values }: { values: SetupValues }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('setup.summary.site'), values.siteName.trim()],
    [t('setup.summary.kind'), values.kind ? t(`setup.site.kinds.${values.kind}`) : ''],
    [t('setup.summary.commune'), values.commune ? communeLabel(t, values.commune) : ''],
    [t('setup.summary.admin'), `${values.displayName.trim()} (${values.login.trim().toLowerCase()})`],
  ];
  return (
    <Stack gap="md">
      <Text>{t('setup.summary.intro')}</Text>
      <Table variant="vertical" withTableBorder fz="md" layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200} scope="row">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
