import { Alert, Anchor, Checkbox, MultiSelect, NativeSelect, Radio, SimpleGrid, Stack, Group, TextInput, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionDetailDto, SessionSummaryDto } from '../../../../../electron/common/contract';
import type { SessionKind } from '../../../../../electron/common/domain/workshops/statuses';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { canCall } from '../../auth/access';
import { useOpenSession } from '../../auth/session-context';
import { FormModal } from '../../shell/form-modal';
import { fieldErrorsOf } from '../../stock/field-errors';
import { today } from '../calendar/calendar-range';
import { THEME_OPTIONS, isLevel, levelOptions } from '../services/coop-options';
import {
  MAX_WEEKS,
  SESSION_FORM_FIELDS,
  TITLE_MAX,
  emptyValues,
  toFields,
  valuesOf,
  weeksOf,
  withKind,
  withService,
  type SessionFormErrors,
  type SessionFormField,
  type SessionFormValues,
} from './session-form-values';
import { useSessionFormOptions } from './use-session-form-options';

/** What the form saved: the sessions created (one, or a weekly series), or the session changed. */
export type SessionFormResult = { mode: 'created'; sessions: SessionSummaryDto[] } | { mode: 'updated'; detail: SessionDetailDto };

/**
 * « Nouvelle séance » / « Modifier la séance »: a collective workshop or an individual appointment, its service
 * (which brings its themes, level and duration), when and where, who runs it and how many seats; for a new one,
 * a weekly series. Without `session` it creates; with it, it edits that session.
 */
