import { Anchor, Button, Group, Loader, Stack } from '@mantine/core';
import { IconArrowLeft, IconBan, IconDoorEnter, IconLock, IconPencil, IconPrinter, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { BookingDto } from '../../../../../electron/common/contract';
import { holdsSeat } from '../../../../../electron/common/domain/workshops/statuses';
import { useBackendEvent, useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { useLoaded } from '../../../app/use-loaded';
import { signInPath } from '../../../app/routes';
import { toClientError, type ClientError } from '../../../transport';
import { canCall } from '../../auth/access';
import { useOpenSession } from '../../auth/session-context';
import { printHtml } from '../../devices/browser-print';
import { ErrorAlert } from '../../errors/error-alert';
import { attendanceSheetHtml } from '../signin/attendance-sheet-html';
import { SessionFormModal } from '../session-form/session-form-modal';
import { ActivityRecord } from './activity-record';
import { BookPersonModal } from './book-person-modal';
import { BookedSection } from './booked-section';
import { PromotedAlert } from './booking-feedback';
import { CallListSection } from './call-list-section';
import { CancelBookingModal } from './cancel-booking-modal';
import { CancelSessionModal } from './cancel-session-modal';
import { CloseSessionModal } from './close-session-modal';
import { SessionHeader } from './session-header';
import { isOpen } from './session-text';
import { useSlipReprint } from './use-booking-actions';
import { WaitingSection } from './waiting-section';

type Dialog = 'book' | 'edit' | 'cancel' | 'close' | null;

/**
 * One session (`/ateliers/:id`): its details and seats, the people booked and waiting, booking and cancelling,
 * and for facilitators editing, cancelling (then the list of people to call), closing (then the activity record)
 * and the door's sign-in.
 */
export function SessionPage() {
  const { t } = useTranslation();
  const client = useClient();
  const openSession = useOpenSession();
  const role = openSession.agent.role;
  const { id = '' } = useParams();
  const [actionError, setActionError] = useState<ClientError | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  // A new dialog (empty fields) each time one is opened.
  const [dialogKey, setDialogKey] = useState(0);
  const [cancelling, setCancelling] = useState<BookingDto | null>(null);
  const [promoted, setPromoted] = useState<BookingDto | null>(null);
  const { printing, reprintSlip } = useSlipReprint(setActionError);

  const { data: detail, error, reload, setData: setDetail } = useLoaded(useCallback(() => client.call('workshops.get', { id }), [client, id]));

  useBackendEvent('workshops.changed', (payload) => {
    if (payload.sessionId === id) void reload();
  });

  const openDialog = (next: Exclude<Dialog, null>) => {
    setDialogKey((key) => key + 1);
    setDialog(next);
  };

  /** The A4 attendance sheet, to print before the session (people sign on paper) or after it. */
  const printSheet = async () => {
    if (!detail) return;
    setActionError(null);
    try {
      await printHtml(attendanceSheetHtml(t, detail, openSession.site.name, new Date()));
    } catch (caught) {
      setActionError(toClientError(caught));
    }
  };

  if (!detail) return error ? <ErrorAlert error={error} /> : <Loader aria-label={t('app.loading')} />;

  const { session, bookings, activity } = detail;
  const open = isOpen(session);
  const seated = bookings.filter((booking) => holdsSeat(booking.status));
  const waiting = bookings.filter((booking) => booking.status === 'liste-attente').sort((a, b) => (a.waitPosition ?? 0) - (b.waitPosition ?? 0));
  const toCall = bookings.filter((booking) => booking.status === 'a-venir' || booking.status === 'liste-attente');
  const pending = bookings.filter((booking) => booking.status === 'a-venir');

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/ateliers" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft aria-hidden size={18} />
          {t('session.page.back')}
        </Group>
      </Anchor>
      <SessionHeader session={session} />
      <Group gap="sm" role="group" aria-label={t('session.actions.label')}>
        {open && canCall(role, 'bookings.create') ? (
          <Button size="md" leftSection={<IconUserPlus aria-hidden />} onClick={() => openDialog('book')}>
            {t('session.actions.book')}
          </Button>
        ) : null}
        {open && canCall(role, 'signin.scan') ? (
          <Button component={Link} to={signInPath(session.id)} size="md" variant="light" leftSection={<IconDoorEnter aria-hidden />}>
            {t('session.actions.signIn')}
          </Button>
        ) : null}
        {session.status !== 'annulee' ? (
          <Button size="md" variant="default" leftSection={<IconPrinter aria-hidden />} onClick={() => void printSheet()}>
            {t('signin.page.print')}
          </Button>
        ) : null}
        {open && canCall(role, 'workshops.update') ? (
          <Button size="md" variant="default" leftSection={<IconPencil aria-hidden />} onClick={() => openDialog('edit')}>
            {t('session.actions.edit')}
          </Button>
        ) : null}
        {open && canCall(role, 'workshops.close') ? (
          <Button size="md" variant="default" leftSection={<IconLock aria-hidden />} onClick={() => openDialog('close')}>
            {t('session.actions.close')}
          </Button>
        ) : null}
        {open && canCall(role, 'workshops.cancel') ? (
          <Button size="md" variant="light" color="red" leftSection={<IconBan aria-hidden />} onClick={() => openDialog('cancel')}>
            {t('session.actions.cancel')}
          </Button>
        ) : null}
      </Group>
      {promoted ? <PromotedAlert booking={promoted} onClose={() => setPromoted(null)} /> : null}
      <ErrorAlert error={actionError ?? error} />
      {session.status === 'annulee' ? <CallListSection session={session} bookings={toCall} /> : null}
      {activity ? <ActivityRecord activity={activity} /> : null}
      <BookedSection bookings={seated} open={open} printing={printing} onCancel={setCancelling} onReprint={(booking) => void reprintSlip(booking.id)} />
      <WaitingSection bookings={waiting} open={open} onRemove={setCancelling} />

      <CancelBookingModal
        booking={cancelling}
        session={session}
        onClose={() => setCancelling(null)}
        onCancelled={(result) => {
          setCancelling(null);
          setPromoted(result.promoted);
          notifySuccess(cancelling?.status === 'liste-attente' ? t('session.confirmCancel.doneWaiting') : t('session.confirmCancel.done'));
          void reload();
        }}
      />
      <BookPersonModal key={`book-${dialogKey}`} session={session} opened={dialog === 'book'} onClose={() => setDialog(null)} onBooked={() => void reload()} />
      {canCall(role, 'workshops.update') ? (
        <SessionFormModal
          key={`edit-${dialogKey}`}
          opened={dialog === 'edit'}
          session={session}
          onClose={() => setDialog(null)}
          onSaved={(result) => {
            setDialog(null);
            if (result.mode === 'updated') setDetail(result.detail);
            else void reload();
          }}
        />
      ) : null}
      {canCall(role, 'workshops.cancel') ? (
        <CancelSessionModal
          key={`cancel-${dialogKey}`}
          session={session}
          opened={dialog === 'cancel'}
          onClose={() => setDialog(null)}
          onCancelled={(next) => {
            setDialog(null);
            setDetail(next);
            notifySuccess(t('session.cancelSession.done'));
          }}
        />
      ) : null}
      {canCall(role, 'workshops.close') ? (
        <CloseSessionModal
          key={`close-${dialogKey}`}
          session={session}
          pending={pending}
          opened={dialog === 'close'}
          onClose={() => setDialog(null)}
          onClosed={(next) => {
            setDialog(null);
            setDetail(next);
            notifySuccess(t('session.close.done'));
          }}
        />
      ) : null}
    </Stack>
  );
}
