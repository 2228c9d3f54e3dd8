import { Button, Group, SegmentedControl } from '@mantine/core';
import { IconCalendarDue, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_VIEWS, step, today, type CalendarPosition, type CalendarView } from './calendar-range';

/** The view (day, week, month), « Aujourd’hui », and the previous and next periods. */
export function CalendarToolbar({ position, onChange }: { position: CalendarPosition; onChange(next: CalendarPosition): void }) {
  const { t } = useTranslation();
  const isView = (value: string): value is CalendarView => (CALENDAR_VIEWS as readonly string[]).includes(value);
  return (
    <Group gap="sm" wrap="wrap" justify="space-between">
      <SegmentedControl
        size="md"
        aria-label={t('workshops.calendar.viewLabel')}
        value={position.view}
        onChange={(value) => {
          if (isView(value)) onChange({ view: value, date: position.date });
        }}
        data={CALENDAR_VIEWS.map((view) => ({ value: view, label: t(`workshops.calendar.views.${view}`) }))}
      />
      <Group gap="sm" wrap="wrap">
        <Button variant="default" leftSection={<IconCalendarDue aria-hidden />} onClick={() => onChange({ view: position.view, date: today() })}>
          {t('workshops.calendar.today')}
        </Button>
        <Button variant="default" leftSection={<IconChevronLeft aria-hidden />} onClick={() => onChange(step(position, -1))}>
          {t(`workshops.calendar.previous.${position.view}`)}
        </Button>
        <Button variant="default" rightSection={<IconChevronRight aria-hidden />} onClick={() => onChange(step(position, 1))}>
          {t(`workshops.calendar.next.${position.view}`)}
        </Button>
      </Group>
    </Group>
  );
}
