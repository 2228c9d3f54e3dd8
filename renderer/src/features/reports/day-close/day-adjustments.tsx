import { useTranslation } from 'react-i18next';
import type { DayReportDto } from '../../../../../electron/common/contract';
import { AdjustmentsTable } from './adjustments-table';
import { FigureSection } from './figure-section';

/**
 * « Ajustements »: once the day is closed, the corrections of this day found since; always, the corrections of
 * earlier closed days that this close reported (or, while the day is open, that wait for the next close).
 */
export function DayAdjustments({ report }: { report: DayReportDto }) {
  const { t } = useTranslation();
  const closed = report.close !== null;
  return (
    <FigureSection id="day-adjustments" title={t('close.adjustments.title')}>
      {closed ? (
        <AdjustmentsTable
          testId="day-own-adjustments"
          caption={t('close.adjustments.ownTitle')}
          adjustments={report.adjustments}
          showDay={false}
          empty={t('close.adjustments.ownNone')}
        />
      ) : null}
      <AdjustmentsTable
        testId="day-reported-adjustments"
        caption={closed ? t('close.adjustments.reportedClosed') : t('close.adjustments.reportedOpen')}
        adjustments={report.reportedAdjustments}
        showDay
        empty={t('close.adjustments.reportedNone')}
      />
    </FigureSection>
  );
}
