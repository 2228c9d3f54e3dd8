import { Button, Group, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInEnd } from './use-sign-in';

/**
 * « Numéro du pass » for a code the scanner cannot read: the same sign-in as a scan. The agent was typing, so the
 * field gets the focus back after the result (emptied when the number was taken, selected when it was refused);
 * scans never move the focus.
 */
export function ManualPassForm({ onSubmit }: { onSubmit(code: string): Promise<SignInEnd> }) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = code.trim();
    if (!typed) {
      field.current?.focus();
      return;
    }
    const end = await onSubmit(typed);
    if (end === 'superseded') return;
    if (end === 'present' || end === 'conflict' || end === 'duplicate' || end === 'confirm') setCode('');
    // A confirmation dialog has the focus now; it gives it back to the field when it closes.
    if (end === 'confirm') return;
    field.current?.focus();
    if (end === 'refused' || end === 'failed') field.current?.select();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          ref={field}
          style={{ flex: 1 }}
          size="lg"
          label={t('signin.manual.label')}
          description={t('signin.manual.help')}
          value={code}
          maxLength={80}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setCode(event.currentTarget.value)}
        />
        <Button type="submit" size="lg" leftSection={<IconCheck aria-hidden />}>
          {t('signin.manual.submit')}
        </Button>
      </Group>
    </form>
  );
}
