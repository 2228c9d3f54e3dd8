import { Fieldset, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BilanAnswers, NeedsGridDefinition } from '../../../../../electron/common/domain/bilans/needs-grid';
import { answerText } from './answer-text';

/** A completed bilan, read only: each question and its answer. */
export function BilanView({ grid, answers }: { grid: NeedsGridDefinition; answers: BilanAnswers }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {grid.sections.map((section) => (
        <Fieldset key={section.code} legend={section.label} styles={{ legend: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 700 } }}>
          <Stack component="dl" gap="sm" m={0}>
            {section.questions.map((question) => (
              <div key={question.code}>
                <Text component="dt" fw={700}>
                  {question.label}
                </Text>
                <Text component="dd" m={0}>
                  {answerText(t, question, answers[question.code])}
                </Text>
              </div>
            ))}
          </Stack>
        </Fieldset>
      ))}
    </Stack>
  );
}
