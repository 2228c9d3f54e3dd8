import { Checkbox, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceDto } from '../../../../../electron/common/contract';
import type { WorkshopLevel } from '../../../../../electron/common/domain/workshops/coop';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { FormModal } from '../../shell/form-modal';
import { fieldErrorsOf } from '../../stock/field-errors';
import { THEME_OPTIONS, isLevel, levelOptions } from './coop-options';

const FIELDS = ['name', 'themes', 'level', 'defaultDurationMin', 'passRequired', 'pricePasses'] as const;
type Field = (typeof FIELDS)[number];

interface Draft {
  name: string;
  themes: string[];
  level: WorkshopLevel | '';
  duration: string;
  passRequired: boolean;
  price: string;
}

const whole = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

function draftOf(service: ServiceDto | null): Draft {
  if (!service) return { name: '', themes: [], level: '', duration: '', passRequired: true, price: '1' };
  return {
    name: service.name,
    themes: [...service.themes],
    level: service.level ?? '',
    duration: String(service.defaultDurationMin),
    passRequired: service.passRequired,
    price: String(service.pricePasses),
  };
}

/** « Nouveau service » / « Modifier le service »: what a pass pays for, with La Coop's themes and level. */
export function ServiceFormModal({ service, onClose, onSaved }: { service: ServiceDto | null; onClose(): void; onSaved(saved: ServiceDto): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(service));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof Draft>(key: K, value: Draft[K], field: Field) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  };

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    const duration = whole(draft.duration);
    // Without a pass the price does not apply: the one saved before is kept.
    const price = draft.passRequired ? whole(draft.price) : (service?.pricePasses ?? 1);
    const local: Partial<Record<Field, string>> = {};
    if (Number.isNaN(duration)) local.defaultDurationMin = t('workshops.services.numberRequired');
    if (Number.isNaN(price)) local.pricePasses = t('workshops.services.numberRequired');
    setErrors(local);
    setError(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const saved = await client.call('services.save', {
        ...(service ? { id: service.id } : {}),
        name: draft.name,
        themes: draft.themes,
        level: draft.level === '' ? null : draft.level,
        defaultDurationMin: duration,
        passRequired: draft.passRequired,
        pricePasses: price,
        archived: service?.archived ?? false,
      });
      onSaved(saved);
    } catch (caught) {
      const failure = toClientError(caught);
      setErrors(fieldErrorsOf(failure, FIELDS));
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal
      opened
      title={t(service ? 'workshops.services.editTitle' : 'workshops.services.createTitle')}
      error={error}
      submitLabel={t('common.save')}
      submitting={busy}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      <Stack gap="md">
        <TextInput
          size="md"
          label={t('workshops.services.name')}
          required
          maxLength={100}
          autoComplete="off"
          data-autofocus
          value={draft.name}
          error={errors.name}
          onChange={(event) => set('name', event.currentTarget.value, 'name')}
        />
        <MultiSelect
          size="md"
          label={t('workshops.form.themes')}
          description={t('workshops.form.themesHelp')}
          data={THEME_OPTIONS}
          value={draft.themes}
          error={errors.themes}
          searchable
          clearable
          nothingFoundMessage={t('workshops.form.themesEmpty')}
          onChange={(themes) => set('themes', themes, 'themes')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            size="md"
            label={t('workshops.form.level')}
            value={draft.level}
            error={errors.level}
            data={levelOptions(t)}
            onChange={(event) => {
              const level = event.currentTarget.value;
              set('level', isLevel(level) ? level : '', 'level');
            }}
          />
          <TextInput
            size="md"
            label={t('workshops.services.durationField')}
            description={t('workshops.services.durationHelp')}
            required
            inputMode="numeric"
            autoComplete="off"
            value={draft.duration}
            error={errors.defaultDurationMin}
            onChange={(event) => set('duration', event.currentTarget.value, 'defaultDurationMin')}
          />
        </SimpleGrid>
        <Checkbox
          size="md"
          label={t('workshops.services.passRequiredField')}
          description={t('workshops.services.passRequiredHelp')}
          checked={draft.passRequired}
          error={errors.passRequired}
          onChange={(event) => set('passRequired', event.currentTarget.checked, 'passRequired')}
        />
        {draft.passRequired ? (
          <TextInput
            size="md"
            label={t('workshops.services.priceField')}
            description={t('workshops.services.priceHelp')}
            required
            inputMode="numeric"
            autoComplete="off"
            value={draft.price}
            error={errors.pricePasses}
            onChange={(event) => set('price', event.currentTarget.value, 'pricePasses')}
          />
        ) : null}
      </Stack>
    </FormModal>
  );
}
