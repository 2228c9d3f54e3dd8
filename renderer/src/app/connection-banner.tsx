import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConnection } from './client-context';

/** Shown over every screen while the connection to the backend is being re-established. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { state } = useConnection();
  if (state !== 'reconnecting') return null;
  return (
    <Alert
      role="alert"
      color="orange"
      variant="light"
      icon={<Loader size="sm" color="orange.9" aria-hidden />}
      style={{ position: 'fixed', top: 12, left: '50%', transform: 'translateX(-50%)', zIndex: 1000, maxWidth: '90vw' }}
      styles={{
        root: { backgroundColor: 'var(--mantine-color-orange-1)', border: '2px solid var(--mantine-color-orange-9)' },
        message: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 700 },
      }}
    >
      {t('app.connectionLost')}
    </Alert>
  );
}
