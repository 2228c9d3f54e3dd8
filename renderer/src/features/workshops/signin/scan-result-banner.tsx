import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconArrowBackUp, IconBarcode, IconCircleCheck, IconCircleX, IconRepeat, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { personName } from '../../beneficiaries/search/person-label';
import { HubNote } from './hub-note';
import type { SignInBannerState } from './use-sign-in';

/** Filled shades that keep white text above 4.5:1 (AA), whatever its size. */
const BACKGROUNDS = {
  present: 'var(--mantine-color-green-9)',
  refused: 'var(--mantine-color-red-9)',
  duplicate: 'var(--mantine-color-blue-9)',
  declined: 'var(--mantine-color-gray-8)',
} as const;

type Tone = keyof typeof BACKGROUNDS;

function Filled({ tone, icon: ToneIcon, headline, children }: { tone: Tone; icon: Icon; headline: string; children?: ReactNode }) {
  return (
    <Paper p="xl" radius="lg" data-outcome={tone} style={{ background: BACKGROUNDS[tone], color: 'white', minHeight: 220 }}>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <ToneIcon size={88} stroke={2} aria-hidden style={{ flexShrink: 0 }} />
        <Stack gap="xs">
          <Text component="p" m={0} fw={800} lh={1.1} style={{ fontSize: '3rem' }}>
            {headline}
          </Text>
          {children}
        </Stack>
      </Group>
    </Paper>
  );
}

function Line({ children, strong }: { children: ReactNode; strong?: boolean }) {
  return (
    <Text component="p" m={0} fw={strong ? 800 : 700} style={{ fontSize: strong ? '2.25rem' : '1.5rem', overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  );
}

function Outcome({ banner }: { banner: SignInBannerState }) {
  const { t } = useTranslation();
  if (banner.kind === 'declined') {
    return (
      <Filled tone="declined" icon={IconArrowBackUp} headline={t('signin.scan.declined')}>
        <Line>{t('signin.scan.declinedText')}</Line>
      </Filled>
    );
  }
  if (banner.kind === 'failed') {
    return (
      <Filled tone="refused" icon={IconAlertTriangle} headline={t('signin.scan.failed')}>
        <Line>{banner.message}</Line>
      </Filled>
    );
  }
  const { result } = banner;
  switch (result.outcome) {
    case 'present':
      // The hub says the pass was used at another site first: red, while the person is still at the door.
      if (result.hub?.status === 'conflict') {
        return (
          <Filled tone="refused" icon={IconAlertOctagon} headline={t('signin.hub.conflict')}>
            <Line strong>{personName(result.booking)}</Line>
            {result.passNumber ? <Line>{t('signin.scan.passNumber', { number: result.passNumber })}</Line> : null}
            <Line>{result.hub.message}</Line>
            <Line>{t('signin.hub.conflictText')}</Line>
          </Filled>
        );
      }
      return (
        <Filled tone="present" icon={IconCircleCheck} headline={t('signin.scan.present')}>
          <Line strong>{personName(result.booking)}</Line>
          {result.passNumber ? <Line>{t('signin.scan.passNumber', { number: result.passNumber })}</Line> : null}
          {result.passesMissing > 0 ? <Line>{t('signin.scan.passesMissing', { count: result.passesMissing })}</Line> : null}
          {result.added ? <Line>{t('signin.scan.added')}</Line> : null}
          {result.booking.overCapacity ? <Line>{t('signin.list.overCapacity')}</Line> : null}
          {result.hub ? <HubNote hub={result.hub} /> : null}
        </Filled>
      );
    case 'refused':
      return (
        <Filled tone="refused" icon={IconCircleX} headline={t('signin.scan.refused')}>
          <Line>{result.message}</Line>
        </Filled>
      );
    case 'duplicate':
      return (
        <Filled tone="duplicate" icon={IconRepeat} headline={t('signin.scan.duplicate')}>
          <Line>{result.message}</Line>
        </Filled>
      );
    case 'confirm':
      // Asked in the confirmation dialog, never shown here.
      return null;
  }
}

function isAlarming(banner: SignInBannerState | null): boolean {
  if (banner === null) return false;
  if (banner.kind === 'failed') return true;
  if (banner.kind !== 'result') return false;
  const { result } = banner;
  return result.outcome === 'refused' || (result.outcome === 'present' && result.hub?.status === 'conflict');
}

/**
 * The outcome of the last sign-in, readable from the queue: colour, a large icon and a large word (never the colour
 * alone). It stays until the next one. Refusals are in an alert region, the rest in a polite status region; both
 * regions are always present so that screen readers announce what appears in them.
 */
export function ScanResultBanner({ banner, busy, passRequired }: { banner: SignInBannerState | null; busy: boolean; passRequired: boolean }) {
  const { t } = useTranslation();
  const alarming = isAlarming(banner);
  const idle = (
    <Paper withBorder p="xl" radius="lg" data-outcome="idle" style={{ minHeight: 220, borderWidth: 3, borderStyle: 'dashed' }}>
      <Group wrap="nowrap" gap="lg">
        <IconBarcode size={72} aria-hidden style={{ flexShrink: 0 }} />
        <Text fw={700} style={{ fontSize: '1.75rem' }}>
          {busy ? t('signin.scan.busy') : passRequired ? t('signin.scan.idle') : t('signin.scan.idleNoPass')}
        </Text>
      </Group>
    </Paper>
  );
  return (
    <div data-testid="signin-banner">
      <div role="status" aria-live="polite" aria-atomic="true">
        {banner && !alarming ? <Outcome key={banner.id} banner={banner} /> : null}
      </div>
      <div role="alert" aria-atomic="true">
        {banner && alarming ? <Outcome key={banner.id} banner={banner} /> : null}
      </div>
      {banner ? null : idle}
    </div>
  );
}
