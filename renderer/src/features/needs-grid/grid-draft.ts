import type { GridQuestion, NeedsGridDefinition } from '../../../../electron/common/domain/bilans/needs-grid';
import { criterionCode } from '../criteria/criterion-code';

/**
 * The grid being edited. Items added on the screen have an empty code until saved: their code is then made
 * from their label, never reused. Existing codes never change, so answers stay comparable across versions.
 */
export type GridDraft = NeedsGridDefinition;
export type DraftSection = GridDraft['sections'][number];
export type QuestionType = GridQuestion['type'];

export const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'yes-no', 'number', 'text'];

export function newQuestion(type: QuestionType, label: string): GridQuestion {
  const base = { code: '', label, required: false };
  switch (type) {
    case 'single':
      return { ...base, type, options: [{ code: '', label: 'Oui' }, { code: '', label: 'Non' }] };
    case 'multiple':
      return { ...base, type, options: [{ code: '', label: '' }] };
    case 'yes-no':
      return { ...base, type };
    case 'number':
      return { ...base, type, min: 0, max: 1000 };
    case 'text':
      return { ...base, type, maxLength: 200 };
  }
}

export function newSection(label: string, firstQuestion: GridQuestion): DraftSection {
  return { code: '', label, questions: [firstQuestion] };
}

function allCodes(draft: GridDraft): Set<string> {
  const codes = new Set<string>();
  for (const section of draft.sections) {
    if (section.code) codes.add(section.code);
    for (const question of section.questions) {
      if (question.code) codes.add(question.code);
    }
  }
  return codes;
}

/** Codes for everything added on the screen, from the labels, unique in the grid (options: in their question). */
export function withCodes(draft: GridDraft): GridDraft {
  const taken = allCodes(draft);
  const code = (current: string, label: string, used: Set<string>) => {
    if (current) return current;
    const made = criterionCode(label, used);
    used.add(made);
    return made;
  };
  return {
    ...draft,
    sections: draft.sections.map((section) => ({
      ...section,
      code: code(section.code, section.label, taken),
      questions: section.questions.map((question) => {
        const withCode = { ...question, code: code(question.code, question.label, taken) };
        if (withCode.type !== 'single' && withCode.type !== 'multiple') return withCode;
        const optionCodes = new Set(withCode.options.map((option) => option.code).filter(Boolean));
        return { ...withCode, options: withCode.options.map((option) => ({ ...option, code: code(option.code, option.label, optionCodes) })) };
      }),
    })),
  };
}

/** Moves item `from` one place up (-1) or down (+1); unchanged at the ends. */
export function move<T>(items: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (to < 0 || to >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/**
 * Where a backend error on the grid is, for the agent: `definition.sections.1.questions.2.options` →
 * `Section 2 « Accès », question 3 « … »`.
 */
export function errorPlace(path: string, draft: GridDraft): string {
  const parts = path.split('.');
  const s = parts.indexOf('sections');
  if (s < 0) return 'Grille';
  const sectionIndex = Number(parts[s + 1]);
  const section = draft.sections[sectionIndex];
  let place = `Section ${sectionIndex + 1}${section?.label ? ` « ${section.label} »` : ''}`;
  const q = parts.indexOf('questions');
  if (q >= 0) {
    const questionIndex = Number(parts[q + 1]);
    const question = section?.questions[questionIndex];
    place += `, question ${questionIndex + 1}${question?.label ? ` « ${question.label} »` : ''}`;
  }
  return place;
}
