import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LONG_NOTE, sensitiveWordsIn } from '../../../../../electron/common/domain/beneficiaries/sensitive-words';

/** A soft warning under the note when it seems to say too much (sensitive words, or long). Never blocks. */
export function NoteGuard({ note }: { note: string }) {
  const { t } = useTranslation();
  const words = sensitiveWordsIn(note);
  const long = note.length > LONG_NOTE;
  if (words.length === 0 && !long) return null;
  return (
    <Alert color="yellow" variant="light" role="status" icon={<IconAlertTriangle aria-hidden />} data-testid="note-guard">
      {words.length > 0 ? t('beneficiaries.fields.noteSensitive', { words: words.join(', ') }) : null}
      {words.length > 0 && long ? ' ' : null}
      {long ? t('beneficiaries.fields.noteLong') : null}
    </Alert>
  );
}
