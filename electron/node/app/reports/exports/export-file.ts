import type { DayReportDto, ExportFileDto, ExportRequest, LotDto, PeriodReportDto, RegieStatementDto, ReportFilters } from '../../../../common/contract';
import { dayCloseDocument } from '../../../../common/documents/day-close-document';
import { periodReportDocument } from '../../../../common/documents/period-report-document';
import { regieDocument } from '../../../../common/documents/regie-document';
import type { A4Document } from '../../../../common/documents/a4-document';
import { parisDate, parisTime } from '../../../../common/domain/passes/paris-date';
import type { DayPeriod } from '../../../../common/domain/reports/periods';
import { activityLines, participantsOf } from '../../../../../db/repositories/period-report.repo';
import { redemptionLines } from '../../../../../db/repositories/report-lists.repo';
import type { GuichetDatabase } from '../../../../../db/types';
import { periodParams } from '../period-report';
import { csvFile } from './csv-writer';
import { activitiesSheet, periodSheets, redemptionsSheet, regieSheet, stockSheet } from './export-sheets';
import { pdfFile } from './pdf-writer';
import type { Sheet } from './table-sheet';
import { xlsxFile } from './xlsx-writer';

export interface ExportDeps {
  db: GuichetDatabase;
  now: Date;
  threshold: number;
  communeName(code: string): string;
  lots(): LotDto[];
  period(period: DayPeriod, filters: ReportFilters): PeriodReportDto;
  regie(month: string, issuerId: string): RegieStatementDto;
  day(date: string): DayReportDto;
}

const MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** `2027-03-05T13:05:00.000Z` → the same Paris wall-clock time written as if it were UTC (what a spreadsheet shows). */
function parisWallClock(iso: string): string {
  const instant = new Date(iso);
  return `${parisDate(instant)}T${parisTime(instant)}:00.000Z`;
}

async function tableFile(format: 'csv' | 'xlsx', sheets: Sheet[]): Promise<Buffer> {
  return format === 'csv' ? csvFile(sheets) : xlsxFile(sheets, parisWallClock);
}

function file(name: string, format: keyof typeof MIME, bytes: Buffer): ExportFileDto {
  return { fileName: `guichet-${name}.${format}`, mimeType: MIME[format], base64: bytes.toString('base64'), bytes: bytes.length };
}

const span = (period: DayPeriod) => (period.from === period.to ? period.from : `${period.from}_${period.to}`);

/** Builds the requested file: CSV and XLSX from sheets, PDF from the A4 documents. Nothing leaving the desk names a person. */
export async function exportFile(request: ExportRequest, deps: ExportDeps): Promise<ExportFileDto> {
  const pdf = (document: A4Document) => pdfFile(document, deps.now);
  switch (request.kind) {
    case 'activities': {
      const params = periodParams(request.period, request.filters);
      const activities = activityLines(deps.db, params);
      const participants = participantsOf(deps.db, params, new Set(activities.map((activity) => activity.id)));
      const sheet = activitiesSheet(activities, participants, { threshold: deps.threshold, communeName: deps.communeName });
      return file(`activites-${span(request.period)}`, request.format, await tableFile(request.format, [sheet]));
    }
    case 'redemptions': {
      const sheet = redemptionsSheet(redemptionLines(deps.db, periodParams(request.period, request.filters)));
      return file(`pass-utilises-${span(request.period)}`, request.format, await tableFile(request.format, [sheet]));
    }
    case 'stock':
      return file(`stock-${parisDate(deps.now)}`, request.format, await tableFile(request.format, [stockSheet(deps.lots())]));
    case 'period': {
      const report = deps.period(request.period, request.filters);
      const name = `rapport-${span(request.period)}`;
      if (request.format === 'pdf') return file(name, 'pdf', await pdf(periodReportDocument(report, deps.threshold)));
      return file(name, request.format, await tableFile(request.format, periodSheets(report, deps.threshold)));
    }
    case 'regie': {
      const statement = deps.regie(request.month, request.issuerId);
      const name = `regie-${request.month}-${statement.issuerName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      if (request.format === 'pdf') return file(name, 'pdf', await pdf(regieDocument(statement)));
      return file(name, request.format, await tableFile(request.format, [regieSheet(statement)]));
    }
    case 'day':
      return file(`cloture-${request.date}`, 'pdf', await pdf(dayCloseDocument(deps.day(request.date))));
  }
}
