import { Grid, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';
import { dayClosePath } from '../../../app/routes';
import { ErrorAlert } from '../../errors/error-alert';
import { DayAdjustments } from './day-adjustments';
import { DayCloseActions } from './day-close-actions';
import { parisToday, requestedDay } from './day-close-dates';
import { DayCloseStatus } from './day-close-status';
import { DayFiguresSections } from './day-figures-sections';
import { DayPicker } from './day-picker';
import { OpenDaysList } from './open-days-list';
import { useDayReport } from './use-day-report';

/**
 * « Clôture du jour » (`/cloture` for today in Paris, `/cloture/:date`): the day's figures, live while the day is
 * open and frozen once closed, its adjustments, closing it, printing it (ticket, A4) and its PDF; beside them,
 * the past days nobody closed.
 */
export function DayClosePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = parisToday();
  const { date, problem } = requestedDay(useParams().date, today);
  const { report, error, openDays, openDaysError, closed, reload } = useDayReport(problem ? null : date);

  return (
    <Stack gap="lg" maw={1400}>
      <Stack gap={4}>
        <Title order={1}>{t('close.page.title')}</Title>
        {problem === 'invalid' ? null : (
          <Text size="xl" fw={700} data-testid="day-close-date">
            {longFrenchDate(date)}
          </Text>
        )}
        {report ? <Text size="lg">{report.siteName}</Text> : null}
      </Stack>
      <Text>{t('close.page.intro')}</Text>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <DayPicker date={date} today={today} onChange={(next) => void navigate(dayClosePath(next))} />
            {problem ? <ErrorAlert error={t(problem === 'invalid' ? 'close.page.invalidDate' : 'close.page.futureDate')} /> : null}
            <ErrorAlert error={error} />
            {report ? (
              <>
                <DayCloseStatus report={report} />
                <DayCloseActions report={report} onClosed={closed} onRefused={reload} />
                <DayFiguresSections figures={report.figures} closed={report.close !== null} />
                <DayAdjustments report={report} />
              </>
            ) : problem || error ? null : (
              <Loader aria-label={t('app.loading')} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <OpenDaysList days={openDays} error={openDaysError} current={date} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
