import { Box, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScanHandler, type Scan } from '../scanning/scan-bus';

/**
 * The last scan received, with its symbology and source. It takes the scans itself, so that a scan re-renders this
 * box only, not the trial zone's field and title.
 */
function LastScan() {
  const { t } = useTranslation();
  const [last, setLast] = useState<Scan | null>(null);

  useScanHandler((scan) => {
    setLast(scan);
    return 'accepted';
  });

  return (
    <Box
      p="md"
      maw={720}
      data-testid="last-scan"
      style={{ border: '2px solid var(--mantine-color-gray-5)', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Text fw={700} mb={4} id="last-scan-title">
        {t('devices.scanner.lastScan')}
      </Text>
      {last ? (
        <Table variant="vertical" withRowBorders={false} fz="md" aria-labelledby="last-scan-title" layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w={140}>{t('devices.scanner.code')}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all', fontFamily: 'monospace', fontSize: 'var(--mantine-font-size-lg)' }}>{last.code}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('devices.scanner.symbology')}</Table.Th>
              <Table.Td>{last.symbology ?? t('devices.scanner.unknownSymbology')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('devices.scanner.source')}</Table.Th>
              <Table.Td>{t(`devices.scanner.sources.${last.source}`)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      ) : (
        <Text>{t('devices.scanner.noScanYet')}</Text>
      )}
    </Box>
  );
}

/**
 * « Zone d’essai »: while the devices page is open, every scan lands here, whichever scanner sent it, with its
 * symbology and source. The field shows that a keyboard-wedge scan does not stay in a text field.
 */
export function ScanTrial() {
  const { t } = useTranslation();
  const [text, setText] = useState('');

  return (
    <Stack gap="sm" component="section" aria-labelledby="scan-trial-title">
      <Title order={3} id="scan-trial-title">
        {t('devices.scanner.trialTitle')}
      </Title>
      <TextInput
        label={t('devices.scanner.trialLabel')}
        description={t('devices.scanner.trialHelp')}
        autoComplete="off"
        spellCheck={false}
        maw={560}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <LastScan />
    </Stack>
  );
}
