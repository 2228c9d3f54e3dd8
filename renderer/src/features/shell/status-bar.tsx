import { Anchor, Flex, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconMapPin, IconUser, type Icon } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLE_LABELS, type DeviceState, type SessionDto, type StatusDto } from '../../../../electron/common/contract';
import { routeFor } from '../../app/routes';
import { DEVICE_STATE_ICONS } from '../devices/device-state-line';
import { useOptionalDevices } from '../devices/devices-context';
import { SYNC_STATE_LOOK } from '../sync/sync-state-look';
import { useStatus } from './use-status';

function Item({ icon: ItemIcon, color, strong, textColor, to, children }: { icon: Icon; color?: string; strong?: boolean; textColor?: string; to?: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" component="li">
      <Text c={color} span lh={0}>
        <ItemIcon aria-hidden size={20} />
      </Text>
      <Text span size="sm" fw={strong ? 700 : undefined} c={strong ? (textColor ?? color) : undefined}>
        {to ? (
          <Anchor component={Link} to={to} inherit c="inherit" underline="always">
            {children}
          </Anchor>
        ) : (
          children
        )}
      </Text>
    </Group>
  );
}

/** A device that needs the agent (paper out, cover open, unreachable): its line stands out, in bold. */
function needsAttention(device: DeviceState): boolean {
  return device.state === 'error' || device.state === 'unavailable';
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

/** The upload's state, linking to « Synchronisation »; in bold when the desk no longer reaches the hub. */
function UploadItem({ upload, text }: { upload: StatusDto['upload']; text: string }) {
  const look = SYNC_STATE_LOOK[upload.state];
  // Orange text is below AA on white: only the icon takes the state's colour, the words stay dark or red.
  const textColor = look.color.startsWith('red') ? look.color : 'inherit';
  return (
    <Item icon={look.icon} color={look.color} strong={look.attention} textColor={textColor} to={routeFor('sync').path}>
      {text}
    </Item>
  );
}

/**
 * The status bar: who is signed in, where, and the state of scanner, printer and upload — in words, not colours.
 * Devices come from `devices.state`/`devices.changed` when known, otherwise from `status.get`/`status.changed`;
 * the backend's labels already say why the print queue waits (paper out…) and how many tickets wait.
 */
export function StatusBar({ session }: { session: SessionDto }) {
  const { t } = useTranslation();
  const { status, failed } = useStatus();
  const devices = useOptionalDevices()?.devices ?? null;
  const scannerState = devices?.scanner ?? status?.scanner ?? null;
  const printerState = devices?.printer ?? status?.printer ?? null;
  const scanner = scannerState ? DEVICE_STATE_ICONS[scannerState.state] : null;
  const printer = printerState ? DEVICE_STATE_ICONS[printerState.state] : null;

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
      {scannerState && printerState && scanner && printer ? (
        <>
          <Item icon={scanner.icon} color={scanner.color} strong={needsAttention(scannerState)}>
            {t('shell.status.scanner', { label: scannerState.label })}
          </Item>
          <Item icon={printer.icon} color={printer.color} strong={needsAttention(printerState)}>
            {t('shell.status.printer', { label: printerState.label })}
          </Item>
          {status ? <UploadItem upload={status.upload} text={uploadText(t, status.upload)} /> : null}
        </>
      ) : (
        <Item icon={IconAlertTriangle}>{failed ? t('shell.status.unknown') : t('shell.status.loading')}</Item>
      )}
    </Flex>
  );
}
