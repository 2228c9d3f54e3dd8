import { Badge, Button, Group, List, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SITE_KIND_LABELS, type PlaceDto } from '../../../../electron/common/contract';
import { frenchDate } from '../../../../electron/common/domain/passes/paris-date';
import { useBackendEvent, useClient } from '../../app/client-context';
import { useLoaded } from '../../app/use-loaded';
import { ErrorAlert } from '../errors/error-alert';
import { BookElsewhereModal } from './book-elsewhere-modal';
import { HubDataAge } from './hub-data-age';

/**
 * « Autres lieux » (`/lieux`): the collectivity's other places as the hub shares them — their services and their next
 * collective workshops — so that an agent can orient a person and book them a seat there through the hub. Read
 * again after every sync.
 */
export function PlacesPage() {
  const { t } = useTranslation();
  const client = useClient();
  const { data: places, error, reload } = useLoaded(useCallback(() => client.call('sync.places', {}), [client]));
  useBackendEvent('sync.changed', () => void reload());

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('sync.places.title')}</Title>
      <Text>{t('sync.places.intro')}</Text>
      <ErrorAlert error={error} />
      {places === null ? (
        error ? null : <Loader aria-label={t('app.loading')} />
      ) : !places.linked ? (
        <Text fw={600}>{t('sync.places.notLinked')}</Text>
      ) : (
        <>
          <HubDataAge />
          {places.places.length === 0 ? <Text>{t('sync.places.none')}</Text> : places.places.map((place) => <PlaceCard key={place.id} place={place} />)}
        </>
      )}
    </Stack>
  );
}

type Workshop = PlaceDto['workshops'][number];

function PlaceCard({ place }: { place: PlaceDto }) {
  const { t } = useTranslation();
  const titleId = `place-${place.id}`;
  const [booking, setBooking] = useState<Workshop | null>(null);
  const openers = useRef(new Map<string, HTMLButtonElement>());
  const closeBooking = () => {
    const opener = booking ? openers.current.get(booking.id) : undefined;
    setBooking(null);
    opener?.focus();
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group gap="sm" align="baseline">
          <Title order={2} size="h3" id={titleId}>
            {place.name}
          </Title>
          <Badge size="lg" variant="light" color="blue.9">
            {SITE_KIND_LABELS[place.kind]}
          </Badge>
          <Text c="gray.8">{t('sync.places.commune', { code: place.communeCode })}</Text>
        </Group>
        <Title order={3} size="h4">
          {t('sync.places.services')}
        </Title>
        {place.services.length === 0 ? (
          <Text>{t('sync.places.noServices')}</Text>
        ) : (
          <List spacing={4}>
            {place.services.map((service) => (
              <List.Item key={service.id}>
                <Text component="span" fw={700}>
                  {service.name}
                </Text>
                {` — ${service.passRequired ? t('sync.places.passes', { count: service.pricePasses }) : t('sync.places.free')}, ${t('sync.places.minutes', { count: service.durationMin })}`}
              </List.Item>
            ))}
          </List>
        )}
        <Title order={3} size="h4">
          {t('sync.places.workshops')}
        </Title>
        {place.workshops.length === 0 ? (
          <Text>{t('sync.places.noWorkshops')}</Text>
        ) : (
          <Table striped withTableBorder fz="md" aria-label={`${t('sync.places.workshops')} — ${place.name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sync.places.date')}</Table.Th>
                <Table.Th>{t('sync.places.time')}</Table.Th>
                <Table.Th>{t('sync.places.workshop')}</Table.Th>
                <Table.Th>{t('sync.places.duration')}</Table.Th>
                <Table.Th>{t('sync.places.capacity')}</Table.Th>
                <Table.Th>{t('sync.places.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {place.workshops.map((workshop) => (
                <Table.Tr key={workshop.id}>
                  <Table.Td>{frenchDate(workshop.date)}</Table.Td>
                  <Table.Td>{workshop.startTime}</Table.Td>
                  <Table.Td>
                    <Text component="span" fw={700}>
                      {workshop.title}
                    </Text>
                    {workshop.serviceName && workshop.serviceName !== workshop.title ? ` (${workshop.serviceName})` : ''}
                  </Table.Td>
                  <Table.Td>{t('sync.places.minutes', { count: workshop.durationMin })}</Table.Td>
                  <Table.Td>{workshop.capacity === null ? t('sync.places.noCapacity') : workshop.capacity}</Table.Td>
                  <Table.Td>
                    <Button
                      ref={(button) => {
                        if (button) openers.current.set(workshop.id, button);
                      }}
                      size="md"
                      variant="light"
                      leftSection={<IconUserPlus aria-hidden />}
                      aria-label={t('sync.places.bookLabel', { title: workshop.title, date: frenchDate(workshop.date), site: place.name })}
                      onClick={() => setBooking(workshop)}
                    >
                      {t('sync.places.book')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {booking ? <BookElsewhereModal place={place} workshop={booking} onClose={closeBooking} /> : null}
    </Paper>
  );
}
