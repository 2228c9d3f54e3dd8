import { ActionIcon, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { criterionCode } from './criterion-code';

interface ExtraRow {
  /** The stored code, or null for a criterion added on this screen (its code is made from its label). */
  code: string | null;
  label: string;
}

/**
 * « Critères prioritaires » (administrators): the scheme's criteria, fixed, and the desk's own, which the
 * administrator adds and renames. A saved criterion is never removed: people's records carry its code.
 */
export function CriteriaPage() {
  const { t } = useTranslation();
  const client = useClient();
  const [builtIn, setBuiltIn] = useState<CriterionDto[]>([]);
  const [extra, setExtra] = useState<ExtraRow[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [saving, setSaving] = useState(false);

  const show = (criteria: CriterionDto[]) => {
    setBuiltIn(criteria.filter((criterion) => criterion.builtIn));
    setExtra(criteria.filter((criterion) => !criterion.builtIn).map(({ code, label }) => ({ code, label })));
  };

  useEffect(() => {
    client.call('beneficiaries.criteria', {}).then(show, (caught: unknown) => setError(toClientError(caught)));
  }, [client]);

  const save = async () => {
    if (!extra) return;
    setError(null);
    setSaving(true);
    const taken = new Set([...builtIn.map((criterion) => criterion.code), ...extra.flatMap((row) => (row.code ? [row.code] : []))]);
    const criteria = extra.map((row) => {
      if (row.code) return { code: row.code, label: row.label };
      const code = criterionCode(row.label, taken);
      taken.add(code);
      return { code, label: row.label };
    });
    try {
      show(await client.call('beneficiaries.set-extra-criteria', { criteria }));
      notifySuccess(t('criteria.saved'));
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setSaving(false);
    }
  };

  const update = (index: number, label: string) =>
    setExtra((rows) => rows?.map((row, i) => (i === index ? { ...row, label } : row)) ?? rows);
  const remove = (index: number) => setExtra((rows) => rows?.filter((_, i) => i !== index) ?? rows);

  return (
    <Stack gap="lg" maw={880}>
      <Title order={1}>{t('criteria.title')}</Title>
      <Text>{t('criteria.intro')}</Text>
      <ErrorAlert error={error} />
      <Paper withBorder p="lg" component="section" aria-labelledby="criteria-built-in">
        <Title order={2} size="h3" id="criteria-built-in" mb="sm">
          {t('criteria.builtIn')}
        </Title>
        <List>
          {builtIn.map((criterion) => (
            <List.Item key={criterion.code}>{criterion.label}</List.Item>
          ))}
        </List>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="criteria-extra">
        <Title order={2} size="h3" id="criteria-extra" mb="sm">
          {t('criteria.extra')}
        </Title>
        {extra === null ? null : (
          <Stack gap="sm">
            {extra.length === 0 ? <Text c="dimmed">{t('criteria.none')}</Text> : null}
            {extra.map((row, index) => (
              <Group key={row.code ?? `new-${index}`} align="flex-end" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  size="md"
                  label={t('criteria.label', { n: index + 1 })}
                  value={row.label}
                  maxLength={80}
                  onChange={(event) => update(index, event.currentTarget.value)}
                />
                {row.code === null ? (
                  <ActionIcon
                    size="xl"
                    variant="default"
                    aria-label={t('criteria.remove', { label: row.label || t('criteria.label', { n: index + 1 }) })}
                    onClick={() => remove(index)}
                  >
                    <IconTrash aria-hidden />
                  </ActionIcon>
                ) : null}
              </Group>
            ))}
            <Group>
              <Button variant="default" size="md" leftSection={<IconPlus aria-hidden />} onClick={() => setExtra([...extra, { code: null, label: '' }])}>
                {t('criteria.add')}
              </Button>
              <Button size="md" loading={saving} onClick={() => void save()}>
                {t('criteria.save')}
              </Button>
            </Group>
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
