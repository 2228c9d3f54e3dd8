import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useScanHandler } from '../../scanning/scan-bus';
import { peoplePaths } from '../paths';
import { PersonSearch } from './person-search';

/** « Personnes »: the search in full width, and the way to register someone new. */
export function PeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [scanned, setScanned] = useState<{ value: string; at: number } | null>(null);
  // Until passes and carnets exist, a scanned code is searched as text (a phone number on a card, for one).
  useScanHandler((scan) => setScanned({ value: scan.code, at: Date.now() }));

  return (
    <Stack gap="lg" maw={820}>
      <Stack gap={4}>
        <Title order={1}>{t('beneficiaries.page.title')}</Title>
        <Text>{t('beneficiaries.page.intro')}</Text>
      </Stack>
      <PersonSearch
        variant="page"
        autoFocus
        withShortcut
        externalQuery={scanned}
        onPick={(person) => navigate(peoplePaths.person(person.id))}
        onRegister={(query) => navigate(peoplePaths.create(query))}
      />
    </Stack>
  );
}
