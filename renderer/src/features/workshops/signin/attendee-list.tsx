import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconClock, IconClockExclamation, IconHourglass, IconUserCheck, IconUserOff, IconUserX, type Icon } from '@tabler/icons-react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../../../electron/common/contract';
import { BOOKING_STATUS_LABELS, type BookingStatus } from '../../../../../electron/common/domain/workshops/statuses';
import { personName } from '../../beneficiaries/search/person-label';
import { BOOKING_STATUS_COLORS } from '../session/booking-status-colors';
import { byName } from './session-format';

/** The status's icon; its colour is the session page's (one colour per status, dark enough for white text). */
const STATUS_ICONS: Record<BookingStatus, Icon> = {
  'a-venir': IconClock,
  'liste-attente': IconHourglass,
  present: IconCircleCheck,
  'absent-excuse': IconUserOff,
  absent: IconUserX,
  annule: IconUserX,
};

export interface AttendeeActions {
  /** The session takes sign-ins (neither cancelled nor closed). */
  open: boolean;
  /** « C’est cette personne »: the next scanned pass is checked against this person (sessions with passes). */
  onExpect?(booking: BookingDto): void;
  expectedId: string | null;
  /** « Présent·e » by name (sessions without passes). */
  onMarkPresent?(booking: BookingDto): void;
  /** « Absent·e » / « Absent·e excusé·e » for a person still « à venir ». */
  onMarkAbsent?(booking: BookingDto, excused: boolean): void;
  /** The booking whose change is being sent. */
  busyId: string | null;
}

/** What a row needs of the list: flags that decide its buttons, and handlers that never change identity. */
interface RowProps {
  booking: BookingDto;
  expected: boolean;
  busy: boolean;
  open: boolean;
  canExpect: boolean;
  canMarkPresent: boolean;
  canMarkAbsent: boolean;
  handlers: Required<Pick<AttendeeActions, 'onExpect' | 'onMarkPresent' | 'onMarkAbsent'>>;
}

/** Two versions of a booking that look the same on the row (a reload brings new objects for unchanged people). */
function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.booking;
  const y = b.booking;
  return (
    x.id === y.id &&
    x.status === y.status &&
    x.nom === y.nom &&
    x.prenom === y.prenom &&
    x.waitPosition === y.waitPosition &&
    x.overCapacity === y.overCapacity &&
    x.passNumbers.join() === y.passNumbers.join() &&
    x.passesToConfirm.join() === y.passesToConfirm.join() &&
    a.expected === b.expected &&
    a.busy === b.busy &&
    a.open === b.open &&
    a.canExpect === b.canExpect &&
    a.canMarkPresent === b.canMarkPresent &&
    a.canMarkAbsent === b.canMarkAbsent &&
    a.handlers === b.handlers
  );
}

