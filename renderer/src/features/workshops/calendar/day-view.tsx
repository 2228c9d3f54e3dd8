import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionSummaryDto } from '../../../../../electron/common/contract';
import { thematiqueLabel, WORKSHOP_LEVEL_LABELS } from '../../../../../electron/common/domain/workshops/coop';
import { sessionPath } from '../../../app/routes';
import { SEATS_COLORS, endTime, seatsText, seatsTone } from './session-state';

const DaySession = memo(function DaySession({ session }: { session: SessionSummaryDto }) {
  const { t } = useTranslation();
  const tone = seatsTone(session);
  const titleId = `day-session-${session.id}`;
  const details = [
    t(`workshops.session.kinds.${session.kind}`),
    t('workshops.session.service', { name: session.serviceName }),
    session.room === '' ? t('workshops.session.noRoom') : t('workshops.session.room', { room: session.room }),
    ...(session.passRequired ? [] : [t('workshops.session.noPass')]),
  ];
  const topics = [...(session.level ? [WORKSHOP_LEVEL_LABELS[session.level]] : []), ...session.themes.map(thematiqueLabel)];
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId} style={{ borderLeft: `6px solid ${SEATS_COLORS[tone]}` }} data-testid="calendar-session">
      <Stack gap={4}>
        <Title order={3} size="h4" id={titleId}>
          <Anchor component={Link} to={sessionPath(session.id)} inherit td={tone === 'cancelled' ? 'line-through' : undefined}>
            {t('workshops.session.hours', { start: session.startTime, end: endTime(session) })} · {session.title}
          </Anchor>
        </Title>
        <Text fw={700} c={SEATS_COLORS[tone]}>
          {seatsText(t, session)}
        </Text>
        <Text>{details.join(' · ')}</Text>
        {topics.length > 0 ? <Text c="dimmed">{topics.join(' · ')}</Text> : null}
        <Text>{session.facilitatorName ? t('workshops.session.facilitator', { name: session.facilitatorName }) : t('workshops.session.noFacilitator')}</Text>
        <Text>{t('workshops.session.counts', { booked: session.booked, capacity: session.capacity, present: session.present, waiting: session.waiting })}</Text>
        {session.cancelReason ? <Text>{t('workshops.session.cancelReason', { reason: session.cancelReason })}</Text> : null}
      </Stack>
    </Paper>
  );
});

/** One day: its sessions in time order, with the facilitator and the counts. */
export function DayView({ sessions }: { sessions: readonly SessionSummaryDto[] }) {
  const { t } = useTranslation();
  if (sessions.length === 0) return <Text>{t('workshops.calendar.noSessionDay')}</Text>;
  return (
    <Stack gap="sm" data-testid="calendar-day">
      {sessions.map((session) => (
        <DaySession key={session.id} session={session} />
      ))}
    </Stack>
  );
}
