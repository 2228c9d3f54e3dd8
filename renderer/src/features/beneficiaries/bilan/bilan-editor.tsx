import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeneficiaryDto, BilanDto } from '../../../../../electron/common/contract';
import type { NeedsGridDefinition } from '../../../../../electron/common/domain/bilans/needs-grid';
import { ErrorAlert } from '../../errors/error-alert';
import { formatTime } from '../person/format-date';
import { isAnswered } from './answer-text';
import { BilanForm } from './bilan-form';
import { questionId } from './grid-question';
import { useBilanEditor } from './use-bilan-editor';

/** Fills in a bilan: a draft saved by the button or by itself, then « Terminer le bilan ». */
export function BilanEditor({
  person,
  bilan,
  grid,
  onCompleted,
}: {
  person: BeneficiaryDto;
  bilan: BilanDto | null;
  grid: NeedsGridDefinition;
  onCompleted(bilan: BilanDto): void;
}) {
  const { t } = useTranslation();
  const editor = useBilanEditor(person.id, bilan);
  const [missing, setMissing] = useState<Record<string, string>>({});

  const serverErrors: Record<string, string> = {};
  for (const [path, message] of Object.entries(editor.error?.fields ?? {})) {
    const code = path.replace(/^answers\./, '');
    serverErrors[code] = message;
  }
  const errors = { ...serverErrors, ...missing };

  const onAnswer: typeof editor.answer = (code, value) => {
    editor.answer(code, value);
    setMissing((current) => {
      if (!current[code]) return current;
      const next = { ...current };
      delete next[code];
      return next;
    });
  };

  const complete = async () => {
    const required = grid.sections.flatMap((section) => section.questions).filter((question) => question.required);
    const unanswered = required.filter((question) => !isAnswered(editor.answers[question.code]));
    if (unanswered.length > 0) {
      setMissing(Object.fromEntries(unanswered.map((question) => [question.code, t('beneficiaries.bilan.required')])));
      const first = unanswered[0];
      if (first) document.getElementById(questionId(first.code))?.querySelector<HTMLElement>('input, textarea')?.focus();
      return;
    }
    const done = await editor.complete();
    if (done) onCompleted(done);
  };

  return (
    // Not a <form>: Enter in a field must never complete the bilan by accident.
    <Stack gap="lg">
        <ErrorAlert error={editor.error} />
        <BilanForm grid={grid} answers={editor.answers} errors={errors} onAnswer={onAnswer} />
        <Stack
          gap="xs"
          pos="sticky"
          bottom={0}
          py="sm"
          style={{ background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
        >
          <Text size="sm" role="status" data-testid="bilan-save-state">
            {editor.dirty
              ? t('beneficiaries.bilan.unsaved')
              : editor.savedAt
                ? t('beneficiaries.bilan.draftSaved', { time: formatTime(editor.savedAt) })
                : t('beneficiaries.bilan.autosaveHelp')}
          </Text>
          <Group gap="sm">
            <Button
              variant="default"
              size="lg"
              leftSection={<IconDeviceFloppy aria-hidden />}
              loading={editor.saving}
              onClick={() => void editor.saveDraft()}
            >
              {t('beneficiaries.bilan.saveDraft')}
            </Button>
            <Button size="lg" leftSection={<IconCheck aria-hidden />} disabled={editor.saving} onClick={() => void complete()}>
              {t('beneficiaries.bilan.complete')}
            </Button>
          </Group>
        </Stack>
    </Stack>
  );
}
