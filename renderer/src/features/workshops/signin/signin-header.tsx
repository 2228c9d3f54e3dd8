import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBan, IconLock, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionSummaryDto } from '../../../../../electron/common/contract';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';
import { SESSION_STATUS_LABELS } from '../../../../../electron/common/domain/workshops/statuses';
import { sessionPath } from '../../../app/routes';
import { HubDataAge } from '../../sync/hub-data-age';
import type { AttendanceCounts } from './session-format';
import { sessionTimeRange } from './session-format';

function Counter({ children, testId }: { children: string; testId: string }) {
  return (
    <Paper withBorder px="lg" py="sm" radius="md" data-testid={testId}>
      <Text fw={800} style={{ fontSize: '2rem' }} lh={1.2}>
        {children}
      </Text>
    </Paper>
  );
}

/** Which session this is, its counters from across the room, and whether it still takes sign-ins. */
export function SignInHeader({ session, counts, onPrint }: { session: SessionSummaryDto; counts: AttendanceCounts; onPrint(): void }) {
  const { t } = useTranslation();
  const { start, end } = sessionTimeRange(session);
  const facts: Array<string | null> = [
    t('signin.header.when', { date: longFrenchDate(session.date), start, end }),
    session.room ? t('signin.header.room', { room: session.room }) : null,
    t('signin.header.service', { service: session.serviceName }),
    session.facilitatorName ? t('signin.header.facilitator', { name: session.facilitatorName }) : null,
    session.passRequired ? t('signin.header.pricePasses', { count: session.pricePasses }) : t('signin.header.noPass'),
  ];
  const stopped = session.status !== 'prevue';

  return (
    <Stack gap="md" component="header">
      <Group justify="space-between" wrap="wrap">
        <Anchor component={Link} to={sessionPath(session.id)} size="lg" fw={700}>
          <Group gap={6} component="span" wrap="nowrap">
            <IconArrowLeft aria-hidden size={22} />
            {t('signin.page.back')}
          </Group>
        </Anchor>
        <Button size="lg" variant="light" leftSection={<IconPrinter aria-hidden />} onClick={onPrint}>
          {t('signin.page.print')}
        </Button>
      </Group>
      <Group gap="md" align="center">
        <Title order={1} style={{ fontSize: '2.5rem' }}>
          {t('signin.page.title', { title: session.title })}
        </Title>
        {stopped ? (
          <Badge size="xl" variant="filled" color={session.status === 'annulee' ? 'red.9' : 'gray.8'}>
            {SESSION_STATUS_LABELS[session.status]}
          </Badge>
        ) : null}
      </Group>
      <Text size="xl" fw={600}>
        {facts.filter((fact) => fact !== null).join(' — ')}
      </Text>
      <HubDataAge />
      {stopped ? (
        <Alert
          color={session.status === 'annulee' ? 'red' : 'gray'}
          variant="light"
          icon={session.status === 'annulee' ? <IconBan aria-hidden /> : <IconLock aria-hidden />}
          data-testid="signin-stopped"
        >
          <Text fw={800} size="xl">
            {session.status === 'annulee' ? t('signin.header.cancelled') : t('signin.header.closed')}
          </Text>
          {session.status === 'annulee' && session.cancelReason ? <Text size="lg">{t('signin.header.cancelReason', { reason: session.cancelReason })}</Text> : null}
        </Alert>
      ) : null}
      <Group gap="md">
        <Counter testId="signin-counter">{t('signin.header.counters', { present: counts.present, booked: counts.booked })}</Counter>
        <Counter testId="signin-seats">{counts.seatsLeft > 0 ? t('signin.header.seatsLeft', { count: counts.seatsLeft }) : t('signin.header.seatsNone')}</Counter>
        {counts.waiting > 0 ? <Counter testId="signin-waiting">{t('signin.header.waiting', { count: counts.waiting })}</Counter> : null}
      </Group>
    </Stack>
  );
}
