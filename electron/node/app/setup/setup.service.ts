import { AppError, type AppStatusDto, type MethodName, type ParsedInput, type SiteDto } from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { newId } from '../../../common/domain/ids';
import type { GuichetDatabase } from '../../../../db/types';
import { writeChange } from '../../../../db/change';
import { insertAgent } from '../../../../db/repositories/agent.repo';
import { getSite, insertSite } from '../../../../db/repositories/site.repo';
import { setSetting } from '../../../../db/repositories/setting.repo';
import type { CommunesService } from '../communes/communes.service';
import { DEFAULT_SCRYPT, hashSecret, type ScryptParams } from '../auth/password-hash';
import { toSiteDto } from './site-dto';

type SetupInput = ParsedInput<Extract<MethodName, 'setup.complete'>>;

/** First run: the site and its first administrator, created together or not at all. */
export class SetupService {
  constructor(
    private readonly db: GuichetDatabase,
    private readonly clock: Clock,
    private readonly communes: CommunesService,
    private readonly version: string,
    private readonly hashing: ScryptParams = DEFAULT_SCRYPT,
  ) {}

  status(): AppStatusDto {
    const site = getSite(this.db);
    return { setupDone: site !== undefined, site: site ? toSiteDto(site) : null, version: this.version };
  }

  async complete(input: SetupInput): Promise<SiteDto> {
    if (getSite(this.db)) throw new AppError('ALREADY_SET_UP');
    const commune = this.communes.getByCode(input.site.communeCode);
    if (!commune) throw new AppError('INVALID_INPUT', 'Commune inconnue : choisissez-la dans la liste.');
    const passwordHash = await hashSecret(input.admin.password, this.hashing);
    return writeChange(this.db, this.clock, (tx) => {
      if (getSite(tx)) throw new AppError('ALREADY_SET_UP');
      const now = this.clock().toISOString();
      const siteRow = {
        id: newId(),
        name: input.site.name,
        kind: input.site.kind,
        communeCode: commune.code,
        communeName: commune.nom,
        createdAt: now,
      };
      insertSite(tx, siteRow);
      const adminId = newId();
      insertAgent(tx, {
        id: adminId,
        login: input.admin.login,
        displayName: input.admin.displayName,
        role: 'admin',
        passwordHash,
        pinHash: null,
        disabled: false,
        createdAt: now,
        updatedAt: now,
        lastLoginAt: null,
      });
      setSetting(tx, 'desk.id', newId(), now);
      return {
        result: toSiteDto(siteRow),
        audit: { actorId: null, action: 'setup.completed', targetType: 'site', targetId: siteRow.id, details: { adminId, kind: siteRow.kind, communeCode: siteRow.communeCode } },
        outbox: { entity: 'site', entityId: siteRow.id, operation: 'site.created', payload: { kind: siteRow.kind, communeCode: siteRow.communeCode, name: siteRow.name } },
      };
    });
  }
}
