import { PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SetupValues } from './setup-form';

export function AdminStep({ form }: { form: UseFormReturnType<SetupValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Text>{t('setup.admin.intro')}</Text>
      <TextInput label={t('fields.displayName')} required autoComplete="name" {...form.getInputProps('displayName')} />
      <TextInput
        label={t('fields.login')}
        required
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        {...form.getInputProps('login')}
      />
      <PasswordInput
        label={t('fields.password')}
        description={t('fields.passwordHelp')}
        required
        autoComplete="new-password"
        {...form.getInputProps('password')}
      />
      <PasswordInput
        label={t('setup.admin.confirm')}
        required
        autoComplete="new-password"
        {...form.getInputProps('confirm')}
      />
    </Stack>
  );
}
