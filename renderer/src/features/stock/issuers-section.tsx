import { Button, Fieldset, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuerDto } from '../../../../electron/common/contract';
import { CHECK_DIGITS, CHECK_DIGIT_LABELS, type CheckDigit } from '../../../../electron/common/domain/passes/number-rule';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { toClientError, type ClientError } from '../../transport';
import { FormModal } from '../shell/form-modal';
import { fieldErrorsOf } from './field-errors';

const FIELDS = ['name', 'carnetRule.pattern', 'carnetRule.checkDigit', 'passRule.pattern', 'passRule.checkDigit'] as const;
type Field = (typeof FIELDS)[number];

interface Draft {
  id?: string;
  name: string;
  carnetPattern: string;
  carnetCheck: CheckDigit;
  passPattern: string;
  passCheck: CheckDigit;
}

const EMPTY: Draft = { name: '', carnetPattern: '', carnetCheck: 'none', passPattern: '', passCheck: 'none' };

function IssuerModal({ draft: initial, onClose, onSaved }: { draft: Draft; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const checkOptions = CHECK_DIGITS.map((value) => ({ value, label: CHECK_DIGIT_LABELS[value] }));

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await client.call('stock.save-issuer', {
        ...(draft.id ? { id: draft.id } : {}),
        name: draft.name,
        carnetRule: { pattern: draft.carnetPattern, checkDigit: draft.carnetCheck },
        passRule: { pattern: draft.passPattern, checkDigit: draft.passCheck },
      });
      notifySuccess(t('stock.issuers.saved'));
      onSaved();
    } catch (caught) {
      const failure = toClientError(caught);
      setErrors(fieldErrorsOf(failure, FIELDS));
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const rule = (prefix: 'carnet' | 'pass') => (
    <Fieldset legend={t(prefix === 'carnet' ? 'stock.issuers.carnetRule' : 'stock.issuers.passRule')}>
      <Group align="flex-start" grow>
        <TextInput
          size="md"
          label={t('stock.issuers.pattern')}
          description={t('stock.issuers.patternHelp')}
          required
          autoComplete="off"
          value={prefix === 'carnet' ? draft.carnetPattern : draft.passPattern}
          error={errors[`${prefix}Rule.pattern`]}
          onChange={(event) => set(prefix === 'carnet' ? 'carnetPattern' : 'passPattern', event.currentTarget.value)}
        />
        <NativeSelect
          size="md"
          label={t('stock.issuers.checkDigit')}
          data={checkOptions}
          value={prefix === 'carnet' ? draft.carnetCheck : draft.passCheck}
          error={errors[`${prefix}Rule.checkDigit`]}
          onChange={(event) => set(prefix === 'carnet' ? 'carnetCheck' : 'passCheck', event.currentTarget.value as CheckDigit)}
        />
      </Group>
    </Fieldset>
  );

  return (
    <FormModal
      opened
      title={t(draft.id ? 'stock.issuers.editTitle' : 'stock.issuers.createTitle')}
      error={error}
      submitLabel={t('common.save')}
      submitting={busy}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      <TextInput size="md" label={t('stock.issuers.name')} required maxLength={80} autoComplete="off" data-autofocus value={draft.name} error={errors.name} onChange={(event) => set('name', event.currentTarget.value)} />
      {rule('carnet')}
      {rule('pass')}
    </FormModal>
  );
}

/** « Émetteurs »: who prints the carnets, and how they number carnets and passes. */
export function IssuersSection({ issuers, onSaved }: { issuers: IssuerDto[]; onSaved(): void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Draft | null>(null);
  const ruleText = (rule: IssuerDto['carnetRule']) => t('stock.issuers.ruleLine', { pattern: rule.pattern, checkDigit: CHECK_DIGIT_LABELS[rule.checkDigit] });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="stock-issuers">
      <Stack gap="sm">
        <Title order={2} size="h3" id="stock-issuers">
          {t('stock.issuers.title')}
        </Title>
        {issuers.length === 0 ? (
          <Text>{t('stock.issuers.none')}</Text>
        ) : (
          <Table fz="md" aria-labelledby="stock-issuers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('stock.issuers.name')}</Table.Th>
                <Table.Th scope="col">{t('stock.issuers.carnetRule')}</Table.Th>
                <Table.Th scope="col">{t('stock.issuers.passRule')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('stock.issuers.edit')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issuers.map((issuer) => (
                <Table.Tr key={issuer.id}>
                  <Table.Th scope="row">{issuer.name}</Table.Th>
                  <Table.Td>{ruleText(issuer.carnetRule)}</Table.Td>
                  <Table.Td>{ruleText(issuer.passRule)}</Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      size="sm"
                      leftSection={<IconPencil aria-hidden />}
                      aria-label={t('stock.issuers.editLabel', { name: issuer.name })}
                      onClick={() =>
                        setEditing({
                          id: issuer.id,
                          name: issuer.name,
                          carnetPattern: issuer.carnetRule.pattern,
                          carnetCheck: issuer.carnetRule.checkDigit,
                          passPattern: issuer.passRule.pattern,
                          passCheck: issuer.passRule.checkDigit,
                        })
                      }
                    >
                      {t('stock.issuers.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          <Button variant="default" size="md" leftSection={<IconPlus aria-hidden />} onClick={() => setEditing(EMPTY)}>
            {t('stock.issuers.add')}
          </Button>
        </Group>
      </Stack>
      {editing ? (
        <IssuerModal
          draft={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onSaved();
          }}
        />
      ) : null}
    </Paper>
  );
}
