import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeneficiarySummaryDto, BookingElsewhereDto, PlaceDto } from '../../../../electron/common/contract';
import { frenchDate } from '../../../../electron/common/domain/passes/paris-date';
import { useClient } from '../../app/client-context';
import { toClientError, type ClientError } from '../../transport';
import { personName } from '../beneficiaries/search/person-label';
import { usePrintRequest } from '../devices/use-print-request';
import { ErrorAlert } from '../errors/error-alert';
import { BookingFormFields } from '../workshops/session/booking-form-fields';

type Workshop = PlaceDto['workshops'][number];

/**
 * « Inscrire une personne » in another place's workshop, through the hub: find the person, read what is shared with
 * that place (name, first name, phone — for this workshop only), then « Inscrire », which prints the person's slip
 * (where and when to go) unless unticked. Online only; the result (or why it could not be done) stays shown while the
 * agent books the next person.
 */
export function BookElsewhereModal({ place, workshop, onClose }: { place: PlaceDto; workshop: Workshop; onClose(): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [person, setPerson] = useState<BeneficiarySummaryDto | null>(null);
  const completePrint = usePrintRequest();
  const [printSlip, setPrintSlip] = useState(true);
  const [booked, setBooked] = useState<{ name: string; booking: BookingElsewhereDto; printError: ClientError | null } | null>(null);
  const [error, setError] = useState<ClientError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const [searchKey, setSearchKey] = useState(0);

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (!person) {
      setError(t('sync.bookElsewhere.choose'));
      return;
    }
    setBusy(true);
    setError(null);
    setBooked(null);
    try {
      const booking = await client.call('sync.book-elsewhere', { workshopId: workshop.id, beneficiaryId: person.id, printSlip });
      // The booking is made at the hub whatever happens to its slip.
      let printError: ClientError | null = null;
      try {
        for (const receipt of booking.receipts) await completePrint(receipt);
      } catch (caught) {
        printError = toClientError(caught);
      }
      setBooked({ name: personName(person), booking, printError });
      setPerson(null);
      setSearchKey((key) => key + 1);
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('sync.bookElsewhere.title', { site: place.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text fw={700}>{t('sync.bookElsewhere.workshop', { title: workshop.title, date: frenchDate(workshop.date), time: workshop.startTime })}</Text>
          <Alert color="blue" variant="light" title={t('sync.bookElsewhere.sharedTitle')}>
            {t('sync.bookElsewhere.shared', { site: place.name })}
          </Alert>
          {booked ? (
            <Alert color="green" variant="light" role="status" data-testid="booked-elsewhere">
              {booked.booking.seatsLeft === null
                ? t('sync.bookElsewhere.done', { name: booked.name, site: booked.booking.siteName })
                : t('sync.bookElsewhere.doneSeats', { name: booked.name, site: booked.booking.siteName, count: booked.booking.seatsLeft })}
              {booked.booking.receipts.length > 0 && !booked.printError ? ` ${t('sync.bookElsewhere.slipSent')}` : ''}
            </Alert>
          ) : null}
          {booked?.booking.warning ? (
            <Alert color="orange" variant="light" data-testid="booked-elsewhere-warning">
              {booked.booking.warning}
            </Alert>
          ) : null}
          {booked?.printError ? <ErrorAlert error={booked.printError} /> : null}
          <ErrorAlert error={error} />
          <BookingFormFields
            person={person}
            onPersonChange={(picked) => {
              setError(null);
              setPerson(picked);
            }}
            searchLabel={t('sync.bookElsewhere.search')}
            searchKey={searchKey}
            printSlip={printSlip}
            onPrintSlipChange={setPrintSlip}
            submitLabel={t('sync.bookElsewhere.submit')}
            busy={busy}
            onClose={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
