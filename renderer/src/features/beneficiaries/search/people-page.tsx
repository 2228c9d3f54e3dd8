import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClient } from '../../../app/client-context';
import { useScanHandler } from '../../scanning/scan-bus';
import { useOptionalPassLookup } from '../../stock/lookup/pass-lookup-context';
import { peoplePaths } from '../paths';
import { PersonSearch } from './person-search';

/** « Personnes »: the search in full width, and the way to register someone new. */
export function PeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useClient();
  const lookup = useOptionalPassLookup();
  const [scanned, setScanned] = useState<{ value: string; at: number } | null>(null);
  // A scanned pass or carnet opens its holder's page (or, in stock, its lookup); any other code is searched as
  // text (a phone number on a card, for one).
  useScanHandler(async (scan) => {
    const found = await client.call('passes.lookup', { code: scan.code });
    if (found.kind === 'not-found') {
      setScanned({ value: scan.code, at: Date.now() });
      return;
    }
    if (found.carnet.holder) navigate(peoplePaths.person(found.carnet.holder.id));
    else lookup?.open(scan.code);
  });

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
