import { ActionIcon, Badge, Button, Checkbox, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GridQuestion } from '../../../../electron/common/domain/bilans/needs-grid';

export interface GridQuestionEditorProps {
  question: GridQuestion;
  /** 1-based, for the labels read by screen readers. */
  number: number;
  onChange(question: GridQuestion): void;
  onMove(step: -1 | 1): void;
  onRemove(): void;
}

/** One question of the grid: its label, help and whether it is required; its choices for the choice types. */
export function GridQuestionEditor({ question, number, onChange, onMove, onRemove }: GridQuestionEditorProps) {
  const { t } = useTranslation();
  const name = question.label || t('grid.question', { n: number });
  const isNew = question.code === '';
  return (
    <Paper withBorder p="md" component="fieldset" aria-label={t('grid.question', { n: number })} style={{ border: undefined }}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Badge variant="light">{t(`grid.types.${question.type}`)}</Badge>
            {isNew ? <Badge color="#1e6b31">{t('grid.new')}</Badge> : <Text size="sm" c="dimmed">{t('grid.code', { code: question.code })}</Text>}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ActionIcon size="lg" variant="default" aria-label={t('grid.moveUp', { name })} onClick={() => onMove(-1)}>
              <IconArrowUp aria-hidden />
            </ActionIcon>
            <ActionIcon size="lg" variant="default" aria-label={t('grid.moveDown', { name })} onClick={() => onMove(1)}>
              <IconArrowDown aria-hidden />
            </ActionIcon>
            <ActionIcon size="lg" variant="default" color="red" aria-label={t('grid.removeQuestion', { name })} onClick={onRemove}>
              <IconTrash aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        <TextInput
          size="md"
          label={t('grid.questionLabel', { n: number })}
          value={question.label}
          maxLength={200}
          onChange={(event) => onChange({ ...question, label: event.currentTarget.value })}
        />
        <TextInput
          size="md"
          label={t('grid.help')}
          value={question.help ?? ''}
          maxLength={500}
          onChange={(event) => {
            const help = event.currentTarget.value;
            onChange(help ? { ...question, help } : { ...question, help: undefined });
          }}
        />
        <Checkbox
          size="md"
          label={t('grid.required')}
          checked={question.required}
          onChange={(event) => onChange({ ...question, required: event.currentTarget.checked })}
        />
        {question.type === 'number' ? (
          <Group grow>
            <NumberInput size="md" label={t('grid.min')} value={question.min} allowDecimal={false} onChange={(value) => onChange({ ...question, min: Number(value) || 0 })} />
            <NumberInput size="md" label={t('grid.max')} value={question.max} allowDecimal={false} onChange={(value) => onChange({ ...question, max: Number(value) || 0 })} />
          </Group>
        ) : null}
        {question.type === 'single' || question.type === 'multiple' ? (
          <Stack gap="xs" role="group" aria-label={t('grid.options', { name })}>
            {question.options.map((option, index) => (
              <Group key={option.code || `new-${index}`} align="flex-end" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  size="md"
                  label={t('grid.option', { n: index + 1 })}
                  value={option.label}
                  maxLength={200}
                  onChange={(event) => {
                    const label = event.currentTarget.value;
                    onChange({ ...question, options: question.options.map((o, i) => (i === index ? { ...o, label } : o)) });
                  }}
                />
                <ActionIcon
                    size="xl"
                    variant="default"
                    aria-label={t('grid.removeOption', { label: option.label || t('grid.option', { n: index + 1 }) })}
                    onClick={() => onChange({ ...question, options: question.options.filter((_, i) => i !== index) })}
                  >
                    <IconTrash aria-hidden />
                  </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                leftSection={<IconPlus aria-hidden />}
                onClick={() => onChange({ ...question, options: [...question.options, { code: '', label: '' }] })}
              >
                {t('grid.addOption')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
