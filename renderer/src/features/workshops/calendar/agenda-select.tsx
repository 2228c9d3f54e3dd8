import { NativeSelect } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../app/client-context';

interface Facilitator {
  id: string;
  displayName: string;
}

/** « Agenda » : the whole place, or one agent's sessions and individual appointments. */
export function AgendaSelect({ value, onChange }: { value: string | null; onChange(facilitatorId: string | null): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [facilitators, setFacilitators] = useState<Facilitator[]>([]);

  useEffect(() => {
    let live = true;
    client.call('workshops.facilitators', {}).then(
      (found) => {
        if (live) setFacilitators(found);
      },
      // Without the list, the calendar still shows the whole place.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client]);

  return (
    <NativeSelect
      size="md"
      label={t('workshops.calendar.agenda')}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      data={[{ value: '', label: t('workshops.calendar.wholePlace') }, ...facilitators.map((f) => ({ value: f.id, label: f.displayName }))]}
      maw={360}
    />
  );
}