/** One person; memoised, so that a scan re-renders the row that changed, not the 200 others. */
const AttendeeRow = memo(function AttendeeRow({ booking, expected, busy, open, canExpect, canMarkPresent, canMarkAbsent, handlers }: RowProps) {
  const { t } = useTranslation();
  const name = personName(booking);
  const StatusIcon = STATUS_ICONS[booking.status];
  const nameId = `signin-row-${booking.id}`;
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      aria-labelledby={nameId}
      data-testid="signin-row"
      style={expected ? { outline: '4px solid var(--mantine-color-blue-8)', outlineOffset: -2 } : undefined}
    >
      <Group justify="space-between" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Text fw={800} size="xl" id={nameId}>
            {name}
          </Text>
          <Group gap="xs">
            <Badge size="lg" variant="filled" color={BOOKING_STATUS_COLORS[booking.status]} leftSection={<StatusIcon size={16} aria-hidden />}>
              {BOOKING_STATUS_LABELS[booking.status]}
            </Badge>
            {booking.status === 'liste-attente' && booking.waitPosition !== null ? <Text fw={700}>{t('signin.list.rank', { position: booking.waitPosition })}</Text> : null}
            {booking.overCapacity ? <Text fw={700}>{t('signin.list.overCapacity')}</Text> : null}
            {expected ? (
              <Badge size="lg" variant="outline" color="blue.9">
                {t('signin.expected.picked')}
              </Badge>
            ) : null}
          </Group>
          {booking.passNumbers.length > 0 ? <Text>{t('signin.list.passes', { numbers: booking.passNumbers.join(', ') })}</Text> : null}
          {booking.passesToConfirm.length > 0 ? (
            <Badge size="lg" color="yellow.3" c="dark.9" leftSection={<IconClockExclamation size={16} aria-hidden />} data-testid="pass-to-confirm">
              {t('signin.list.toConfirm', { numbers: booking.passesToConfirm.join(', ') })}
            </Badge>
          ) : null}
        </Stack>
        {open ? (
          <Group gap="sm">
            {canExpect ? (
              <Button
                size="lg"
                variant={expected ? 'filled' : 'light'}
                leftSection={<IconUserCheck aria-hidden />}
                aria-pressed={expected}
                aria-label={t('signin.expected.pickLabel', { name })}
                onClick={() => handlers.onExpect(booking)}
              >
                {t('signin.expected.pick')}
              </Button>
            ) : null}
            {canMarkPresent && booking.status !== 'present' ? (
              <Button
                size="lg"
                color={BOOKING_STATUS_COLORS.present}
                leftSection={<IconCircleCheck aria-hidden />}
                aria-label={t('signin.list.markPresentLabel', { name })}
                onClick={() => handlers.onMarkPresent(booking)}
              >
                {t('signin.list.markPresent')}
              </Button>
            ) : null}
            {canMarkAbsent && booking.status === 'a-venir' ? (
              <>
                <Button
                  size="lg"
                  variant="default"
                  leftSection={<IconUserX aria-hidden />}
                  disabled={busy}
                  aria-label={t('signin.list.markAbsentLabel', { name })}
                  onClick={() => handlers.onMarkAbsent(booking, false)}
                >
                  {t('signin.list.markAbsent')}
                </Button>
                <Button
                  size="lg"
                  variant="default"
                  leftSection={<IconUserOff aria-hidden />}
                  disabled={busy}
                  aria-label={t('signin.list.markExcusedLabel', { name })}
                  onClick={() => handlers.onMarkAbsent(booking, true)}
                >
                  {t('signin.list.markExcused')}
                </Button>
              </>
            ) : null}
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}, sameRow);

export interface AttendeeGroup {
  key: 'toCome' | 'present' | 'absent' | 'waiting';
  bookings: BookingDto[];
}

/** The people of the session in the order the door needs them: still to come, present, absent, waiting list. */
export function groupAttendees(bookings: readonly BookingDto[]): AttendeeGroup[] {
  const of = (...statuses: BookingStatus[]) => bookings.filter((booking) => statuses.includes(booking.status));
  const waiting = of('liste-attente').sort((a, b) => (a.waitPosition ?? Infinity) - (b.waitPosition ?? Infinity) || byName(a, b));
  return [
    { key: 'toCome' as const, bookings: of('a-venir').sort(byName) },
    { key: 'present' as const, bookings: of('present').sort(byName) },
    { key: 'absent' as const, bookings: of('absent', 'absent-excuse').sort(byName) },
    { key: 'waiting' as const, bookings: waiting },
  ].filter((group) => group.bookings.length > 0);
}

/** The people booked, waiting, present or absent, each in a large row with what can be done for them. */
export function AttendeeList({ bookings, actions }: { bookings: readonly BookingDto[]; actions: AttendeeActions }) {
  const { t } = useTranslation();
  const groups = useMemo(() => groupAttendees(bookings), [bookings]);
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  const handlers = useMemo<RowProps['handlers']>(
    () => ({
      onExpect: (booking) => latest.current.onExpect?.(booking),
      onMarkPresent: (booking) => latest.current.onMarkPresent?.(booking),
      onMarkAbsent: (booking, excused) => latest.current.onMarkAbsent?.(booking, excused),
    }),
    [],
  );
  if (groups.length === 0) return <Text size="lg">{t('signin.list.none')}</Text>;
  return (
    <Stack gap="lg">
      {groups.map((group) => (
        <Stack gap="sm" key={group.key} component="section" aria-labelledby={`signin-group-${group.key}`}>
          <Title order={3} id={`signin-group-${group.key}`}>
            {t(`signin.list.groups.${group.key}`, { count: group.bookings.length })}
          </Title>
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {group.bookings.map((booking) => (
              <AttendeeRow
                key={booking.id}
                booking={booking}
                expected={actions.expectedId === booking.beneficiaryId}
                busy={actions.busyId === booking.id}
                open={actions.open}
                canExpect={actions.onExpect !== undefined}
                canMarkPresent={actions.onMarkPresent !== undefined}
                canMarkAbsent={actions.onMarkAbsent !== undefined}
                handlers={handlers}
              />
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}
