import { displayPhone } from '../../../../../electron/common/domain/beneficiaries/phone';
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconArrowMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENRE_LABELS, LANGUAGE_LABELS, type BeneficiaryDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { ErrorAlert } from '../../errors/error-alert';
import { PersonSearch } from '../search/person-search';
import { personName } from '../search/person-label';

function rows(labels: Record<'nom' | 'prenom' | 'birthYear' | 'genre' | 'commune' | 'phone' | 'noPhone' | 'email' | 'language', string>, person: BeneficiaryDto): Array<[string, string]> {
  return [
    [labels.nom, person.nom],
    [labels.prenom, person.prenom],
    [labels.birthYear, person.birthYear ? String(person.birthYear) : '—'],
    [labels.genre, GENRE_LABELS[person.genre]],
    [labels.commune, person.communeName ?? '—'],
    [labels.phone, person.noPhone ? labels.noPhone : (person.phone ? displayPhone(person.phone) : '—')],
    [labels.email, person.email ?? '—'],
    [labels.language, LANGUAGE_LABELS[person.language]],
  ];
}

/**
 * Referents merge a duplicate into the record on screen: find the other record, compare both side by side,
 * confirm. The record on screen survives and fills its gaps from the other.
 */
export function MergeModal({
  person,
  opened,
  onClose,
  onMerged,
}: {
  person: BeneficiaryDto;
  opened: boolean;
  onClose(): void;
  onMerged(survivor: BeneficiaryDto): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [other, setOther] = useState<BeneficiaryDto | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const labels = {
    nom: t('beneficiaries.fields.nom'),
    prenom: t('beneficiaries.fields.prenom'),
    birthYear: t('beneficiaries.fields.birthYear'),
    genre: t('beneficiaries.fields.genre'),
    commune: t('beneficiaries.fields.commune'),
    phone: t('beneficiaries.fields.phone'),
    noPhone: t('beneficiaries.fields.noPhone'),
    email: t('beneficiaries.fields.email'),
    language: t('beneficiaries.fields.language'),
  };

  const close = () => {
    setOther(null);
    setError(null);
    onClose();
  };

  const choose = async (id: string) => {
    setError(null);
    try {
      setOther(await client.call('beneficiaries.get', { id }));
    } catch (caught) {
      setError(toClientError(caught));
    }
  };

  const merge = async () => {
    if (!other) return;
    setBusy(true);
    setError(null);
    try {
      const survivor = await client.call('beneficiaries.merge', { survivorId: person.id, mergedId: other.id });
      setOther(null);
      onMerged(survivor);
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
    }
  };

  const kept = rows(labels, person);
  const merged = other ? rows(labels, other) : [];
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('beneficiaries.merge.title', { name: personName(person) })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      <Stack gap="md">
        <Text>{t('beneficiaries.merge.intro')}</Text>
        <ErrorAlert error={error} />
        {other ? (
          <>
            <Table withTableBorder withColumnBorders fz="md" aria-label={t('beneficiaries.merge.confirm')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('beneficiaries.merge.field')}</Table.Th>
                  <Table.Th scope="col">{t('beneficiaries.merge.kept')}</Table.Th>
                  <Table.Th scope="col">{t('beneficiaries.merge.merged')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {kept.map(([label, value], index) => (
                  <Table.Tr key={label}>
                    <Table.Th scope="row">{label}</Table.Th>
                    <Table.Td>{value}</Table.Td>
                    <Table.Td>{merged[index]?.[1]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group gap="sm">
              <Button size="lg" leftSection={<IconArrowMerge aria-hidden />} loading={busy} onClick={() => void merge()}>
                {t('beneficiaries.merge.confirm')}
              </Button>
              <Button variant="default" size="lg" onClick={() => setOther(null)}>
                {t('beneficiaries.merge.change')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <PersonSearch variant="inline" autoFocus excludeId={person.id} onPick={(picked) => void choose(picked.id)} />
            {error ? null : <Alert color="gray" variant="light">{t('beneficiaries.search.hint')}</Alert>}
          </>
        )}
      </Stack>
    </Modal>
  );
}
