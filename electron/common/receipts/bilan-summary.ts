import type { BilanAnswers, NeedsGridDefinition } from '../domain/bilans/needs-grid';
import { formatDate } from './format';
import { block, receiptLayout, type ReceiptBlock, type ReceiptLayout } from './receipt-layout';

export interface BilanSummaryInput {
  siteName: string | null;
  printedAt: Date;
  /** When the bilan was completed (or last saved, for a draft). */
  bilanDate: Date;
  draft: boolean;
  person: { prenom: string; nom: string };
  grid: NeedsGridDefinition;
  answers: BilanAnswers;
}

/** An answer as the person reads it; null when unanswered. Free-text answers never go on paper. */
function answerText(question: NeedsGridDefinition['sections'][number]['questions'][number], value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  switch (question.type) {
    case 'yes-no':
      return value === true ? 'Oui' : value === false ? 'Non' : null;
    case 'number':
      return typeof value === 'number' ? String(value) : null;
    case 'single':
      return question.options.find((option) => option.code === value)?.label ?? null;
    case 'multiple': {
      if (!Array.isArray(value) || value.length === 0) return null;
      const labels = question.options.filter((option) => value.includes(option.code)).map((option) => option.label);
      return labels.length > 0 ? labels.join(', ') : null;
    }
    case 'text':
      return null;
  }
}

/**
 * The short bilan summary handed to the person on the receipt printer: who, when, and each answered question of
 * the grid version the bilan was answered with, section by section. Free-text answers (agents' remarks) stay
 * in the app.
 */
export function bilanSummaryLayout(input: BilanSummaryInput): ReceiptLayout {
  const blocks: ReceiptBlock[] = [
    block.title('Votre bilan numérique'),
    block.text(input.siteName ?? 'Guichet', { align: 'center' }),
    block.text(`${input.person.prenom} ${input.person.nom.toUpperCase()}`, { align: 'center', bold: true }),
    block.text(`${input.draft ? 'Bilan en cours' : 'Bilan'} du ${formatDate(input.bilanDate)}`, { align: 'center' }),
    block.separator(),
  ];
  for (const section of input.grid.sections) {
    const lines = section.questions.flatMap((question) => {
      const text = answerText(question, input.answers[question.code]);
      return text === null ? [] : [block.text(`${question.label} : ${text}`)];
    });
    if (lines.length === 0) continue;
    blocks.push(block.text(section.label, { bold: true }), ...lines, block.separator());
  }
  blocks.push(block.text(`Imprimé le ${formatDate(input.printedAt)}`, { align: 'center' }), block.cut());
  return receiptLayout(blocks);
}
