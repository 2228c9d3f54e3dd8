import { Alert, Text } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DayReportDto } from '../../../../../electron/common/contract';
import { frenchInstant } from '../../../../../electron/common/documents/report-text';

/** Whether the day is still open (live figures) or closed (its number, when and by whom), in words and icon. */
export function DayCloseStatus({ report }: { report: DayReportDto }) {
  const { t } = useTranslation();
  const { close } = report;
  if (close) {
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconLock aria-hidden />}
        title={t('close.status.closedTitle', { seq: close.seq, instant: frenchInstant(close.closedAt), name: close.closedByName })}
        data-testid="day-close-status"
        role="status"
        styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <Text>{t('close.status.closedText')}</Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconLockOpen aria-hidden />}
      title={t('close.status.openTitle')}
      data-testid="day-close-status"
      role="status"
      styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Text>{t('close.status.openText', { instant: frenchInstant(report.generatedAt) })}</Text>
    </Alert>
  );
}
