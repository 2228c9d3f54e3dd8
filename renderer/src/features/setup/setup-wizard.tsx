import { Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayName, Login, Password } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { zodField } from '../../app/zod-field';
import { toClientError, type ClientError } from '../../transport';
import { AuthLayout } from '../auth/auth-layout';
import { ErrorAlert } from '../errors/error-alert';
import { AdminStep } from './admin-step';
import { EMPTY_SETUP, STEP_FIELDS, type SetupValues } from './setup-form';
import { SiteStep } from './site-step';
import { SummaryStep } from './summary-step';

const STEP_KEYS = ['site', 'admin', 'summary'] as const;

/** First run: the place, its first administrator, a last check, then `setup.complete`. */
export function SetupWizard({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [step, setStep] = useState(0);
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const stepBody = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  const form = useForm<SetupValues>({
    initialValues: EMPTY_SETUP,
    validate: {
      siteName: (value) => (value.trim().length >= 2 ? null : t('setup.site.nameTooShort')),
      kind: (value) => (value ? null : t('setup.site.kindRequired')),
      commune: (value) => (value ? null : t('setup.site.communeRequired')),
      displayName: zodField(DisplayName),
      login: zodField(Login),
      password: zodField(Password),
      confirm: (value, values) => (value === values.password ? null : t('setup.admin.mismatch')),
    },
  });

  // Keyboard users land on the new step's first field (or its title when it has none).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const field = stepBody.current?.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled])');
    (field ?? heading.current)?.focus();
  }, [step]);

  const next = () => {
    const fields = STEP_FIELDS[step] ?? [];
    const invalid = fields.map((field) => form.validateField(field).hasError).some(Boolean);
    if (!invalid) setStep((current) => Math.min(current + 1, STEP_KEYS.length - 1));
  };

  const create = async () => {
    const { values } = form;
    if (busy || !values.kind || !values.commune) return;
    setBusy(true);
    setError(null);
    try {
      await client.call('setup.complete', {
        site: { name: values.siteName.trim(), kind: values.kind, communeCode: values.commune.code },
        admin: { displayName: values.displayName.trim(), login: values.login.trim(), password: values.password },
      });
      notifySuccess(t('setup.summary.done'));
      onDone();
    } catch (caught) {
      setError(toClientError(caught));
      setBusy(false);
    }
  };

  const stepKey = STEP_KEYS[step] ?? 'site';
  const last = step === STEP_KEYS.length - 1;
  return (
    <AuthLayout title={t('setup.title')} subtitle={<Text size="lg">{t('setup.intro')}</Text>} width={760}>
      <Stepper active={step} allowNextStepsSelect={false} onStepClick={setStep} size="sm">
        {STEP_KEYS.map((key) => (
          <Stepper.Step key={key} label={t(`setup.steps.${key}`)} />
        ))}
      </Stepper>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (last) void create();
          else next();
        }}
      >
        <Stack gap="lg">
          <Title order={2} ref={heading} tabIndex={-1}>
            {t(`setup.steps.${stepKey}`)}
          </Title>
          <div ref={stepBody}>
            {step === 0 ? <SiteStep form={form} /> : null}
            {step === 1 ? <AdminStep form={form} /> : null}
            {step === 2 ? <SummaryStep values={form.values} /> : null}
          </div>
          <ErrorAlert error={error} />
          <Group justify="space-between">
            {step > 0 ? (
              <Button variant="default" size="lg" leftSection={<IconArrowLeft aria-hidden />} onClick={() => setStep(step - 1)}>
                {t('common.back')}
              </Button>
            ) : (
              <span />
            )}
            {last ? (
              <Button type="submit" size="lg" loading={busy} leftSection={<IconCheck aria-hidden />}>
                {t('setup.summary.submit')}
              </Button>
            ) : (
              <Button type="submit" size="lg" rightSection={<IconArrowRight aria-hidden />}>
                {t('common.next')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  );
}
