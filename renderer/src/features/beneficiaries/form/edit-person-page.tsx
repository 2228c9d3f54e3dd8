import { Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { notifySuccess } from '../../../app/notify';
import { ErrorAlert } from '../../errors/error-alert';
import { peoplePaths } from '../paths';
import { usePerson } from '../person/use-person';
import { personName } from '../search/person-label';
import { BeneficiaryForm } from './beneficiary-form';
import { valuesFromPerson } from './form-values';

export function EditPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { person, error } = usePerson(id);
  if (!person) return error ? <ErrorAlert error={error} /> : <Loader aria-label={t('app.loading')} />;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('beneficiaries.form.editTitle', { name: personName(person) })}</Title>
      <BeneficiaryForm
        draftKey={`beneficiary:edit:${person.id}`}
        initial={() => valuesFromPerson(person)}
        person={person}
        submitLabel={t('beneficiaries.form.save')}
        onSaved={(saved) => {
          notifySuccess(t('beneficiaries.form.updated', { name: personName(saved) }));
          navigate(peoplePaths.person(saved.id), { replace: true });
        }}
        onCancel={() => navigate(peoplePaths.person(person.id))}
      />
    </Stack>
  );
}
