import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GENRE_LABELS,
  GENRES,
  LANGUAGE_LABELS,
  LANGUAGES,
  NOTE_MAX_LENGTH,
  QPV_ANSWERS,
  type BeneficiaryDto,
  type CriterionDto,
  type DuplicateCandidateDto,
} from '../../../../../electron/common/contract';
import { ageBand } from '../../../../../electron/common/domain/beneficiaries/criteria';
import { SOCIAL_STATUSES, SOCIAL_STATUS_LABELS } from '../../../../../electron/common/domain/reports/social-status';
import { useClient } from '../../../app/client-context';
import { useDraftState } from '../../../app/draft-store';
import { toClientError, type ClientError } from '../../../transport';
import { ErrorAlert } from '../../errors/error-alert';
import { CommuneSelect } from '../../setup/commune-select';
import { DuplicateWarning } from './duplicate-warning';
import { NoteGuard } from './note-guard';
import {
  FIELD_ORDER,
  formFieldOf,
  toFields,
  validateValues,
  type BeneficiaryFormValues,
  type FieldErrors,
  type FormField,
} from './form-values';
import { useDuplicateCheck } from './use-duplicate-check';

const fieldId = (field: FormField | 'confirmDuplicate') => `beneficiary-${field}`;

function focusField(field: FormField | 'confirmDuplicate') {
  const element = document.getElementById(fieldId(field)) ?? document.querySelector<HTMLElement>(`[data-field="${field}"] input`);
  element?.focus();
}

export interface BeneficiaryFormProps {
  /** The draft's name in memory (it survives the lock screen). */
  draftKey: string;
  initial: () => BeneficiaryFormValues;
  /** Editing: the person whose record this is (not offered as its own duplicate). */
  person?: BeneficiaryDto;
  submitLabel: string;
  onSaved(person: BeneficiaryDto): void;
  onCancel(): void;
}

/**
 * The beneficiary's record, minimal by design. Messages show beside the fields (the contract's own rules,
 * then the backend's answer); probable duplicates show as the agent types, and creating anyway needs a tick.
 */
