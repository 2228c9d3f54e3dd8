import type { ReportSettingsDto } from '../../../common/contract';
import { DEFAULT_SMALL_CELL_THRESHOLD } from '../../../common/domain/reports/small-cells';
import { getSetting, setSetting } from '../../../../db/repositories/setting.repo';
import type { GuichetDatabase } from '../../../../db/types';

const KEY = 'reports';
/** The Métropole's target: at least half of the passes to priority publics (research/domain.md §1.5). */
export const DEFAULT_PRIORITY_TARGET_PERCENT = 50;

export function reportSettings(db: GuichetDatabase): ReportSettingsDto {
  return {
    smallCellThreshold: DEFAULT_SMALL_CELL_THRESHOLD,
    priorityTargetPercent: DEFAULT_PRIORITY_TARGET_PERCENT,
    ...getSetting<Partial<ReportSettingsDto>>(db, KEY),
  };
}

export function saveReportSettings(db: GuichetDatabase, settings: ReportSettingsDto, now: string): void {
  setSetting(db, KEY, settings, now);
}
