import { Alert, Button, Group, Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconArrowMerge, IconClipboardPlus, IconFileText, IconPencil } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { BilanDto, CriterionDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { canCall } from '../../auth/access';
import { useOpenSession } from '../../auth/session-context';
import { ErrorAlert } from '../../errors/error-alert';
import { NoticeModal } from '../documents/notice-modal';
import { peoplePaths } from '../paths';
import { personName } from '../search/person-label';
import { PersonCarnets } from '../../stock/carnets/person-carnets';
import { PersonBookings } from '../../workshops/session/person-bookings';
import { MergeModal } from './merge-modal';
import { PersonBilans } from './person-bilans';
import { PersonIdentity } from './person-identity';
import { PersonTimeline } from './person-timeline';
import { usePerson } from './use-person';

/** The person's page: identity and criteria, bilans, documents, and the timeline. */
export function PersonPage() {
  const { t } = useTranslation();
  const client = useClient();
  const navigate = useNavigate();
  const role = useOpenSession().agent.role;
  const { id = '' } = useParams();
  const { person, history, error, reload } = usePerson(id);
  const [criteria, setCriteria] = useState<CriterionDto[]>([]);
  const [merging, setMerging] = useState(false);
  const [notice, setNotice] = useState(false);

  useEffect(() => {
    client.call('beneficiaries.criteria', {}).then(setCriteria, () => undefined);
  }, [client]);

  const bilans = useMemo(() => {
    const byId = new Map<string, BilanDto>();
    for (const entry of history ?? []) {
      if (entry.kind !== 'bilan') continue;
      const known = byId.get(entry.bilan.id);
      if (!known || known.updatedAt < entry.bilan.updatedAt) byId.set(entry.bilan.id, entry.bilan);
    }
    return [...byId.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }, [history]);

  if (!person || !history) return error ? <ErrorAlert error={error} /> : <Loader aria-label={t('app.loading')} />;

  if (person.mergedInto) {
    return (
      <Stack gap="md">
        <Title order={1}>{personName(person)}</Title>
        <Alert color="orange">{t('beneficiaries.person.mergedInto')}</Alert>
        <Button component={Link} to={peoplePaths.person(person.mergedInto)} size="lg" w="fit-content">
          {t('beneficiaries.person.openSurvivor')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{personName(person)}</Title>
      <Group gap="sm">
        <Button component={Link} to={peoplePaths.edit(person.id)} size="md" variant="default" leftSection={<IconPencil aria-hidden />}>
          {t('beneficiaries.person.edit')}
        </Button>
        {canCall(role, 'bilans.save-draft') ? (
          <Button component={Link} to={peoplePaths.newBilan(person.id)} size="md" leftSection={<IconClipboardPlus aria-hidden />}>
            {t('beneficiaries.person.newBilan')}
          </Button>
        ) : null}
        <Button size="md" variant="light" leftSection={<IconFileText aria-hidden />} onClick={() => setNotice(true)}>
          {t('beneficiaries.documents.notice')}
        </Button>
        {canCall(role, 'beneficiaries.merge') ? (
          <Button size="md" variant="default" leftSection={<IconArrowMerge aria-hidden />} onClick={() => setMerging(true)}>
            {t('beneficiaries.person.merge')}
          </Button>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <PersonIdentity person={person} criteria={criteria} />
        <Stack gap="lg">
          <PersonCarnets personId={person.id} onChanged={() => void reload()} />
          <PersonBookings personId={person.id} />
          <PersonBilans personId={person.id} bilans={bilans} />
          <PersonTimeline personId={person.id} entries={history} onChanged={() => void reload()} />
        </Stack>
      </SimpleGrid>
      <NoticeModal person={person} opened={notice} onClose={() => setNotice(false)} />
      {canCall(role, 'beneficiaries.merge') ? (
        <MergeModal
          person={person}
          opened={merging}
          onClose={() => setMerging(false)}
          onMerged={(survivor) => {
            setMerging(false);
            notifySuccess(t('beneficiaries.merge.done'));
            if (survivor.id === person.id) void reload();
            else navigate(peoplePaths.person(survivor.id), { replace: true });
          }}
        />
      ) : null}
    </Stack>
  );
}
