import { useEffect, useRef, useState } from 'react';
import type { DuplicateCandidateDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';

export const DUPLICATE_CHECK_DEBOUNCE_MS = 300;

export interface DuplicateProbe {
  nom: string;
  prenom: string;
  phone: string;
  email: string;
  excludeId?: string;
}

/** Probable duplicates of what is typed so far (two matching clues at least, decided by the backend). */
export function useDuplicateCheck(probe: DuplicateProbe): DuplicateCandidateDto[] {
  const client = useClient();
  const [candidates, setCandidates] = useState<DuplicateCandidateDto[]>([]);
  const sequence = useRef(0);
  const nom = probe.nom.trim().slice(0, 80);
  const prenom = probe.prenom.trim().slice(0, 80);
  const phone = probe.phone.trim().slice(0, 30);
  const email = probe.email.trim().slice(0, 254);
  const { excludeId } = probe;

  useEffect(() => {
    const current = ++sequence.current;
    const clues = [nom, prenom, phone, email].filter(Boolean).length;
    if (clues < 2) {
      setCandidates([]);
      return undefined;
    }
    const timer = setTimeout(() => {
      client
        .call('beneficiaries.check-duplicates', { nom, prenom, phone: phone || null, email: email || null, excludeId })
        .then(
          (found) => {
            if (current === sequence.current) setCandidates(found);
          },
          () => undefined,
        );
    }, DUPLICATE_CHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, nom, prenom, phone, email, excludeId]);

  return candidates;
}
