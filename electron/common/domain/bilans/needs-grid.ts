import { z } from 'zod';

/**
 * The needs-assessment grid as data: sections of questions with French labels. A desk's administrator edits
 * it; each edit is a new version, and a bilan keeps the version it was answered with.
 */
const Code = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Code attendu : lettres minuscules sans accent, chiffres et tirets.');
const Label = z.string().trim().min(1, 'Libellé obligatoire.').max(200);

export const GridOption = z.object({ code: Code, label: Label });
export type GridOption = z.infer<typeof GridOption>;

const QuestionBase = { code: Code, label: Label, help: z.string().max(500).optional(), required: z.boolean().default(false) };

export const GridQuestion = z.discriminatedUnion('type', [
  z.object({ ...QuestionBase, type: z.literal('single'), options: z.array(GridOption).min(2).max(60) }),
  z.object({ ...QuestionBase, type: z.literal('multiple'), options: z.array(GridOption).min(1).max(60) }),
  z.object({ ...QuestionBase, type: z.literal('yes-no') }),
  z.object({
    ...QuestionBase,
    type: z.literal('number'),
    min: z.number().int().default(0),
    max: z.number().int().default(1000),
  }),
  z.object({ ...QuestionBase, type: z.literal('text'), maxLength: z.number().int().min(1).max(500).default(200) }),
]);
export type GridQuestion = z.infer<typeof GridQuestion>;

export const GridSection = z.object({ code: Code, label: Label, questions: z.array(GridQuestion).min(1).max(40) });
export type GridSection = z.infer<typeof GridSection>;

export const NeedsGridDefinition = z
  .object({ title: Label, sections: z.array(GridSection).min(1).max(20) })
  .superRefine((grid, ctx) => {
    const seen = new Set<string>();
    grid.sections.forEach((section, s) => {
      section.questions.forEach((question, q) => {
        if (seen.has(question.code)) {
          ctx.addIssue({ code: 'custom', path: ['sections', s, 'questions', q, 'code'], message: `Code de question en double : ${question.code}.` });
        }
        seen.add(question.code);
        if (question.type === 'single' || question.type === 'multiple') {
          const codes = question.options.map((option) => option.code);
          if (new Set(codes).size !== codes.length) {
            ctx.addIssue({ code: 'custom', path: ['sections', s, 'questions', q, 'options'], message: 'Deux choix ont le même code.' });
          }
        }
        if (question.type === 'number' && question.min > question.max) {
          ctx.addIssue({ code: 'custom', path: ['sections', s, 'questions', q, 'max'], message: 'Le maximum doit être supérieur au minimum.' });
        }
      });
    });
  });
export type NeedsGridDefinition = z.infer<typeof NeedsGridDefinition>;

/** Answers keyed by question code. */
export const BilanAnswerValue = z.union([z.string().max(500), z.array(z.string().max(60)).max(60), z.boolean(), z.number()]);
export const BilanAnswers = z.record(z.string().max(60), BilanAnswerValue);
export type BilanAnswers = z.infer<typeof BilanAnswers>;
