import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityDto } from '../../../../../electron/common/contract';
import { ACTIVITY_TYPE_LABELS, AUTONOMY_LABELS, redirectionLabel, thematiqueLabel, WORKSHOP_LEVEL_LABELS } from '../../../../../electron/common/domain/workshops/coop';
import { shortDate } from './session-text';

/** « 90 » → « 1 h 30 ». */
function useDuration(): (minutes: number) => string {
  const { t } = useTranslation();
  return (minutes) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) return t('session.activity.minutes', { minutes: rest });
    if (rest === 0) return t('session.activity.hours', { hours });
    return t('session.activity.hoursMinutes', { hours, minutes: rest.toString().padStart(2, '0') });
  };
}

/** The activity written when the session closed, as La Coop's model counts it. */
export function ActivityRecord({ activity }: { activity: ActivityDto }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const rows: Array<[string, string]> = [
    [t('session.activity.type'), ACTIVITY_TYPE_LABELS[activity.type]],
    [t('session.activity.date'), shortDate(activity.date)],
    [t('session.activity.duration'), duration(activity.durationMin)],
    [t('session.activity.place'), activity.placeName],
    [t('session.activity.themes'), activity.themes.length > 0 ? activity.themes.map(thematiqueLabel).join(', ') : t('session.activity.noThemes')],
    ...(activity.level ? ([[t('session.activity.level'), WORKSHOP_LEVEL_LABELS[activity.level]]] as Array<[string, string]>) : []),
    ...(activity.autonomy ? ([[t('session.activity.autonomy'), AUTONOMY_LABELS[activity.autonomy]]] as Array<[string, string]>) : []),
    ...(activity.redirection ? ([[t('session.activity.redirection'), redirectionLabel(activity.redirection)]] as Array<[string, string]>) : []),
    [t('session.activity.participants'), String(activity.participants)],
    [t('session.activity.newParticipants'), String(activity.newParticipants)],
    [t('session.activity.passes'), String(activity.passesRedeemed)],
  ];
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="session-activity">
      <Stack gap="sm">
        <Title order={2} size="h3" id="session-activity">
          {t('session.activity.title')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" m={0} data-testid="session-activity">
          {rows.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" fw={700}>
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
