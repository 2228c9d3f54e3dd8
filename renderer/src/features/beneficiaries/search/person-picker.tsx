import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BeneficiarySummaryDto } from '../../../../../electron/common/contract';
import { personName } from './person-label';
import { PersonSearch } from './person-search';

/**
 * Choosing one person in a form (a booking): the search field until a person is picked (arrow keys and Enter in the
 * results), then the person chosen with « Changer de personne ». `searchKey` gives a fresh field after each use.
 */
export function PersonPicker({
  person,
  onChange,
  label,
  searchKey,
}: {
  person: BeneficiarySummaryDto | null;
  onChange(person: BeneficiarySummaryDto | null): void;
  label: string;
  searchKey: number;
}) {
  const { t } = useTranslation();
  if (person) {
    return (
      <Paper withBorder p="sm">
        <Group justify="space-between">
          <Text size="lg" fw={700} data-testid="book-chosen">
            {t('session.book.chosen', { name: personName(person) })}
          </Text>
          <Button variant="subtle" size="sm" onClick={() => onChange(null)}>
            {t('session.book.change')}
          </Button>
        </Group>
      </Paper>
    );
  }
  return <PersonSearch key={searchKey} variant="inline" label={label} autoFocus onPick={onChange} />;
}
