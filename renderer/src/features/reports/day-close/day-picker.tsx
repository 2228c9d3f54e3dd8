import { Button, Group, TextInput } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, type IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import { isIsoDate } from './day-close-dates';

/**
 * « Jour précédent », the date field and « Jour suivant ». No day after today: the backend reports only days that
 * have begun, so « Jour suivant » is disabled on today and a later date typed in the field is refused here.
 */
export function DayPicker({ date, today, onChange }: { date: IsoDate; today: IsoDate; onChange(next: IsoDate): void }) {
  const { t } = useTranslation();
  // What is typed, kept apart from the day shown until it names a day that can be shown.
  const [typed, setTyped] = useState(date);
  const [shown, setShown] = useState(date);
  if (shown !== date) {
    setShown(date);
    setTyped(date);
  }
  const future = isIsoDate(typed) && typed > today;

  const type = (value: string) => {
    setTyped(value);
    if (isIsoDate(value) && value <= today && value !== date) onChange(value);
  };

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="group" aria-label={t('close.picker.label')}>
      <Button size="md" variant="default" leftSection={<IconChevronLeft aria-hidden />} onClick={() => onChange(addDays(date, -1))}>
        {t('close.picker.previous')}
      </Button>
      <TextInput
        type="date"
        size="md"
        label={t('close.picker.date')}
        description={t('close.picker.dateHelp')}
        max={today}
        value={typed}
        error={future ? t('close.picker.notFuture') : undefined}
        onChange={(event) => type(event.currentTarget.value)}
      />
      <Button size="md" variant="default" rightSection={<IconChevronRight aria-hidden />} disabled={date >= today} onClick={() => onChange(addDays(date, 1))}>
        {t('close.picker.next')}
      </Button>
    </Group>
  );
}
