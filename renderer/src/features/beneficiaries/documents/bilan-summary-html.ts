import type { TFunction } from 'i18next';
import type { BeneficiaryDto, BilanDto, NeedsGridDto } from '../../../../../electron/common/contract';
import { answerText } from '../bilan/answer-text';
import { formatDate } from '../person/format-date';
import { personName } from '../search/person-label';
import { a4Page, escapeHtml } from './print-html';

/** The bilan summary on A4: who, when, then each section's answered questions. */
export function bilanSummaryHtml(t: TFunction, person: BeneficiaryDto, bilan: BilanDto, grid: NeedsGridDto, site: string, now: Date): string {
  const sections = grid.definition.sections
    .map((section) => {
      const rows = section.questions
        .map((question) => `<dt>${escapeHtml(question.label)}</dt><dd>${escapeHtml(answerText(t, question, bilan.answers[question.code]))}</dd>`)
        .join('');
      return `<section><h2>${escapeHtml(section.label)}</h2><dl>${rows}</dl></section>`;
    })
    .join('');
  const when = formatDate(bilan.completedAt ?? bilan.updatedAt);
  const title = `${t('beneficiaries.documents.summaryTitle')} — ${personName(person)}`;
  const body = `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(grid.definition.title)} — ${escapeHtml(when)}</p>
${sections}
<p class="meta">${escapeHtml(t('beneficiaries.documents.printedOn', { date: formatDate(now.toISOString()), site }))}</p>`;
  return a4Page(title, body);
}
