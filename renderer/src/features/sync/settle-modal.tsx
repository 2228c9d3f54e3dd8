import { Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_OUTCOME_LABELS, REVIEW_OUTCOMES, SettleInput, type ReviewItemDto, type ReviewOutcome } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { zodField } from '../../app/zod-field';
import { toClientError, type ClientError } from '../../transport';
import { FormModal } from '../shell/form-modal';
import { fieldErrorsOf } from '../stock/field-errors';
import { reviewSubject } from './review-subject';

const FIELDS = ['outcome', 'comment'] as const;
const isOutcome = (value: string): value is ReviewOutcome => (REVIEW_OUTCOMES as readonly string[]).includes(value);

/** « Régler »: how a conflict or rejection was settled (one of three outcomes) and an optional comment. */
export function SettleModal({ item, onClose, onSettled }: { item: ReviewItemDto | null; onClose(): void; onSettled(item: ReviewItemDto): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { outcome: '', comment: '' },
    validate: {
      outcome: (value: string) => (isOutcome(value) ? null : t('sync.review.outcomeRequired')),
      comment: zodField(SettleInput.shape.comment),
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (!item || !isOutcome(values.outcome)) return;
    setError(null);
    setBusy(true);
    try {
      onSettled(await client.call('sync.review-settle', { id: item.id, outcome: values.outcome, comment: values.comment }));
    } catch (caught) {
      const failure = toClientError(caught);
      form.setErrors(fieldErrorsOf(failure, FIELDS));
      setError(failure);
    } finally {
      setBusy(false);
    }
  });

  return (
    <FormModal
      opened={item !== null}
      title={item ? t('sync.review.modalTitle', { what: reviewSubject(t, item) }) : ''}
      error={error}
      submitLabel={t('sync.review.submit')}
      submitting={busy}
      onSubmit={submit}
      onClose={onClose}
    >
      <Stack gap="md">
        <Radio.Group label={t('sync.review.outcome')} {...form.getInputProps('outcome')}>
          <Stack gap="sm" mt="xs">
            {REVIEW_OUTCOMES.map((outcome, index) => (
              <Radio key={outcome} value={outcome} label={REVIEW_OUTCOME_LABELS[outcome]} data-autofocus={index === 0 ? true : undefined} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          size="md"
          label={t('sync.review.commentLabel')}
          description={t('sync.review.commentHelp')}
          autosize
          minRows={2}
          maxLength={300}
          {...form.getInputProps('comment')}
        />
      </Stack>
    </FormModal>
  );
}
