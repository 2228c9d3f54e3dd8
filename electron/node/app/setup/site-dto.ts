import type { SiteDto } from '../../../common/contract';
import type { site } from '../../../../db/schema';

export function toSiteDto(row: typeof site.$inferSelect): SiteDto {
  return { id: row.id, name: row.name, kind: row.kind, communeCode: row.communeCode, communeName: row.communeName };
}
