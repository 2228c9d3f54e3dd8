import { Badge, Button, Group, Loader, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconPencil, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceDto } from '../../../../../electron/common/contract';
import { thematiqueLabel, WORKSHOP_LEVEL_LABELS } from '../../../../../electron/common/domain/workshops/coop';
import { useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { toClientError, type ClientError } from '../../../transport';
import { canCall } from '../../auth/access';
import { useOpenSession } from '../../auth/session-context';
import { ErrorAlert } from '../../errors/error-alert';
import { durationText } from './coop-options';
import { ServiceFormModal } from './service-form-modal';

/**
 * « Catalogue des services »: what a pass pays for at this place (one scan = one pass + one service), with La Coop's
 * themes and level, the default duration, whether a pass is required and its price; new, changed, archived.
 */
export function ServicesPage() {
  const { t } = useTranslation();
  const client = useClient();
  const role = useOpenSession().agent.role;
  const manages = canCall(role, 'services.save');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [services, setServices] = useState<ServiceDto[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  // null: no form; 'new': a new service; otherwise the service being changed.
  const [editing, setEditing] = useState<ServiceDto | 'new' | null>(null);
  const [archiving, setArchiving] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setServices(await client.call('services.list', { includeArchived }));
      setError(null);
    } catch (caught) {
      setError(toClientError(caught));
    }
  }, [client, includeArchived]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const setArchived = async (service: ServiceDto, archived: boolean) => {
    setArchiving(service.id);
    setError(null);
    try {
      const { id, name, themes, level, defaultDurationMin, passRequired, pricePasses } = service;
      await client.call('services.save', { id, name, themes, level, defaultDurationMin, passRequired, pricePasses, archived });
      notifySuccess(t(archived ? 'workshops.services.archivedDone' : 'workshops.services.unarchivedDone', { name }));
      await reload();
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setArchiving(null);
    }
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1}>{t('workshops.services.title')}</Title>
      <Text>{t('workshops.services.intro')}</Text>
      <Text>{t('workshops.services.introNoPass')}</Text>
      <Group gap="lg" justify="space-between">
        {manages ? (
          <Button size="md" leftSection={<IconPlus aria-hidden />} onClick={() => setEditing('new')}>
            {t('workshops.services.add')}
          </Button>
        ) : null}
        <Switch size="md" label={t('workshops.services.showArchived')} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} />
      </Group>
      <ErrorAlert error={error} />
      {services === null ? (
        error ? null : <Loader aria-label={t('app.loading')} />
      ) : services.length === 0 ? (
        <Text>{t(includeArchived ? 'workshops.services.none' : 'workshops.services.noneActive')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table fz="md" verticalSpacing="sm" aria-label={t('workshops.services.tableLabel')} data-testid="services-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('workshops.services.name')}</Table.Th>
                <Table.Th scope="col">{t('workshops.services.themes')}</Table.Th>
                <Table.Th scope="col">{t('workshops.services.level')}</Table.Th>
                <Table.Th scope="col">{t('workshops.services.duration')}</Table.Th>
                <Table.Th scope="col">{t('workshops.services.pass')}</Table.Th>
                <Table.Th scope="col">{t('workshops.services.state')}</Table.Th>
                {manages ? <Table.Th scope="col">{t('workshops.services.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {services.map((service) => (
                <Table.Tr key={service.id}>
                  <Table.Th scope="row">{service.name}</Table.Th>
                  <Table.Td>{service.themes.length === 0 ? t('workshops.services.noThemes') : service.themes.map(thematiqueLabel).join(', ')}</Table.Td>
                  <Table.Td>{service.level ? WORKSHOP_LEVEL_LABELS[service.level] : t('workshops.services.noLevel')}</Table.Td>
                  <Table.Td>{durationText(t, service.defaultDurationMin)}</Table.Td>
                  <Table.Td>
                    <Text inherit>{t('workshops.services.passRequiredLine', { value: t(service.passRequired ? 'workshops.services.yes' : 'workshops.services.no') })}</Text>
                    {service.passRequired ? <Text inherit>{t('workshops.services.priceLine', { count: service.pricePasses })}</Text> : null}
                  </Table.Td>
                  <Table.Td>
                    {service.archived ? (
                      <Badge size="lg" color="gray.8" variant="filled">
                        {t('workshops.services.archived')}
                      </Badge>
                    ) : (
                      t('workshops.services.active')
                    )}
                  </Table.Td>
                  {manages ? (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          variant="default"
                          size="sm"
                          leftSection={<IconPencil aria-hidden />}
                          aria-label={t('workshops.services.editLabel', { name: service.name })}
                          onClick={() => setEditing(service)}
                        >
                          {t('workshops.services.edit')}
                        </Button>
                        <Button
                          variant="default"
                          size="sm"
                          loading={archiving === service.id}
                          leftSection={service.archived ? <IconArchiveOff aria-hidden /> : <IconArchive aria-hidden />}
                          aria-label={t(service.archived ? 'workshops.services.unarchiveLabel' : 'workshops.services.archiveLabel', { name: service.name })}
                          onClick={() => void setArchived(service, !service.archived)}
                        >
                          {t(service.archived ? 'workshops.services.unarchive' : 'workshops.services.archive')}
                        </Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing ? (
        <ServiceFormModal
          service={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            notifySuccess(t('workshops.services.saved'));
            void reload();
          }}
        />
      ) : null}
    </Stack>
  );
}
