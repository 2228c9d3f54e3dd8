import { Anchor, Card, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconArrowMerge, IconCalendarCheck, IconCalendarEvent, IconClipboardCheck, IconClipboardText, IconMapPin, IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineEntryDto } from '../../../../../electron/common/contract';
import { sessionPath } from '../../../app/routes';
import { peoplePaths } from '../paths';
import { formatDate } from './format-date';
import { UndoMergeButton } from './undo-merge-button';

/** Everything that happened to the record, newest first: bilans, merges, carnets, bookings and attendance. */
export function PersonTimeline({ personId, entries, onChanged }: { personId: string; entries: TimelineEntryDto[]; onChanged(): void }) {
  const { t } = useTranslation();
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="person-timeline">
      <Stack gap="sm">
        <Title order={2} size="h3" id="person-timeline">
          {t('beneficiaries.person.timeline')}
        </Title>
        {sorted.length === 0 ? (
          <Text>{t('beneficiaries.person.timelineEmpty')}</Text>
        ) : (
          <Timeline bulletSize={28} lineWidth={2}>
            {sorted.map((entry, index) => {
              const date = formatDate(entry.at);
              if (entry.kind === 'merge') {
                return (
                  <Timeline.Item key={`merge-${entry.mergeId}`} bullet={<IconArrowMerge aria-hidden size={16} />} title={t('beneficiaries.person.timelineMerge')}>
                    <Text size="sm">
                      {date}
                      {entry.undoneAt ? ` — ${t('beneficiaries.person.mergeUndoneOn', { date: formatDate(entry.undoneAt) })}` : ''}
                    </Text>
                    {entry.undoneAt ? null : <UndoMergeButton mergeId={entry.mergeId} onUndone={onChanged} />}
                  </Timeline.Item>
                );
              }
              if (entry.kind === 'stock') {
                return (
                  <Timeline.Item key={`stock-${entry.carnetId}-${entry.at}-${index}`} bullet={<IconTicket aria-hidden size={16} />} title={entry.event.text}>
                    <Text size="sm">
                      {date} — {t('stock.carnets.timeline', { number: entry.carnetNumber })}
                      {entry.event.agentName ? ` — ${entry.event.agentName}` : ''}
                    </Text>
                  </Timeline.Item>
                );
              }
              if (entry.kind === 'booking') {
                const BookingIcon = entry.moment === 'booked' ? IconCalendarEvent : IconCalendarCheck;
                return (
                  <Timeline.Item key={`booking-${entry.sessionId}-${entry.moment}-${index}`} bullet={<BookingIcon aria-hidden size={16} />} title={entry.text}>
                    <Text size="sm">
                      {date} —{' '}
                      <Anchor component={Link} to={sessionPath(entry.sessionId)}>
                        {t('session.timeline.open')}
                      </Anchor>
                    </Text>
                  </Timeline.Item>
                );
              }
              if (entry.kind === 'booking-elsewhere') {
                return (
                  <Timeline.Item key={`elsewhere-${entry.bookingId}`} bullet={<IconMapPin aria-hidden size={16} />} title={entry.text}>
                    <Text size="sm">
                      {date} — {t('session.timeline.elsewhere', { site: entry.siteName })}
                      {entry.agentName ? ` — ${entry.agentName}` : ''}
                    </Text>
                  </Timeline.Item>
                );
              }
              const completed = entry.bilan.status === 'completed';
              return (
                <Timeline.Item
                  key={`bilan-${entry.bilan.id}-${index}`}
                  bullet={completed ? <IconClipboardCheck aria-hidden size={16} /> : <IconClipboardText aria-hidden size={16} />}
                  title={completed ? t('beneficiaries.person.timelineBilanCompleted') : t('beneficiaries.person.timelineBilanDraft')}
                >
                  <Text size="sm">
                    {date} —{' '}
                    <Anchor component={Link} to={peoplePaths.bilan(personId, entry.bilan.id)}>
                      {completed ? t('beneficiaries.person.viewBilan') : t('beneficiaries.person.continueBilan')}
                    </Anchor>
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </Stack>
    </Card>
  );
}
