import type { BilanAnswers, GridQuestion, NeedsGridDefinition } from './needs-grid';

/** One problem with an answer, keyed by question code, in French. */
export type AnswerIssues = Record<string, string>;

function checkAnswer(question: GridQuestion, value: unknown): string | null {
  switch (question.type) {
    case 'single':
      if (typeof value !== 'string' || !question.options.some((option) => option.code === value)) return 'Choisissez une des réponses proposées.';
      return null;
    case 'multiple':
      if (!Array.isArray(value) || value.some((code) => !question.options.some((option) => option.code === code))) {
        return 'Choisissez parmi les réponses proposées.';
      }
      if (new Set(value).size !== value.length) return 'Une réponse est cochée deux fois.';
      return null;
    case 'yes-no':
      return typeof value === 'boolean' ? null : 'Répondez par oui ou par non.';
    case 'number':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'Saisissez un nombre entier.';
      if (value < question.min || value > question.max) return `Saisissez un nombre entre ${question.min} et ${question.max}.`;
      return null;
    case 'text':
      if (typeof value !== 'string') return 'Saisissez un texte.';
      if (value.length > question.maxLength) return `${question.maxLength} caractères au plus.`;
      return null;
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Checks answers against the grid version they were given for. A draft may leave questions unanswered; a
 * completed bilan must answer the required ones. Unknown question codes are refused.
 */
export function validateAnswers(grid: NeedsGridDefinition, answers: BilanAnswers, complete: boolean): AnswerIssues {
  const issues: AnswerIssues = {};
  const questions = new Map(grid.sections.flatMap((section) => section.questions.map((question) => [question.code, question] as const)));
  for (const code of Object.keys(answers)) {
    if (!questions.has(code)) issues[code] = 'Question inconnue dans cette version de la grille.';
  }
  for (const [code, question] of questions) {
    const value = answers[code];
    if (isEmpty(value)) {
      if (complete && question.required) issues[code] = 'Réponse obligatoire pour terminer le bilan.';
      continue;
    }
    const problem = checkAnswer(question, value);
    if (problem) issues[code] = problem;
  }
  return issues;
}
