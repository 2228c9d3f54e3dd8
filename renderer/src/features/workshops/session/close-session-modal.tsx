import { Checkbox, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto, Input, SessionDetailDto, SessionSummaryDto } from '../../../../../electron/common/contract';
import { AUTONOMY_LABELS, AUTONOMY_LEVELS, COOP_REDIRECTIONS, type AutonomyLevel } from '../../../../../electron/common/domain/workshops/coop';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { personName } from '../../beneficiaries/search/person-label';
import { FormModal } from '../../shell/form-modal';

/**
 * « Clôturer »: the people still « À venir » become absent, or excused when ticked; an individual session also
 * records the person's autonomy and any redirection (La Coop's model). Closing writes the activity record.
 */
export function CloseSessionModal({
  session,
  pending,
  opened,
  onClose,
  onClosed,
}: {
  session: SessionSummaryDto;
  /** The bookings still « À venir ». */
  pending: BookingDto[];
  opened: boolean;
  onClose(): void;
  onClosed(detail: SessionDetailDto): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [excused, setExcused] = useState<string[]>([]);
  const [autonomy, setAutonomy] = useState('');
  const [redirection, setRedirection] = useState('');
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const individual = session.kind === 'individuel';

  const toggle = (id: string, checked: boolean) => setExcused((current) => (checked ? [...current, id] : current.filter((candidate) => candidate !== id)));

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    const input: Input<'workshops.close'> = {
      id: session.id,
      excusedBookingIds: excused.filter((id) => pending.some((booking) => booking.id === id)),
      autonomy: individual && autonomy ? (autonomy as AutonomyLevel) : null,
      redirection: individual && redirection ? redirection : null,
    };
    setBusy(true);
    setError(null);
    try {
      onClosed(await client.call('workshops.close', input));
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal
      opened={opened}
      title={t('session.close.title')}
      error={error}
      submitLabel={t('session.close.submit')}
      submitting={busy}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      <Stack gap="md">
        {pending.length === 0 ? (
          <Text>{t('session.close.none')}</Text>
        ) : (
          <>
            <Text>{t('session.close.intro')}</Text>
            <Table withTableBorder fz="md" verticalSpacing="sm" aria-label={t('session.close.pending')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('session.booked.name')}</Table.Th>
                  <Table.Th scope="col">{t('session.close.excused')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pending.map((booking, index) => (
                  <Table.Tr key={booking.id}>
                    <Table.Th scope="row">{personName(booking)}</Table.Th>
                    <Table.Td>
                      <Checkbox
                        size="md"
                        aria-label={t('session.close.excusedLabel', { name: personName(booking) })}
                        data-autofocus={index === 0 || undefined}
                        checked={excused.includes(booking.id)}
                        onChange={(event) => toggle(booking.id, event.currentTarget.checked)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        {individual ? (
          <>
            <NativeSelect
              size="md"
              label={t('session.close.autonomy')}
              value={autonomy}
              onChange={(event) => setAutonomy(event.currentTarget.value)}
              data={[{ value: '', label: t('session.close.notSet') }, ...AUTONOMY_LEVELS.map((level) => ({ value: level, label: AUTONOMY_LABELS[level] }))]}
            />
            <NativeSelect
              size="md"
              label={t('session.close.redirection')}
              value={redirection}
              onChange={(event) => setRedirection(event.currentTarget.value)}
              data={[{ value: '', label: t('session.close.notSet') }, ...COOP_REDIRECTIONS.map(([code, label]) => ({ value: code, label }))]}
            />
          </>
        ) : null}
      </Stack>
    </FormModal>
  );
}
