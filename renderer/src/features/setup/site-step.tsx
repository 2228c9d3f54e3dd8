import { Radio, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SITE_KINDS } from '../../../../electron/common/contract';
import { CommuneSelect } from './commune-select';
import type { SetupValues } from './setup-form';

export function SiteStep({ form }: { form: UseFormReturnType<SetupValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <TextInput
        label={t('setup.site.name')}
        description={t('setup.site.nameHelp')}
        required
        data-autofocus
        {...form.getInputProps('siteName')}
      />
      <Radio.Group label={t('setup.site.kind')} required {...form.getInputProps('kind')}>
        <Stack gap="sm" mt="xs">
          {SITE_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`setup.site.kinds.${kind}`)} description={t(`setup.site.kindHelp.${kind}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <CommuneSelect
        value={form.values.commune}
        onChange={(commune) => form.setFieldValue('commune', commune)}
        error={form.errors.commune ? String(form.errors.commune) : null}
      />
    </Stack>
  );
}
