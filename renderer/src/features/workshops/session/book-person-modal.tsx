import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeneficiarySummaryDto, SessionSummaryDto } from '../../../../../electron/common/contract';
import { toClientError, type ClientError } from '../../../transport';
import { ErrorAlert } from '../../errors/error-alert';
import { BookingResultAlert } from './booking-feedback';
import { BookingFormFields } from './booking-form-fields';
import { shortDate } from './session-text';
import { useBookingActions, type BookingOutcome } from './use-booking-actions';

/**
 * « Inscrire une personne »: find the person (arrow keys and Enter in the results), then « Inscrire ». The result
 * (booked or on the waiting list) stays shown while the agent books the next person.
 */
export function BookPersonModal({ session, opened, onClose, onBooked }: { session: SessionSummaryDto; opened: boolean; onClose(): void; onBooked(): void }) {
  const { t } = useTranslation();
  const { book } = useBookingActions();
  const [person, setPerson] = useState<BeneficiarySummaryDto | null>(null);
  const [printSlip, setPrintSlip] = useState(true);
  const [outcome, setOutcome] = useState<BookingOutcome | null>(null);
  const [error, setError] = useState<ClientError | string | null>(null);
  const [busy, setBusy] = useState(false);
  // A fresh search field after each booking.
  const [searchKey, setSearchKey] = useState(0);

  const close = () => {
    setPerson(null);
    setOutcome(null);
    setError(null);
    onClose();
  };

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (!person) {
      setError(t('session.book.choose'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setOutcome(await book({ sessionId: session.id, beneficiaryId: person.id, printSlip }));
      setPerson(null);
      setSearchKey((key) => key + 1);
      onBooked();
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('session.book.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text fw={700}>{t('session.book.session', { title: session.title, date: shortDate(session.date), time: session.startTime })}</Text>
          {session.seatsLeft === 0 ? (
            <Alert color="orange" variant="light">
              {t('session.book.full')}
            </Alert>
          ) : null}
          {outcome ? <BookingResultAlert outcome={outcome} /> : null}
          <ErrorAlert error={error} />
          <BookingFormFields
            person={person}
            onPersonChange={(picked) => {
              setError(null);
              setPerson(picked);
            }}
            searchLabel={t('session.book.search')}
            searchKey={searchKey}
            printSlip={printSlip}
            onPrintSlipChange={setPrintSlip}
            submitLabel={t('session.book.submit')}
            busy={busy}
            onClose={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
