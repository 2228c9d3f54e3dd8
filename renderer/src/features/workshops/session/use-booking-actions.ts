import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingResultDto, CancelBookingDto, Input } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { toClientError, type ClientError } from '../../../transport';
import { usePrintRequest } from '../../devices/use-print-request';

export interface BookingOutcome {
  result: BookingResultDto;
  /** The slip could not be completed (the booking is made anyway). */
  printError: ClientError | null;
}

/** Booking, cancelling and reprinting the slip, shared by the session page and the person's page. */
export function useBookingActions() {
  const client = useClient();
  const completePrint = usePrintRequest();

  const book = useCallback(
    async (input: Input<'bookings.create'>): Promise<BookingOutcome> => {
      const result = await client.call('bookings.create', input);
      try {
        for (const receipt of result.receipts) await completePrint(receipt);
        return { result, printError: null };
      } catch (caught) {
        return { result, printError: toClientError(caught) };
      }
    },
    [client, completePrint],
  );

  const cancel = useCallback((bookingId: string): Promise<CancelBookingDto> => client.call('bookings.cancel', { bookingId }), [client]);

  const reprint = useCallback(
    async (bookingId: string): Promise<void> => {
      await completePrint(await client.call('bookings.print-slip', { bookingId }));
    },
    [client, completePrint],
  );

  return { book, cancel, reprint };
}

/**
 * « Réimprimer le ticket » on a booking: which booking's slip is printing (for its button), and the reprint, which
 * says so when sent and hands an error to the page's error alert.
 */
export function useSlipReprint(onError: (error: ClientError | null) => void) {
  const { t } = useTranslation();
  const { reprint } = useBookingActions();
  const [printing, setPrinting] = useState<string | null>(null);

  const reprintSlip = async (bookingId: string) => {
    setPrinting(bookingId);
    onError(null);
    try {
      await reprint(bookingId);
      notifySuccess(t('session.booked.slipSent'));
    } catch (caught) {
      onError(toClientError(caught));
    } finally {
      setPrinting(null);
    }
  };

  return { printing, reprintSlip };
}
