import {
  AppError,
  type DashboardDto,
  type DayReportDto,
  type ExportFileDto,
  type ExportRequest,
  type FilterOptionsDto,
  type LotDto,
  type OpenDayDto,
  type PeriodReportDto,
  type PrintRequestDto,
  type RegieStatementDto,
  type ReportFilters,
  type ReportSettingsDto,
} from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { parisDate, type IsoDate } from '../../../common/domain/passes/paris-date';
import type { DayPeriod } from '../../../common/domain/reports/periods';
import { dayCloseReceipt } from '../../../common/receipts/day-close-receipt';
import type { ReceiptLayout } from '../../../common/receipts/receipt-layout';
import { writeChange } from '../../../../db/change';
import { getSite } from '../../../../db/repositories/site.repo';
import { listIssuers, listLots } from '../../../../db/repositories/stock.repo';
import { listServices } from '../../../../db/repositories/workshop.repo';
import { firstDataDay } from '../../../../db/repositories/report-lists.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { dashboard } from './dashboard';
import { checkClosedDays, closeDay, dayReport } from './day-close';
import { exportFile } from './exports/export-file';
import { openDays } from './open-days';
import { periodReport } from './period-report';
import { regieStatement } from './regie';
import { reportSettings, saveReportSettings } from './report-settings';

/** What the reports need from the rest of the backend. */
export interface ReportsDeps {
  db: GuichetDatabase;
  clock: Clock;
  communeName(code: string): string;
  criteria(): ReadonlyArray<{ code: string; label: string }>;
  lots(): LotDto[];
  printReceipt(kind: 'end-of-day', layout: ReceiptLayout): PrintRequestDto;
  /** Tells the other screens that a day was closed. */
  announceClose(close: { date: string; seq: number }): void;
}

/** The day close, the period reports, the régie statement, the exports and the referents' dashboard. */
export class ReportsService {
  constructor(private readonly deps: ReportsDeps) {}

  private today(): IsoDate {
    return parisDate(this.deps.clock());
  }

  day(actorId: string, date: IsoDate): DayReportDto {
    checkClosedDays(this.deps.db, this.deps.clock, actorId);
    return dayReport(this.deps.db, this.deps.clock, date);
  }

  closeDay(actorId: string, date: IsoDate): DayReportDto {
    closeDay(this.deps.db, this.deps.clock, actorId, date);
    const report = dayReport(this.deps.db, this.deps.clock, date);
    if (report.close) this.deps.announceClose({ date, seq: report.close.seq });
    return report;
  }

  printDay(actorId: string, date: IsoDate): PrintRequestDto {
    return this.deps.printReceipt('end-of-day', dayCloseReceipt(this.day(actorId, date)));
  }

  openDays(): OpenDayDto[] {
    return openDays(this.deps.db, this.today());
  }

  settings(): ReportSettingsDto {
    return reportSettings(this.deps.db);
  }

  saveSettings(actorId: string, settings: ReportSettingsDto): ReportSettingsDto {
    const { db, clock } = this.deps;
    writeChange(db, clock, (tx) => {
      saveReportSettings(tx, settings, clock().toISOString());
      return { result: null, audit: { actorId, action: 'reports.settings-changed', targetType: 'setting', targetId: 'reports', details: { ...settings } } };
    });
    return this.settings();
  }

  filterOptions(): FilterOptionsDto {
    const { db } = this.deps;
    const issuers = listIssuers(db);
    const issuerName = new Map(issuers.map((issuer) => [issuer.id, issuer.name]));
    return {
      issuers: issuers.map((issuer) => ({ id: issuer.id, label: issuer.name })),
      lots: listLots(db).map((lot) => ({ id: lot.id, label: `${lot.reference} (${issuerName.get(lot.issuerId) ?? ''})`, issuerId: lot.issuerId })),
      services: listServices(db, true).map((service) => ({ id: service.id, label: service.name })),
      firstDay: firstDataDay(db),
    };
  }

  period(period: DayPeriod, filters: ReportFilters): PeriodReportDto {
    const { db, clock } = this.deps;
    const options = this.filterOptions();
    const nameOf = (list: ReadonlyArray<{ id: string; label: string }>, id: string | null) => {
      if (id === null) return null;
      const found = list.find((item) => item.id === id);
      if (!found) throw new AppError('NOT_FOUND', 'Filtre inconnu : choisissez-le à nouveau dans la liste.');
      return found.label;
    };
    return periodReport(
      db,
      { period, filters, today: this.today(), generatedAt: clock().toISOString(), targetPercent: this.settings().priorityTargetPercent },
      {
        siteName: getSite(db)?.name ?? '',
        communeName: this.deps.communeName,
        criteria: this.deps.criteria(),
        filterNames: { lot: nameOf(options.lots, filters.lotId), issuer: nameOf(options.issuers, filters.issuerId), service: nameOf(options.services, filters.serviceId) },
      },
    );
  }

  regie(month: string, issuerId: string): RegieStatementDto {
    return regieStatement(this.deps.db, month, issuerId, this.deps.clock().toISOString());
  }

  dashboard(): DashboardDto {
    return dashboard(this.deps.db, this.today(), this.deps.lots());
  }

  /** A file to download; every export is audited (what, which period, which format), never its content. */
  async export(actorId: string, request: ExportRequest): Promise<ExportFileDto> {
    const { db, clock } = this.deps;
    const file = await exportFile(request, {
      db,
      now: clock(),
      threshold: this.settings().smallCellThreshold,
      communeName: this.deps.communeName,
      lots: () => this.deps.lots(),
      period: (period, filters) => this.period(period, filters),
      regie: (month, issuerId) => this.regie(month, issuerId),
      day: (date) => this.day(actorId, date),
    });
    const { kind, format } = request;
    const scope = 'period' in request ? request.period : 'month' in request ? { month: request.month } : 'date' in request ? { date: request.date } : {};
    writeChange(db, clock, () => ({
      result: null,
      audit: { actorId, action: 'reports.exported', targetType: 'export', targetId: null, details: { kind, format, ...scope, bytes: file.bytes } },
    }));
    return file;
  }
}
