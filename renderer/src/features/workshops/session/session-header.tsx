import { Alert, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionSummaryDto } from '../../../../../electron/common/contract';
import { ACTIVITY_TYPE_LABELS, thematiqueLabel, WORKSHOP_LEVEL_LABELS } from '../../../../../electron/common/domain/workshops/coop';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';
import { SESSION_STATUS_LABELS, type SessionStatus } from '../../../../../electron/common/domain/workshops/statuses';
import { endTime } from './session-text';

/** Colours go with the status's label, never alone; dark enough for white text. */
const STATUS_COLORS: Record<SessionStatus, string> = { prevue: '#1c5a9c', annulee: '#a51d1d', close: '#495057' };

/** The session's title and what the agent needs at a glance: when, where, who, how many seats are left. */
export function SessionHeader({ session }: { session: SessionSummaryDto }) {
  const { t } = useTranslation();
  const facts: Array<string | null> = [
    t('session.page.service', { name: session.serviceName }),
    t('session.page.kind', { kind: ACTIVITY_TYPE_LABELS[session.kind] }),
    session.room ? t('session.page.room', { room: session.room }) : t('session.page.noRoom'),
    session.facilitatorName ? t('session.page.facilitator', { name: session.facilitatorName }) : t('session.page.noFacilitator'),
    session.themes.length > 0 ? t('session.page.themes', { themes: session.themes.map(thematiqueLabel).join(', ') }) : null,
    session.level ? t('session.page.level', { level: WORKSHOP_LEVEL_LABELS[session.level] }) : null,
    session.passRequired ? t('session.page.passes', { count: session.pricePasses }) : t('session.page.noPass'),
  ];
  const seats: Array<string | null> = [
    t('session.page.capacity', { count: session.capacity }),
    t('session.page.booked', { count: session.booked }),
    t('session.page.seatsLeft', { count: session.seatsLeft }),
    session.waiting > 0 ? t('session.page.waiting', { count: session.waiting }) : null,
  ];

  return (
    <Stack gap="sm" data-testid="session-header">
      <Title order={1}>{session.title}</Title>
      <Group gap="sm" align="center">
        <Text size="xl" fw={700}>
          {t('session.page.when', { date: longFrenchDate(session.date), start: session.startTime, end: endTime(session) })}
        </Text>
        <Badge size="lg" variant="filled" color={STATUS_COLORS[session.status]}>
          {t('session.page.status', { status: SESSION_STATUS_LABELS[session.status] })}
        </Badge>
      </Group>
      <Text size="lg" fw={700} data-testid="session-seats">
        {seats.filter(Boolean).join(' — ')}
      </Text>
      <List aria-label={t('session.page.details')} spacing={2}>
        {facts.map((fact) => (fact === null ? null : <List.Item key={fact}>{fact}</List.Item>))}
      </List>
      {session.status === 'annulee' ? (
        <Alert color="red" variant="light" data-testid="session-cancelled">
          <Text fw={700}>{session.cancelReason ? t('session.page.cancelled', { reason: session.cancelReason }) : t('session.page.cancelledNoReason')}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
