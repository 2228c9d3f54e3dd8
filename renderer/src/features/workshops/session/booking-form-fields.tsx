import { Button, Checkbox, Group } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeneficiarySummaryDto } from '../../../../../electron/common/contract';
import { PersonPicker } from '../../beneficiaries/search/person-picker';

export interface BookingFormFieldsProps {
  person: BeneficiarySummaryDto | null;
  onPersonChange(person: BeneficiarySummaryDto | null): void;
  searchLabel: string;
  /** A new value gives a fresh search field (after each booking). */
  searchKey: number;
  printSlip: boolean;
  onPrintSlipChange(printSlip: boolean): void;
  submitLabel: string;
  busy: boolean;
  onClose(): void;
}

/**
 * What every booking dialog asks, here or at another place: the person (search, arrow keys and Enter), whether to
 * print their slip, then « Fermer » or the booking button, which takes the focus once the person is chosen (so that
 * Enter books them).
 */
export function BookingFormFields({ person, onPersonChange, searchLabel, searchKey, printSlip, onPrintSlipChange, submitLabel, busy, onClose }: BookingFormFieldsProps) {
  const { t } = useTranslation();
  const submitButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (person) submitButton.current?.focus();
  }, [person]);

  return (
    <>
      <PersonPicker person={person} label={searchLabel} searchKey={searchKey} onChange={onPersonChange} />
      <Checkbox size="md" label={t('session.book.printSlip')} checked={printSlip} onChange={(event) => onPrintSlipChange(event.currentTarget.checked)} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" size="md" onClick={onClose}>
          {t('common.close')}
        </Button>
        <Button ref={submitButton} type="submit" size="md" loading={busy} leftSection={<IconUserCheck aria-hidden />}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
