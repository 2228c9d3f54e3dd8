import { useCallback, useEffect, useRef, useState } from 'react';
import type { BilanDto } from '../../../../../electron/common/contract';
import type { BilanAnswers } from '../../../../../electron/common/domain/bilans/needs-grid';
import { useClient } from '../../../app/client-context';
import { useDraftState } from '../../../app/draft-store';
import { toClientError, type ClientError } from '../../../transport';
import { cleanAnswers } from './answer-text';

/** A changed draft is saved by itself this long after the last change. */
export const AUTOSAVE_MS = 4000;

interface BilanDraft {
  id: string | undefined;
  answers: BilanAnswers;
  dirty: boolean;
}

/**
 * The answers being typed, kept in memory across the lock screen, saved as a draft by the button or a few
 * seconds after a change, and completed once.
 */
export function useBilanEditor(beneficiaryId: string, existing: BilanDto | null) {
  const client = useClient();
  const key = existing ? `bilan:${existing.id}` : `bilan:new:${beneficiaryId}`;
  const [draft, setDraft, forget] = useDraftState<BilanDraft>(key, () => ({
    id: existing?.id,
    answers: existing?.answers ?? {},
    dirty: false,
  }));
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const latest = useRef(draft);
  latest.current = draft;

  const answer = useCallback(
    (code: string, value: BilanAnswers[string] | undefined) => {
      setDraft((current) => {
        const answers = { ...current.answers };
        if (value === undefined) delete answers[code];
        else answers[code] = value;
        return { ...current, answers, dirty: true };
      });
    },
    [setDraft],
  );

  const saveDraft = useCallback(async (): Promise<BilanDto | null> => {
    const snapshot = latest.current;
    setSaving(true);
    try {
      const saved = await client.call('bilans.save-draft', { id: snapshot.id, beneficiaryId, answers: cleanAnswers(snapshot.answers) });
      // Changes typed while saving stay marked as not saved.
      setDraft((current) => ({ ...current, id: saved.id, dirty: current.answers !== snapshot.answers }));
      setSavedAt(new Date());
      setError(null);
      return saved;
    } catch (caught) {
      setError(toClientError(caught));
      return null;
    } finally {
      setSaving(false);
    }
  }, [beneficiaryId, client, setDraft]);

  const complete = useCallback(async (): Promise<BilanDto | null> => {
    const snapshot = latest.current;
    setSaving(true);
    try {
      const done = await client.call('bilans.complete', { id: snapshot.id, beneficiaryId, answers: cleanAnswers(snapshot.answers) });
      forget();
      setError(null);
      return done;
    } catch (caught) {
      setError(toClientError(caught));
      return null;
    } finally {
      setSaving(false);
    }
  }, [beneficiaryId, client, forget]);

  // Autosave: a few seconds after the last change.
  useEffect(() => {
    if (!draft.dirty || saving) return undefined;
    const timer = setTimeout(() => void saveDraft(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [draft, saving, saveDraft]);

  return { answers: draft.answers, id: draft.id, dirty: draft.dirty, answer, saveDraft, complete, saving, savedAt, error };
}
