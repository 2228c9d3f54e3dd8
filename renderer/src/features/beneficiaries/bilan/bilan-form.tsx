import { Fieldset, Stack } from '@mantine/core';
import type { BilanAnswers, NeedsGridDefinition } from '../../../../../electron/common/domain/bilans/needs-grid';
import { GridQuestionField } from './grid-question';

/** The grid's sections and questions, generated from its definition (the bilan's own version). */
export function BilanForm({
  grid,
  answers,
  errors,
  onAnswer,
}: {
  grid: NeedsGridDefinition;
  answers: BilanAnswers;
  errors: Record<string, string>;
  onAnswer(code: string, value: BilanAnswers[string] | undefined): void;
}) {
  return (
    <Stack gap="lg">
      {grid.sections.map((section) => (
        <Fieldset key={section.code} legend={section.label} styles={{ legend: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 700 } }}>
          <Stack gap="lg">
            {section.questions.map((question) => (
              <GridQuestionField
                key={question.code}
                question={question}
                value={answers[question.code]}
                error={errors[question.code]}
                onChange={(value) => onAnswer(question.code, value)}
              />
            ))}
          </Stack>
        </Fieldset>
      ))}
    </Stack>
  );
}
