import { Anchor, Card, List, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpenDayDto } from '../../../../../electron/common/contract';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';
import { dayClosePath } from '../../../app/routes';
import type { ClientError } from '../../../transport';
import { ErrorAlert } from '../../errors/error-alert';

/** « Journées non clôturées »: the past days with activity that nobody closed, each a link to its close. */
export function OpenDaysList({ days, error, current }: { days: OpenDayDto[] | null; error: ClientError | null; current: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" radius="md" component="aside" aria-labelledby="open-days">
      <Stack gap="sm">
        <Title order={2} size="h3" id="open-days">
          {t('close.openDays.title')}
        </Title>
        <Text size="sm">{t('close.openDays.intro')}</Text>
        <ErrorAlert error={error} />
        {days === null ? (
          error ? null : <Loader aria-label={t('app.loading')} />
        ) : days.length === 0 ? (
          <Text>{t('close.openDays.none')}</Text>
        ) : (
          <List spacing="xs" icon={<IconAlertTriangle aria-hidden size={18} color="var(--mantine-color-orange-8)" />} data-testid="open-days">
            {[...days].reverse().map((day) => (
              <List.Item key={day.date}>
                <Anchor component={Link} to={dayClosePath(day.date)} aria-current={day.date === current ? 'page' : undefined} fw={day.date === current ? 700 : undefined}>
                  {t('close.openDays.link', { date: longFrenchDate(day.date), events: t('close.openDays.events', { count: day.events }) })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
