import { Box, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus, IconX } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { BeneficiarySummaryDto, BookingDto } from '../../../../../electron/common/contract';
import { OVER_CAPACITY_ROLES } from '../../../../../electron/common/domain/workshops/signin-rule';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { canCall } from '../../auth/access';
import { useOpenSession } from '../../auth/session-context';
import { personName } from '../../beneficiaries/search/person-label';
import { printHtml } from '../../devices/browser-print';
import { ErrorAlert } from '../../errors/error-alert';
import { useScanHandler } from '../../scanning/scan-bus';
import { AddPersonPanel } from './add-person-panel';
import { attendanceSheetHtml } from './attendance-sheet-html';
import { AttendeeList } from './attendee-list';
import { ConfirmSignInDialog } from './confirm-sign-in-dialog';
import { ManualPassForm } from './manual-pass-form';
import { ScanResultBanner } from './scan-result-banner';
import { attendanceCounts } from './session-format';
import { SignInHeader } from './signin-header';
import { useSignIn } from './use-sign-in';
import { useSignInSession } from './use-signin-session';

interface Expected {
  beneficiaryId: string;
  name: string;
}

/**
 * « Émargement »: the full-screen sign-in of one session, at the door. Each scanned (or typed) pass is checked,
 * used and the person marked present by the backend in one call; the outcome fills a large banner at once and the
 * list follows. Sessions without passes mark people present by name.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const client = useClient();
  const openSession = useOpenSession();
  const role = openSession.agent.role;
  const { id = '' } = useParams();
  const { detail, error, reload, applyBooking } = useSignInSession(id);
  const [expected, setExpected] = useState<Expected | null>(null);
  const [adding, setAdding] = useState(false);
  const [absentBusy, setAbsentBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ClientError | null>(null);

  const onPresent = useCallback(
    (booking: BookingDto) => {
      applyBooking(booking);
      // The selection was for this sign-in; the next person is another one.
      setExpected((current) => (current?.beneficiaryId === booking.beneficiaryId ? null : current));
    },
    [applyBooking],
  );
  const onSettled = useCallback(() => void reload(), [reload]);
  const signIn = useSignIn({ onPresent, onSettled });

  const scan = (code: string) =>
    signIn.send({ method: 'signin.scan', input: { sessionId: id, code, expectedBeneficiaryId: expected?.beneficiaryId ?? null, confirm: [] } });

  // Every scan while this screen is open is a sign-in; the error tone plays when it is refused, fails, or the hub
  // answers that the pass was already used at another site.
  useScanHandler(async (scanned) => {
    const end = await scan(scanned.code);
    return end === 'refused' || end === 'failed' || end === 'conflict' ? 'refused' : 'accepted';
  });

  const markPresent = (beneficiaryId: string) => {
    setActionError(null);
    void signIn.send({ method: 'signin.mark-present', input: { sessionId: id, beneficiaryId, confirm: [] } });
  };

  const markAbsent = async (booking: BookingDto, excused: boolean) => {
    setActionError(null);
    setAbsentBusy(booking.id);
    try {
      applyBooking(await client.call('signin.mark-absent', { bookingId: booking.id, excused }));
    } catch (caught) {
      setActionError(toClientError(caught));
    } finally {
      setAbsentBusy(null);
      void reload();
    }
  };

  const print = async () => {
    if (!detail) return;
    setActionError(null);
    try {
      await printHtml(attendanceSheetHtml(t, detail, openSession.site.name, new Date()));
    } catch (caught) {
      setActionError(toClientError(caught));
    }
  };

  const counts = useMemo(() => (detail ? attendanceCounts(detail.session.capacity, detail.bookings) : null), [detail]);

  if (!detail || !counts) {
    return (
      <Box component="main" p="xl">
        {error ? <ErrorAlert error={error} /> : <Loader aria-label={t('app.loading')} />}
      </Box>
    );
  }

  const { session } = detail;
  const open = session.status === 'prevue';
  const byName = !session.passRequired && canCall(role, 'signin.mark-present');

  return (
    <Box component="main" p="xl" mih="100vh">
      <Stack gap="xl">
        <SignInHeader session={session} counts={counts} onPrint={() => void print()} />
        <ErrorAlert error={error} />
        <ErrorAlert error={actionError} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
          <Stack gap="lg" component="section" aria-labelledby="signin-scan-title">
            <Title order={2} id="signin-scan-title">
              {t('signin.scan.title')}
            </Title>
            <ScanResultBanner banner={signIn.banner} busy={signIn.busy} passRequired={session.passRequired} />
            {expected ? (
              <Paper withBorder p="md" radius="md" data-testid="signin-expected" style={{ borderColor: 'var(--mantine-color-blue-8)', borderWidth: 3 }}>
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={800} size="xl">
                      {t('signin.expected.label', { name: expected.name })}
                    </Text>
                    <Text>{t('signin.expected.help')}</Text>
                  </Stack>
                  <Button size="lg" variant="default" leftSection={<IconX aria-hidden />} onClick={() => setExpected(null)}>
                    {t('signin.expected.clear')}
                  </Button>
                </Group>
              </Paper>
            ) : null}
            <ManualPassForm onSubmit={scan} />
          </Stack>
          <Stack gap="md" component="section" aria-labelledby="signin-list-title">
            <Group justify="space-between" wrap="wrap">
              <Title order={2} id="signin-list-title">
                {t('signin.list.title')}
              </Title>
              {open && byName && canCall(role, 'beneficiaries.search') && !adding ? (
                <Button size="lg" leftSection={<IconUserPlus aria-hidden />} onClick={() => setAdding(true)}>
                  {t('signin.add.open')}
                </Button>
              ) : null}
            </Group>
            {open && adding ? (
              <AddPersonPanel
                onClose={() => setAdding(false)}
                onPick={(person: BeneficiarySummaryDto) => {
                  setAdding(false);
                  markPresent(person.id);
                }}
              />
            ) : null}
            <AttendeeList
              bookings={detail.bookings}
              actions={{
                open,
                expectedId: expected?.beneficiaryId ?? null,
                busyId: absentBusy,
                onExpect: session.passRequired
                  ? (booking) =>
                      setExpected((current) =>
                        current?.beneficiaryId === booking.beneficiaryId ? null : { beneficiaryId: booking.beneficiaryId, name: personName(booking) },
                      )
                  : undefined,
                onMarkPresent: byName ? (booking) => markPresent(booking.beneficiaryId) : undefined,
                onMarkAbsent: canCall(role, 'signin.mark-absent') ? (booking, excused) => void markAbsent(booking, excused) : undefined,
              }}
            />
          </Stack>
        </SimpleGrid>
      </Stack>
      <ConfirmSignInDialog
        pending={signIn.pending}
        busy={signIn.busy}
        needsReferent={!OVER_CAPACITY_ROLES.includes(role)}
        onConfirm={signIn.confirm}
        onDecline={signIn.decline}
      />
    </Box>
  );
}
