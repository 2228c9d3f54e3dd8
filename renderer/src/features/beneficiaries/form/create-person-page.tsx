import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { notifySuccess } from '../../../app/notify';
import { peoplePaths } from '../paths';
import { personName } from '../search/person-label';
import { BeneficiaryForm } from './beneficiary-form';
import { valuesFromQuery } from './form-values';

/** Registering someone, prefilled with what was typed in the search. */
export function CreatePersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  return (
    <Stack gap="lg">
      <Title order={1}>{t('beneficiaries.form.createTitle')}</Title>
      <BeneficiaryForm
        draftKey={`beneficiary:create:${query}`}
        initial={() => valuesFromQuery(query)}
        submitLabel={t('beneficiaries.form.create')}
        onSaved={(person) => {
          notifySuccess(t('beneficiaries.form.created', { name: personName(person) }));
          navigate(peoplePaths.person(person.id), { replace: true });
        }}
        onCancel={() => navigate(peoplePaths.search)}
      />
    </Stack>
  );
}
