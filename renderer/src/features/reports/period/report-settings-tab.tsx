import { Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportSettingsDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { toClientError, type ClientError } from '../../../transport';
import { ErrorAlert } from '../../errors/error-alert';
import { fieldErrorsOf } from '../../stock/field-errors';

const FIELDS = ['smallCellThreshold', 'priorityTargetPercent'] as const;
type Field = (typeof FIELDS)[number];
type Texts = Record<Field, string>;

const textsOf = (settings: ReportSettingsDto): Texts => ({ smallCellThreshold: String(settings.smallCellThreshold), priorityTargetPercent: String(settings.priorityTargetPercent) });

interface ReportSettingsTabProps {
  settings: ReportSettingsDto | null;
  onSaved(settings: ReportSettingsDto): void;
}

/** « Réglages »: the small-cell threshold of the exports and the priority publics' target. */
export function ReportSettingsTab({ settings, onSaved }: ReportSettingsTabProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [texts, setTexts] = useState<Texts | null>(settings ? textsOf(settings) : null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (settings) setTexts((current) => current ?? textsOf(settings));
  }, [settings]);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!texts) return;
    setError(null);
    const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
    const values = { smallCellThreshold: whole(texts.smallCellThreshold), priorityTargetPercent: whole(texts.priorityTargetPercent) };
    const checked = ReportSettingsDto.safeParse(values);
    if (!checked.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of checked.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= Number.isNaN(values[field]) ? t('reports.settings.wholeNumber') : issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = await client.call('reports.save-settings', checked.data);
      setTexts(textsOf(saved));
      onSaved(saved);
      notifySuccess(t('reports.settings.saved'));
    } catch (caught) {
      const failure = toClientError(caught);
      setErrors(fieldErrorsOf(failure, FIELDS));
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: Field, max: number) => (
    <TextInput
      size="md"
      w={360}
      inputMode="numeric"
      label={t(`reports.settings.${name}`)}
      description={t(`reports.settings.${name}Help`)}
      value={texts?.[name] ?? ''}
      error={errors[name]}
      maxLength={String(max).length}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setTexts((current) => (current ? { ...current, [name]: value } : current));
      }}
    />
  );

  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="reports-settings">
      <Stack gap="md">
        <Title order={2} size="h3" id="reports-settings">
          {t('reports.settings.title')}
        </Title>
        <Text>{t('reports.settings.intro')}</Text>
        <ErrorAlert error={error} />
        {texts === null ? (
          error ? null : <Loader aria-label={t('app.loading')} />
        ) : (
          <>
            {field('smallCellThreshold', 20)}
            {field('priorityTargetPercent', 100)}
            <Group>
              <Button type="submit" size="md" loading={busy}>
                {t('common.save')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
