import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayFiguresDto, ReportLine } from '../../../../../electron/common/contract';
import { formatCount } from '../../../../../electron/common/documents/a4-document';
import { formatEuros } from '../../../../../electron/common/receipts/format';
import { FigureFacts } from './figure-facts';
import { FigureSection } from './figure-section';
import { ReportTable } from '../report-table';

const euros = (cents: number) => formatEuros(cents, 'screen');
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Every figure of the day, in the order of the printed close: passes, sessions, welcome desk, refusals, follow-up. */
export function DayFiguresSections({ figures, closed }: { figures: DayFiguresDto; closed: boolean }) {
  const { t } = useTranslation();
  const f = figures;
  const lineColumns = (first: string) =>
    [
      { label: first, align: 'left' },
      { label: t('close.figures.passes.count'), align: 'right' },
      { label: t('close.figures.passes.amount'), align: 'right' },
    ] as const;
  const lineRows = (lines: readonly ReportLine[]) => lines.map((line) => [line.label, formatCount(line.count), euros(line.valueCents)]);
  const lineTotal = (lines: readonly ReportLine[]) => [
    t('close.figures.passes.total'),
    formatCount(sum(lines.map((line) => line.count))),
    euros(sum(lines.map((line) => line.valueCents))),
  ];
  return (
    <>
      <FigureSection id="day-passes" title={t('close.figures.passes.title')}>
        <FigureFacts
          testId="day-passes"
          rows={[
            [t('close.figures.passes.carnets'), formatCount(f.carnetsHandedOut)],
            [t('close.figures.passes.handedOut'), formatCount(f.passesHandedOut)],
            [t('close.figures.passes.redeemed'), formatCount(f.redeemed.count)],
            [t('close.figures.passes.value'), euros(f.redeemed.valueCents)],
          ]}
        />
        <ReportTable
          testId="day-by-service"
          caption={t('close.figures.passes.byService')}
          columns={lineColumns(t('close.figures.passes.service'))}
          rows={lineRows(f.redeemedByService)}
          footer={[t('close.figures.passes.total'), formatCount(f.redeemed.count), euros(f.redeemed.valueCents)]}
          empty={t('close.figures.passes.noService')}
        />
        <ReportTable
          testId="day-by-session"
          caption={t('close.figures.passes.bySession')}
          columns={lineColumns(t('close.figures.passes.session'))}
          rows={lineRows(f.redeemedBySession)}
          footer={lineTotal(f.redeemedBySession)}
          empty={t('close.figures.passes.noSession')}
        />
      </FigureSection>
      <FigureSection id="day-sessions" title={t('close.figures.sessions.title')}>
        <FigureFacts
          testId="day-sessions"
          rows={[
            [t('close.figures.sessions.held'), formatCount(f.sessions.held)],
            [t('close.figures.sessions.cancelled'), formatCount(f.sessions.cancelled)],
            [t('close.figures.sessions.notClosed'), formatCount(f.sessions.notClosed)],
            [t('close.figures.sessions.present'), formatCount(f.attendance.present)],
            [t('close.figures.sessions.absent'), formatCount(f.attendance.absent)],
            [t('close.figures.sessions.excused'), formatCount(f.attendance.excused)],
            [t('close.figures.sessions.notSignedIn'), formatCount(f.attendance.notSignedIn)],
          ]}
        />
      </FigureSection>
      <FigureSection id="day-welcome" title={t('close.figures.welcome.title')}>
        <FigureFacts
          testId="day-welcome"
          rows={[
            [t('close.figures.welcome.newBeneficiaries'), formatCount(f.newBeneficiaries)],
            [t('close.figures.welcome.bilans'), formatCount(f.bilansCompleted)],
          ]}
        />
      </FigureSection>
      <FigureSection id="day-refusals" title={t('close.figures.refusals.title')}>
        <ReportTable
          testId="day-refusals"
          caption={t('close.figures.refusals.byReason')}
          columns={[
            { label: t('close.figures.refusals.reason'), align: 'left' },
            { label: t('close.figures.refusals.count'), align: 'right' },
          ]}
          rows={f.refusals.map((refusal) => [refusal.label, formatCount(refusal.count)])}
          footer={[t('close.figures.refusals.total'), formatCount(sum(f.refusals.map((refusal) => refusal.count)))]}
          empty={t('close.figures.refusals.none')}
        />
      </FigureSection>
      <FigureSection id="day-follow-up" title={t('close.figures.followUp.title')}>
        <FigureFacts
          testId="day-follow-up"
          rows={[
            [t('close.figures.followUp.printFailures'), formatCount(f.printFailures)],
            [t('close.figures.followUp.pendingUpload'), formatCount(f.pendingUpload)],
          ]}
        />
        {closed ? <Text size="sm">{t('close.figures.followUp.snapshot')}</Text> : null}
      </FigureSection>
    </>
  );
}
