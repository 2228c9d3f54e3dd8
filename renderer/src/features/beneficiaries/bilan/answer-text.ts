import type { TFunction } from 'i18next';
import type { BilanAnswers, GridQuestion } from '../../../../../electron/common/domain/bilans/needs-grid';

type AnswerValue = BilanAnswers[string] | undefined;

/** Whether a question has an answer worth keeping (an empty text or list counts as none). */
export function isAnswered(value: AnswerValue): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** An answer as a person reads it: the choices' labels, « Oui »/« Non », the number or the text. */
export function answerText(t: TFunction, question: GridQuestion, value: AnswerValue): string {
  if (!isAnswered(value)) return t('beneficiaries.bilan.noAnswer');
  switch (question.type) {
    case 'single':
      return question.options.find((option) => option.code === value)?.label ?? String(value);
    case 'multiple': {
      const codes = Array.isArray(value) ? value : [];
      return codes.map((code) => question.options.find((option) => option.code === code)?.label ?? code).join(', ');
    }
    case 'yes-no':
      return value === true ? t('beneficiaries.bilan.yes') : t('beneficiaries.bilan.no');
    default:
      return String(value);
  }
}

/** Drops empty answers before sending. */
export function cleanAnswers(answers: BilanAnswers): BilanAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => isAnswered(value)));
}
