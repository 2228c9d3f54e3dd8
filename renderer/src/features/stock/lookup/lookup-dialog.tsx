import { Button, Group, Loader, Modal, Stack, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LookupDto } from '../../../../../electron/common/contract';
import { ErrorAlert } from '../../errors/error-alert';
import { useScanHandler } from '../../scanning/scan-bus';
import type { LookupState } from './pass-lookup-context';
import { LookupResult } from './lookup-result';

/** The « Consulter un pass » dialog: a number field (a scan fills it), then what the number is. */
export function LookupDialog({
  state,
  onCodeChange,
  lookup,
  onClose,
}: {
  state: LookupState;
  onCodeChange(code: string): void;
  lookup(code: string): Promise<LookupDto | null>;
  onClose(): void;
}) {
  const { t } = useTranslation();

  // While the dialog is open, a scan looks the new number up here.
  useScanHandler(async (scan) => {
    const result = await lookup(scan.code);
    return result?.kind === 'not-found' ? 'refused' : 'accepted';
  }, state.opened);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void lookup(state.code).catch(() => undefined);
  };

  return (
    <Modal
      opened={state.opened}
      onClose={onClose}
      title={t('stock.lookup.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      <Stack gap="md">
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              size="lg"
              label={t('stock.lookup.code')}
              description={t('stock.lookup.codeHelp')}
              value={state.code}
              autoComplete="off"
              maxLength={80}
              data-autofocus
              onChange={(event) => onCodeChange(event.currentTarget.value)}
            />
            <Button type="submit" size="lg" leftSection={<IconSearch aria-hidden />} loading={state.busy}>
              {t('stock.lookup.submit')}
            </Button>
          </Group>
        </form>
        <ErrorAlert error={state.error} />
        {state.busy && !state.result ? <Loader aria-label={t('app.loading')} /> : null}
        {state.result ? <LookupResult result={state.result} onChanged={() => lookup(state.code)} onNavigate={onClose} /> : null}
      </Stack>
    </Modal>
  );
}
