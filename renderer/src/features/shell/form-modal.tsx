import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';

/**
 * The one dialog shape for short forms: a large title, the backend's error in French above the fields,
 * then Annuler and the submit button. Escape and Annuler close it; the first `data-autofocus` field gets focus.
 */
export function FormModal({
  opened,
  title,
  error,
  submitLabel,
  submitting,
  onSubmit,
  onClose,
  children,
}: {
  opened: boolean;
  title: string;
  error: ClientError | null;
  submitLabel: string;
  submitting: boolean;
  onSubmit(event?: FormEvent<HTMLFormElement>): void;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorAlert error={error} />
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
