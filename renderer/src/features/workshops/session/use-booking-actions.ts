import { useCallback } from 'react';
import type { BookingResultDto, CancelBookingDto, Input } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
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