export function SessionFormModal({
  opened,
  onClose,
  session,
  defaultDate,
  onSaved,
}: {
  opened: boolean;
  onClose(): void;
  session?: SessionSummaryDto;
  /** The day proposed for a new session (today when absent). */
  defaultDate?: string;
  onSaved(result: SessionFormResult): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const role = useOpenSession().agent.role;
  const options = useSessionFormOptions(opened);
  const [values, setValues] = useState<SessionFormValues>(() => (session ? valuesOf(session) : emptyValues(defaultDate ?? today())));
  const [errors, setErrors] = useState<SessionFormErrors>({});
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const editing = session !== undefined;

  const update = (next: SessionFormValues, ...touched: SessionFormField[]) => {
    setValues(next);
    setErrors((current) => {
      if (!touched.some((field) => current[field])) return current;
      const cleared = { ...current };
      for (const field of touched) delete cleared[field];
      return cleared;
    });
  };

  const text = (key: 'title' | 'date' | 'startTime' | 'duration' | 'room' | 'capacity' | 'weeks', field: SessionFormField) => ({
    value: values[key],
    error: errors[field],
    onChange: (event: { currentTarget: { value: string } }) => update({ ...values, [key]: event.currentTarget.value }, field),
  });

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    const checked = toFields(t, values);
    setError(null);
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      if (session) onSaved({ mode: 'updated', detail: await client.call('workshops.update', { id: session.id, fields: checked.fields }) });
      else onSaved({ mode: 'created', sessions: await client.call('workshops.create', { fields: checked.fields, weeks: checked.weeks }) });
    } catch (caught) {
      const failure = toClientError(caught);
      setErrors(fieldErrorsOf(failure, SESSION_FORM_FIELDS));
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const services = options.services ?? [];
  // Archived services are no longer offered, except the one this session already uses.
  const offered = services.filter((service) => !service.archived || service.id === values.serviceId);
  const serviceOptions = [
    { value: '', label: t('workshops.form.serviceChoose') },
    ...offered.map((service) => ({ value: service.id, label: service.archived ? t('workshops.form.serviceArchived', { name: service.name }) : service.name })),
  ];
  const facilitatorOptions = [{ value: '', label: t('workshops.form.noFacilitator') }, ...options.facilitators.map((agent) => ({ value: agent.id, label: agent.displayName }))];
  const weeks = weeksOf(values);
  const submitLabel = editing ? t('workshops.form.save') : weeks > 1 ? t('workshops.form.createSeries', { count: weeks }) : t('workshops.form.create');

  return (
    <FormModal
      opened={opened}
      title={t(editing ? 'workshops.form.editTitle' : 'workshops.form.createTitle')}
      error={error ?? options.error}
      submitLabel={submitLabel}
      submitting={busy}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      <Stack gap="md">
        <Radio.Group label={t('workshops.form.kind')} value={values.kind} error={errors.kind} onChange={(kind) => update(withKind(values, kind as SessionKind), 'kind', 'capacity')}>
          <Group mt="xs" gap="lg">
            <Radio value="collectif" label={t('workshops.form.kindCollectif')} data-autofocus />
            <Radio value="individuel" label={t('workshops.form.kindIndividuel')} />
          </Group>
        </Radio.Group>
        {options.services !== null && offered.length === 0 ? (
          <Alert color="orange" variant="light">
            <Text>{t('workshops.form.noService')}</Text>
            {canCall(role, 'services.save') ? (
              <Anchor component={Link} to="/services">
                {t('workshops.form.openCatalogue')}
              </Anchor>
            ) : null}
          </Alert>
        ) : null}
        <NativeSelect
          size="md"
          label={t('workshops.form.service')}
          description={t('workshops.form.serviceHelp')}
          required
          value={values.serviceId}
          error={errors.serviceId}
          data={serviceOptions}
          onChange={(event) => {
            const id = event.currentTarget.value;
            update(withService(values, services.find((service) => service.id === id)), 'serviceId', 'themes', 'level', 'durationMin', 'title');
          }}
        />
        <TextInput size="md" label={t('workshops.form.title')} description={t('workshops.form.titleHelp')} required maxLength={TITLE_MAX} autoComplete="off" {...text('title', 'title')} />
        <MultiSelect
          size="md"
          label={t('workshops.form.themes')}
          description={t('workshops.form.themesHelp')}
          data={THEME_OPTIONS}
          value={values.themes}
          error={errors.themes}
          searchable
          clearable
          nothingFoundMessage={t('workshops.form.themesEmpty')}
          onChange={(themes) => update({ ...values, themes }, 'themes')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            size="md"
            label={t('workshops.form.level')}
            value={values.level}
            error={errors.level}
            data={levelOptions(t)}
            onChange={(event) => {
              const level = event.currentTarget.value;
              update({ ...values, level: isLevel(level) ? level : '' }, 'level');
            }}
          />
          <TextInput size="md" type="date" label={t('workshops.form.date')} required {...text('date', 'date')} />
          <TextInput size="md" type="time" label={t('workshops.form.startTime')} required {...text('startTime', 'startTime')} />
          <TextInput size="md" label={t('workshops.form.duration')} required inputMode="numeric" autoComplete="off" {...text('duration', 'durationMin')} />
          <TextInput size="md" label={t('workshops.form.room')} maxLength={80} autoComplete="off" {...text('room', 'room')} />
          <NativeSelect
            size="md"
            label={t('workshops.form.facilitator')}
            value={values.facilitatorId}
            error={errors.facilitatorId}
            data={facilitatorOptions}
            onChange={(event) => update({ ...values, facilitatorId: event.currentTarget.value }, 'facilitatorId')}
          />
          <TextInput
            size="md"
            label={t('workshops.form.capacity')}
            description={values.kind === 'individuel' ? t('workshops.form.kindIndividuelHelp') : undefined}
            required
            readOnly={values.kind === 'individuel'}
            inputMode="numeric"
            autoComplete="off"
            {...text('capacity', 'capacity')}
          />
        </SimpleGrid>
        {editing ? null : (
          <Group align="flex-start" gap="lg">
            <Checkbox
              size="md"
              mt="sm"
              label={t('workshops.form.repeat')}
              description={t('workshops.form.repeatHelp')}
              checked={values.repeat}
              onChange={(event) => update({ ...values, repeat: event.currentTarget.checked }, 'weeks')}
            />
            {values.repeat ? (
              <TextInput
                size="md"
                label={t('workshops.form.weeks')}
                description={t('workshops.form.weeksHelp', { max: MAX_WEEKS })}
                required
                inputMode="numeric"
                autoComplete="off"
                {...text('weeks', 'weeks')}
              />
            ) : null}
          </Group>
        )}
      </Stack>
    </FormModal>
  );
}
