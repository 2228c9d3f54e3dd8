import { Button, Group } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatusDto } from '../../../../electron/common/contract';
import { EnrollForm } from './enroll-form';

/**
 * Administrators: the enrollment form, open when the desk has no hub, and on demand (« Relier à un autre hub ») when
 * it is enrolled or was withdrawn. Closing the form gives the focus back to the button that opened it.
 */
export function EnrollSection({ status, onEnrolled }: { status: SyncStatusDto; onEnrolled(status: SyncStatusDto): void }) {
  const { t } = useTranslation();
  const needed = status.state === 'not-configured';
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    if (open || needed || !refocus.current) return;
    refocus.current = false;
    opener.current?.focus();
  }, [open, needed]);

  const close = () => {
    refocus.current = true;
    setOpen(false);
  };

  if (needed || open) {
    return (
      <EnrollForm
        autoFocus={open}
        onCancel={needed ? undefined : close}
        onEnrolled={(next) => {
          close();
          onEnrolled(next);
        }}
      />
    );
  }
  return (
    <Group>
      <Button ref={opener} variant="default" size="md" leftSection={<IconLink aria-hidden />} onClick={() => setOpen(true)}>
        {t('sync.enroll.open')}
      </Button>
    </Group>
  );
}
