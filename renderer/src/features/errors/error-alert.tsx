import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ClientError } from '../../transport';

/** A backend or validation error, in French, announced by screen readers (role alert). */
export function ErrorAlert({ error }: { error: ClientError | string | null }) {
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
      {message}
    </Alert>
  );
}
