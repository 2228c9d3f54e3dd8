import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleOff, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeviceState } from '../../../../electron/common/contract';

/** Icon and colour of each device state; the state is always also said in words. */
export const DEVICE_STATE_ICONS: Readonly<Record<DeviceState['state'], { icon: Icon; color: string }>> = {
  ok: { icon: IconCircleCheck, color: 'green.9' },
  absent: { icon: IconCircleOff, color: 'gray.7' },
  unavailable: { icon: IconAlertTriangle, color: 'orange.9' },
  error: { icon: IconAlertTriangle, color: 'red.9' },
};

/** « État : prêt — Epson TM-T20 (192.168.1.50) », as the backend reports it. */
export function DeviceStateLine({ device }: { device: DeviceState }) {
  const { t } = useTranslation();
  const { icon: StateIcon, color } = DEVICE_STATE_ICONS[device.state];
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <Text c={color} span lh={0} mt={2}>
        <StateIcon aria-hidden size={24} />
      </Text>
      <Text fw={600}>
        {t('devices.state', { state: t(`shell.status.device.${device.state}`), label: device.label })}
      </Text>
    </Group>
  );
}
