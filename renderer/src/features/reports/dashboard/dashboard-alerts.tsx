import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconInfoCircle, IconReceipt2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlertDto } from '../../../../../electron/common/contract';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';
import { dayClosePath } from '../../../app/routes';

const LOOK = {
  info: { color: 'blue', Icon: IconInfoCircle },
  warning: { color: 'orange', Icon: IconAlertTriangle },
  danger: { color: 'red', Icon: IconAlertOctagon },
} as const;

/**
 * The dashboard's alerts, most urgent first as the backend orders them. The level is said in words (the alert's
 * title) and by an icon as well as by the colour. A day left open links to its close.
 */
export function DashboardAlerts({ alerts }: { alerts: readonly AlertDto[] }) {
  const { t } = useTranslation();
  if (alerts.length === 0) return <Text>{t('close.dashboard.noAlerts')}</Text>;
  return (
    <Stack gap="sm" data-testid="dashboard-alerts">
      {alerts.map((alert, index) => {
        const { color, Icon } = LOOK[alert.level];
        return (
          <Alert key={`${alert.kind}-${alert.date ?? index}`} color={color} variant="light" icon={<Icon aria-hidden />} title={t(`close.dashboard.levels.${alert.level}`)} role="status">
            <Stack gap="xs" align="flex-start">
              <Text>{alert.message}</Text>
              {alert.kind === 'jour-non-clos' && alert.date ? (
                <Button
                  component={Link}
                  to={dayClosePath(alert.date)}
                  size="md"
                  color={color}
                  leftSection={<IconReceipt2 aria-hidden />}
                  aria-label={t('close.dashboard.closeDayLabel', { date: longFrenchDate(alert.date) })}
                >
                  {t('close.dashboard.closeDay')}
                </Button>
              ) : null}
            </Stack>
          </Alert>
        );
      })}
    </Stack>
  );
}