export function BeneficiaryForm({ draftKey, initial, person, submitLabel, onSaved, onCancel }: BeneficiaryFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [values, setValues, forgetDraft] = useDraftState(draftKey, initial);
  const [touched, setTouched] = useState<Partial<Record<FormField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ClientError | string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [returned, setReturned] = useState<DuplicateCandidateDto[]>([]);
  const [criteria, setCriteria] = useState<CriterionDto[]>([]);
  const [busy, setBusy] = useState(false);
  const currentYear = new Date().getFullYear();

  useEffect(() => {
    client.call('beneficiaries.criteria', {}).then(setCriteria, (caught: unknown) => setError(toClientError(caught)));
  }, [client]);

  const live = useDuplicateCheck({
    nom: values.nom,
    prenom: values.prenom,
    phone: values.noPhone ? '' : values.phone,
    email: values.email,
    excludeId: person?.id,
  });
  const candidates = returned.length > 0 ? returned : live;

  const clientErrors = validateValues(values, currentYear, t('beneficiaries.fields.birthYearFuture', { year: currentYear }));
  const errorOf = (field: FormField): string | undefined =>
    (submitted || touched[field] ? clientErrors[field] : undefined) ?? serverErrors[field];

  const set = <F extends FormField>(field: F, value: BeneficiaryFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    if (field === 'nom' || field === 'prenom' || field === 'phone' || field === 'email') setReturned([]);
  };
  const touch = (field: FormField) => setTouched((current) => (current[field] ? current : { ...current, [field]: true }));
  const text = (field: 'nom' | 'prenom' | 'birthYear' | 'qpvCode' | 'phone' | 'email' | 'noticeGivenOn') => ({
    id: fieldId(field),
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    onBlur: () => touch(field),
    error: errorOf(field),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    setError(null);
    setConfirmError(null);
    const firstError = FIELD_ORDER.find((field) => clientErrors[field]);
    if (firstError) {
      setError(t('beneficiaries.form.fixErrors'));
      focusField(firstError);
      return;
    }
    if (!person && candidates.length > 0 && !confirmed) {
      setConfirmError(t('beneficiaries.duplicates.confirmRequired'));
      focusField('confirmDuplicate');
      return;
    }
    setBusy(true);
    try {
      const fields = toFields(values);
      if (person) {
        const saved = await client.call('beneficiaries.update', { id: person.id, fields });
        forgetDraft();
        onSaved(saved);
        return;
      }
      const answer = await client.call('beneficiaries.create', { fields, confirmDuplicate: confirmed });
      if (answer.beneficiary) {
        forgetDraft();
        onSaved(answer.beneficiary);
        return;
      }
      setReturned(answer.duplicates);
      setConfirmed(false);
      setConfirmError(t('beneficiaries.duplicates.confirmRequired'));
    } catch (caught) {
      const failure = toClientError(caught);
      const mapped: FieldErrors = {};
      for (const [path, message] of Object.entries(failure.fields)) {
        const field = formFieldOf(path);
        if (field) mapped[field] = message;
      }
      setServerErrors(mapped);
      setError(failure);
      const first = FIELD_ORDER.find((field) => mapped[field]);
      if (first) focusField(first);
    } finally {
      setBusy(false);
    }
  };

  const year = /^\d{4}$/.test(values.birthYear.trim()) ? Number(values.birthYear) : null;
  const band = year !== null && !clientErrors.birthYear ? ageBand(year, currentYear) : null;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={submitLabel}>
      <Stack gap="lg" maw={880}>
        <ErrorAlert error={error} />
        <Fieldset legend={t('beneficiaries.form.identity')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('beneficiaries.fields.nom')} required size="md" autoComplete="off" data-autofocus {...text('nom')} />
              <TextInput label={t('beneficiaries.fields.prenom')} required size="md" autoComplete="off" {...text('prenom')} />
            </SimpleGrid>
            <TextInput
              label={t('beneficiaries.fields.birthYear')}
              description={band ? t('beneficiaries.fields.ageBand', { band: t(`beneficiaries.ageBands.${band}`) }) : t('beneficiaries.fields.birthYearHelp')}
              inputMode="numeric"
              maxLength={4}
              size="md"
              w={260}
              autoComplete="off"
              {...text('birthYear')}
            />
            <Radio.Group
              label={t('beneficiaries.fields.genre')}
              value={values.genre}
              onChange={(value) => set('genre', value as BeneficiaryFormValues['genre'])}
              data-field="genre"
            >
              <Group mt="xs" gap="lg">
                {GENRES.map((genre) => (
                  <Radio key={genre} value={genre} label={GENRE_LABELS[genre]} size="md" />
                ))}
              </Group>
            </Radio.Group>
            <NativeSelect
              label={t('beneficiaries.fields.socialStatus')}
              description={t('beneficiaries.fields.socialStatusHelp')}
              value={values.socialStatus}
              onChange={(event) => set('socialStatus', event.currentTarget.value as BeneficiaryFormValues['socialStatus'])}
              data={SOCIAL_STATUSES.map((status) => ({ value: status, label: SOCIAL_STATUS_LABELS[status] }))}
              data-field="socialStatus"
              size="md"
              w={320}
            />
          </Stack>
        </Fieldset>
        <DuplicateWarning
          candidates={candidates}
          confirmable={!person}
          confirmed={confirmed}
          onConfirmedChange={(checked) => {
            setConfirmed(checked);
            if (checked) setConfirmError(null);
          }}
          error={confirmError}
        />
        <Fieldset legend={t('beneficiaries.form.situation')}>
          <Stack gap="md">
            <CommuneSelect
              id={fieldId('commune')}
              label={t('beneficiaries.fields.commune')}
              description={t('beneficiaries.fields.communeHelp')}
              required={false}
              value={values.commune}
              onChange={(commune) => set('commune', commune)}
              error={errorOf('commune')}
            />
            <Radio.Group
              label={t('beneficiaries.fields.qpv')}
              value={values.qpv}
              onChange={(value) => set('qpv', value as BeneficiaryFormValues['qpv'])}
              data-field="qpv"
            >
              <Group mt="xs" gap="lg">
                {QPV_ANSWERS.map((answer) => (
                  <Radio key={answer} value={answer} label={t(`beneficiaries.qpv.${answer}`)} size="md" />
                ))}
              </Group>
            </Radio.Group>
            {values.qpv === 'oui' ? (
              <TextInput label={t('beneficiaries.fields.qpvCode')} description={t('beneficiaries.fields.qpvCodeHelp')} size="md" w={320} {...text('qpvCode')} />
            ) : null}
            <Checkbox.Group
              label={t('beneficiaries.fields.criteria')}
              value={values.priorityCriteria}
              onChange={(codes) => set('priorityCriteria', codes)}
              error={errorOf('priorityCriteria')}
              data-field="priorityCriteria"
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {criteria.map((criterion) => (
                  <Checkbox key={criterion.code} value={criterion.code} label={criterion.label} size="md" />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('beneficiaries.form.contact')}>
          <Stack gap="md">
            <Group align="flex-start" gap="lg">
              <TextInput
                label={t('beneficiaries.fields.phone')}
                type="tel"
                size="md"
                w={320}
                autoComplete="off"
                disabled={values.noPhone}
                {...text('phone')}
              />
              <Checkbox
                mt={34}
                size="md"
                id={fieldId('noPhone')}
                label={t('beneficiaries.fields.noPhone')}
                checked={values.noPhone}
                onChange={(event) => set('noPhone', event.currentTarget.checked)}
              />
            </Group>
            <TextInput label={t('beneficiaries.fields.email')} type="email" size="md" autoComplete="off" {...text('email')} />
            <NativeSelect
              id={fieldId('language')}
              label={t('beneficiaries.fields.language')}
              size="md"
              w={320}
              value={values.language}
              onChange={(event) => set('language', event.currentTarget.value as BeneficiaryFormValues['language'])}
              data={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_LABELS[code] }))}
            />
            <TextInput
              label={t('beneficiaries.fields.noticeGivenOn')}
              description={t('beneficiaries.fields.noticeGivenOnHelp')}
              type="date"
              size="md"
              w={260}
              {...text('noticeGivenOn')}
            />
            <Textarea
              id={fieldId('note')}
              label={t('beneficiaries.fields.note')}
              description={
                <Text span size="sm" fw={700}>
                  <IconAlertTriangle aria-hidden size={16} style={{ verticalAlign: 'text-bottom' }} /> {t('beneficiaries.fields.noteWarning')}
                </Text>
              }
              autosize
              minRows={2}
              maxLength={NOTE_MAX_LENGTH}
              size="md"
              value={values.note}
              onChange={(event) => set('note', event.currentTarget.value)}
              onBlur={() => touch('note')}
              error={errorOf('note')}
            />
            <NoteGuard note={values.note} />
          </Stack>
        </Fieldset>
        {returned.length > 0 && !confirmed ? (
          <Alert color="orange" variant="light" role="status">
            {t('beneficiaries.duplicates.confirmRequired')}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" size="lg" loading={busy} leftSection={<IconDeviceFloppy aria-hidden />}>
            {submitLabel}
          </Button>
          <Button
            variant="default"
            size="lg"
            onClick={() => {
              forgetDraft();
              onCancel();
            }}
          >
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
