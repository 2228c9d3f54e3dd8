import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Approval, PendingConfirmation } from './use-sign-in';

/**
 * What the backend asks the agent to confirm before a sign-in counts (a pass of another person, a seat over
 * capacity). Enter confirms (the focused « Confirmer » submits the form), Escape or « Refuser » refuses. A seat over
 * capacity needs a referent: when the agent is not one, a referent types their login and password here.
 */
export function ConfirmSignInDialog({
  pending,
  busy,
  needsReferent,
  onConfirm,
  onDecline,
}: {
  pending: PendingConfirmation | null;
  busy: boolean;
  /** The agent may not seat a person over capacity alone. */
  needsReferent: boolean;
  onConfirm(approval: Approval | null): void;
  onDecline(): void;
}) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const approval = needsReferent && pending?.confirmation === 'surnombre';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!approval) return onConfirm(null);
    onConfirm({ login, password });
    setPassword('');
  };
  return (
    <Modal
      opened={pending !== null}
      onClose={onDecline}
      title={t('signin.confirm.title')}
      size="xl"
      centered
      withCloseButton={false}
      // An answer is needed: a click beside the dialog must not refuse for the agent.
      closeOnClickOutside={false}
      styles={{
        title: { fontSize: '2rem', fontWeight: 800 },
        content: { borderTop: '12px solid var(--mantine-color-orange-6)' },
      }}
    >
      <form onSubmit={submit} noValidate data-testid="signin-confirm">
        <Stack gap="lg">
          <Group wrap="nowrap" align="flex-start" gap="md">
            <IconAlertTriangle size={64} color="var(--mantine-color-orange-9)" aria-hidden style={{ flexShrink: 0 }} />
            <Text fw={700} style={{ fontSize: '1.5rem' }}>
              {pending?.message}
            </Text>
          </Group>
          {approval ? (
            <Stack gap="sm">
              <Text fw={700}>{t('signin.confirm.referentNeeded')}</Text>
              <TextInput size="lg" label={t('signin.confirm.referentLogin')} autoComplete="off" required value={login} onChange={(event) => setLogin(event.currentTarget.value)} data-autofocus />
              <PasswordInput size="lg" label={t('signin.confirm.referentPassword')} autoComplete="off" required value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
            </Stack>
          ) : null}
          <Text>{t('signin.confirm.keys')}</Text>
          <Group grow gap="md">
            <Button type="submit" size="xl" color="#9c4200" leftSection={<IconCheck aria-hidden />} loading={busy} data-autofocus={approval ? undefined : true}>
              {t('signin.confirm.confirm')}
            </Button>
            <Button type="button" size="xl" variant="default" leftSection={<IconX aria-hidden />} onClick={onDecline}>
              {t('signin.confirm.refuse')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
