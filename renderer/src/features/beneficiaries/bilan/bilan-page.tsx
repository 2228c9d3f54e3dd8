import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { BeneficiaryDto, BilanDto, NeedsGridDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { toClientError, type ClientError } from '../../../transport';
import { canCall } from '../../auth/access';
import { useOpenSession } from '../../auth/session-context';
import { ErrorAlert } from '../../errors/error-alert';
import { peoplePaths } from '../paths';
import { personName } from '../search/person-label';
import { formatDate } from '../person/format-date';
import { BilanEditor } from './bilan-editor';
import { BilanView } from './bilan-view';
import { PrintSummaryButtons } from '../documents/print-summary-buttons';

interface Loaded {
  person: BeneficiaryDto;
  bilan: BilanDto | null;
  grid: NeedsGridDto;
}

/** A new bilan, a draft to continue, or a completed bilan to read (with the grid version it was answered with). */
export function BilanPage() {
  const { t } = useTranslation();
  const client = useClient();
  const navigate = useNavigate();
  const session = useOpenSession();
  const { id = '', bilanId } = useParams();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let cancelled = false;
    setLoaded(null);
    (async () => {
      const person = await client.call('beneficiaries.get', { id });
      const bilan = bilanId ? await client.call('bilans.get', { id: bilanId }) : null;
      const grid = await client.call('bilans.grid', bilan ? { version: bilan.gridVersion } : {});
      if (!cancelled) setLoaded({ person, bilan, grid });
    })().catch((caught: unknown) => {
      if (!cancelled) setError(toClientError(caught));
    });
    return () => {
      cancelled = true;
    };
  }, [client, id, bilanId]);

  if (!loaded) return error ? <ErrorAlert error={error} /> : <Loader aria-label={t('app.loading')} />;
  const { person, bilan, grid } = loaded;
  const name = personName(person);
  const back = (
    <Button component={Link} to={peoplePaths.person(person.id)} variant="subtle" leftSection={<IconArrowLeft aria-hidden />} w="fit-content">
      {t('beneficiaries.bilan.backToPerson')}
    </Button>
  );

  if (bilan?.status === 'completed') {
    return (
      <Stack gap="lg" maw={880}>
        {back}
        <Title order={1}>{t('beneficiaries.bilan.viewTitle', { date: formatDate(bilan.completedAt ?? bilan.updatedAt), name })}</Title>
        <Group gap="sm">
          <Text fw={700} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
            <IconCheck aria-hidden size={18} />
            {t('beneficiaries.bilan.readOnly')}
          </Text>
          <Text size="sm">{t('beneficiaries.bilan.gridVersion', { version: grid.version })}</Text>
        </Group>
        <PrintSummaryButtons person={person} bilan={bilan} grid={grid} />
        <BilanView grid={grid.definition} answers={bilan.answers} />
      </Stack>
    );
  }

  if (!canCall(session.agent.role, 'bilans.save-draft')) {
    return (
      <Stack gap="lg">
        {back}
        <Alert color="orange">{t('beneficiaries.bilan.cannotAssess')}</Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={880}>
      {back}
      <Title order={1}>{bilan ? t('beneficiaries.bilan.editTitle', { name }) : t('beneficiaries.bilan.newTitle', { name })}</Title>
      <Text size="sm">{t('beneficiaries.bilan.gridVersion', { version: grid.version })}</Text>
      <BilanEditor
        person={person}
        bilan={bilan}
        grid={grid.definition}
        onCompleted={() => {
          notifySuccess(t('beneficiaries.bilan.completed'));
          navigate(peoplePaths.person(person.id));
        }}
      />
    </Stack>
  );
}
