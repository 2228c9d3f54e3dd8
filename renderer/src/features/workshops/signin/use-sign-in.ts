import { useCallback, useEffect, useRef, useState } from 'react';
import type { BookingDto, Input, SignInResultDto } from '../../../../../electron/common/contract';
import type { SignInConfirmation } from '../../../../../electron/common/domain/workshops/signin-rule';
import { useClient } from '../../../app/client-context';
import { toClientError } from '../../../transport';

/** A sign-in as sent: a pass scanned or typed, or a person marked present by name. */
export type SignInRequest =
  | { method: 'signin.scan'; input: Input<'signin.scan'> }
  | { method: 'signin.mark-present'; input: Input<'signin.mark-present'> };

/** What the banner shows; `id` changes with every result, so that the same outcome twice is shown (and read) twice. */
export type SignInBannerState =
  | { id: number; kind: 'result'; result: SignInResultDto }
  /** The agent refused a confirmation: nothing was recorded. */
  | { id: number; kind: 'declined' }
  /** The call itself failed (connection lost, invalid number). */
  | { id: number; kind: 'failed'; message: string };

export interface PendingConfirmation {
  request: SignInRequest;
  confirmation: SignInConfirmation;
  message: string;
}

/**
 * How a sign-in ended, for the scan bus's tone and the typed-number field. `conflict`: present, but the hub answered
 * that the pass had already been used at another site (the error tone plays).
 */
export type SignInEnd = SignInResultDto['outcome'] | 'conflict' | 'failed' | 'superseded';

/** A referent's credentials typed at the door to seat a person over capacity. */
export type Approval = { login: string; password: string };

function withConfirmation(request: SignInRequest, confirmation: SignInConfirmation, approval: Approval | null): SignInRequest {
  const confirm = [...(request.input.confirm ?? []), confirmation];
  const extra = approval ? { confirm, approval } : { confirm };
  return request.method === 'signin.scan'
    ? { method: 'signin.scan', input: { ...request.input, ...extra } }
    : { method: 'signin.mark-present', input: { ...request.input, ...extra } };
}

/**
 * Sends sign-ins and keeps what the door screen shows: the latest result (straight from the call's answer, so the
 * screen does not wait for a reload) and the confirmation the backend asks for. A confirmed request is sent again
 * with every confirmation given so far (a second one may follow the first). A newer request supersedes an older
 * one still in flight and any confirmation left open.
 */
export function useSignIn({ onPresent, onSettled }: { onPresent(booking: BookingDto): void; onSettled(): void }) {
  const client = useClient();
  const [banner, setBanner] = useState<SignInBannerState | null>(null);
  const [pending, setPending] = useState<PendingConfirmation | null>(null);
  const [busy, setBusy] = useState(false);
  const sequence = useRef(0);
  const callbacks = useRef({ onPresent, onSettled });
  useEffect(() => {
    callbacks.current = { onPresent, onSettled };
  });

  const send = useCallback(
    async (request: SignInRequest): Promise<SignInEnd> => {
      const current = ++sequence.current;
      setPending(null);
      setBusy(true);
      try {
        const result =
          request.method === 'signin.scan' ? await client.call('signin.scan', request.input) : await client.call('signin.mark-present', request.input);
        if (result.outcome === 'present') callbacks.current.onPresent(result.booking);
        if (current !== sequence.current) return 'superseded';
        if (result.outcome === 'confirm') setPending({ request, confirmation: result.confirmation, message: result.message });
        else setBanner({ id: current, kind: 'result', result });
        return result.outcome === 'present' && result.hub?.status === 'conflict' ? 'conflict' : result.outcome;
      } catch (caught) {
        if (current !== sequence.current) return 'superseded';
        setBanner({ id: current, kind: 'failed', message: toClientError(caught).message });
        return 'failed';
      } finally {
        if (current === sequence.current) setBusy(false);
        callbacks.current.onSettled();
      }
    },
    [client],
  );

  const confirm = useCallback(
    (approval: Approval | null = null) => {
      if (!pending) return;
      void send(withConfirmation(pending.request, pending.confirmation, approval));
    },
    [pending, send],
  );

  const decline = useCallback(() => {
    if (!pending) return;
    sequence.current += 1;
    setPending(null);
    setBanner({ id: sequence.current, kind: 'declined' });
  }, [pending]);

  return { banner, pending, busy, send, confirm, decline };
}
