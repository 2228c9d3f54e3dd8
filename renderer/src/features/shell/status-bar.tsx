import { Flex, Group, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleOff,
  IconCloudUpload,
  IconMapPin,
  IconUser,
  type Icon,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type DeviceState, type SessionDto, type StatusDto } from '../../../../electron/common/contract';
import { useStatus } from './use-status';

const DEVICE_ICONS: Record<DeviceState['state'], { icon: Icon; color: string }> = {
  ok: { icon: IconCircleCheck, color: 'green.9' },
  absent: { icon: IconCircleOff, color: 'gray.7' },
  unavailable: { icon: IconAlertTriangle, color: 'orange.9' },
  error: { icon: IconAlertTriangle, color: 'red.9' },
};

function Item({ icon: ItemIcon, color, children }: { icon: Icon; color?: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" component="li">
      <Text c={color} span lh={0}>
        <ItemIcon aria-hidden size={20} />
      </Text>
      <Text span size="sm">
        {children}
      </Text>
    </Group>
  );
}

function uploadText(t: TFunction, upload: StatusDto['upload']): string {
  const parts: string[] = [t(`shell.status.upload.${upload.state}`)];
  if (upload.pending > 0) parts.push(t('shell.status.upload.pending', { count: upload.pending }));
  if (upload.lastSuccessAt) {
    const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(upload.lastSuccessAt));
    parts.push(t('shell.status.upload.lastSuccess', { date }));
  }
  return parts.join(' — ');
}

/** The status bar: who is signed in, where, and the state of scanner, printer and upload — in words, not colours. */
export function StatusBar({ session }: { session: SessionDto }) {
  const { t } = useTranslation();
  const { status, failed } = useStatus();
  const scanner = status ? DEVICE_ICONS[status.scanner.state] : null;
  const printer = status ? DEVICE_ICONS[status.printer.state] : null;

  return (
    <Flex
      component="ul"
      aria-label={t('shell.status.label')}
      columnGap="lg"
      rowGap={4}
      wrap="wrap"
      align="center"
      px="md"
      py={6}
      m={0}
      style={{ listStyle: 'none' }}
    >
      <Item icon={IconUser}>
        {t('shell.status.agent', { name: session.agent.displayName, role: ROLE_LABELS[session.agent.role] })}
      </Item>
      <Item icon={IconMapPin}>{t('shell.status.site', { name: session.site.name })}</Item>
      {status && scanner && printer ? (
        <>
          <Item icon={scanner.icon} color={scanner.color}>
            {t('shell.status.scanner', { state: t(`shell.status.device.${status.scanner.state}`), label: status.scanner.label })}
          </Item>
          <Item icon={printer.icon} color={printer.color}>
            {t('shell.status.printer', { state: t(`shell.status.device.${status.printer.state}`), label: status.printer.label })}
          </Item>
          <Item icon={IconCloudUpload}>{uploadText(t, status.upload)}</Item>
        </>
      ) : (
        <Item icon={IconAlertTriangle}>{failed ? t('shell.status.unknown') : t('shell.status.loading')}</Item>
      )}
    </Flex>
  );
}
