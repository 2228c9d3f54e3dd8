import { Button, Checkbox, Group, NumberInput, Radio, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BilanAnswers, GridQuestion } from '../../../../../electron/common/domain/bilans/needs-grid';

type AnswerValue = BilanAnswers[string] | undefined;

export const questionId = (code: string) => `bilan-question-${code}`;

/**
 * One question of the grid, by its type: choices as radio buttons or checkboxes (arrow keys and Space), yes/no
 * as two radio buttons, a number, a text. Tab goes from one question to the next.
 */
/** A radio answer cannot be unticked by itself: an optional one gets « Effacer la réponse » once answered. */
function Clearable({ show, label, onClear, children }: { show: boolean; label: string; onClear(): void; children: ReactNode }) {
  const { t } = useTranslation();
  if (!show) return <>{children}</>;
  return (
    <Stack gap={4}>
      {children}
      <Button variant="subtle" size="compact-sm" w="fit-content" onClick={onClear} aria-label={label}>
        {t('beneficiaries.bilan.clearShort')}
      </Button>
    </Stack>
  );
}

export function GridQuestionField({
  question,
  value,
  onChange,
  error,
}: {
  question: GridQuestion;
  value: AnswerValue;
  onChange(value: AnswerValue): void;
  error?: string;
}) {
  const { t } = useTranslation();
  const clearable = !question.required && value !== undefined;
  const clearLabel = t('beneficiaries.bilan.clear', { question: question.label });
  const common = { label: question.label, description: question.help, required: question.required, error, id: questionId(question.code) };
  switch (question.type) {
    case 'single':
      return (
        <Clearable show={clearable} label={clearLabel} onClear={() => onChange(undefined)}>
          <Radio.Group {...common} value={typeof value === 'string' ? value : null} onChange={(code) => onChange(code)}>
            <SimpleGrid cols={{ base: 1, sm: question.options.length > 4 ? 2 : question.options.length }} mt="xs" spacing="xs">
              {question.options.map((option) => (
                <Radio key={option.code} value={option.code} label={option.label} size="md" />
              ))}
            </SimpleGrid>
          </Radio.Group>
        </Clearable>
      );
    case 'multiple':
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={(codes) => onChange(codes)}>
          <SimpleGrid cols={{ base: 1, sm: question.options.length > 4 ? 2 : question.options.length }} mt="xs" spacing="xs">
            {question.options.map((option) => (
              <Checkbox key={option.code} value={option.code} label={option.label} size="md" />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      );
    case 'yes-no':
      return (
        <Clearable show={clearable} label={clearLabel} onClear={() => onChange(undefined)}>
          <Radio.Group
            {...common}
            value={value === true ? 'oui' : value === false ? 'non' : null}
            onChange={(answer) => onChange(answer === 'oui')}
          >
            <Group mt="xs" gap="xl">
              <Radio value="oui" label={t('beneficiaries.bilan.yes')} size="md" />
              <Radio value="non" label={t('beneficiaries.bilan.no')} size="md" />
            </Group>
          </Radio.Group>
        </Clearable>
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          size="md"
          w={220}
          min={question.min}
          max={question.max}
          allowDecimal={false}
          hideControls
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
        />
      );
    case 'text':
      return question.maxLength > 120 ? (
        <Textarea
          {...common}
          size="md"
          autosize
          minRows={2}
          maxLength={question.maxLength}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      ) : (
        <TextInput
          {...common}
          size="md"
          maxLength={question.maxLength}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}
