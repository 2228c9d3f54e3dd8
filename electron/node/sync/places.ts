import type { PlaceDto, PlacesDto } from '../../common/contract';
import { parisDate } from '../../common/domain/passes/paris-date';
import type { PullEntityData } from '../../common/sync/protocol';
import { listHubReferences, upcomingHubWorkshops, upcomingHubWorkshopsPerSite } from '../../../db/repositories/sync.repo';
import type { GuichetDatabase } from '../../../db/types';
import { hubLink, SYNC_KEYS, syncInstant } from './sync-settings';

/** How many upcoming workshops each place shows. */
const WORKSHOPS_PER_PLACE = 8;

/** The other places' upcoming workshop, as a CCAS receipt lists it (where to go). */
export interface WorkshopElsewhere {
  siteName: string;
  date: string;
  startTime: string;
  title: string;
}

function servicesById(db: GuichetDatabase): Map<string, PullEntityData<'service'>> {
  return new Map(listHubReferences<PullEntityData<'service'>>(db, 'service').map((service) => [service.id, service]));
}

/**
 * The collectivity's other places as the hub shares them (issue 8 item 2): each place's active services and its
 * planned collective workshops from today on. This desk's own site is left out.
 */
export function listPlaces(db: GuichetDatabase, now: Date): PlacesDto {
  const link = hubLink(db);
  const lastPullAt = syncInstant(db, SYNC_KEYS.lastPullAt);
  if (!link) return { linked: false, lastPullAt: null, places: [] };
  const services = servicesById(db);
  const workshopsBySite = new Map<string, PullEntityData<'workshop'>[]>();
  for (const workshop of upcomingHubWorkshopsPerSite<PullEntityData<'workshop'>>(db, parisDate(now), link.siteId, WORKSHOPS_PER_PLACE)) {
    workshopsBySite.set(workshop.siteId, [...(workshopsBySite.get(workshop.siteId) ?? []), workshop]);
  }
  const places: PlaceDto[] = listHubReferences<PullEntityData<'site'>>(db, 'site')
    .filter((site) => site.id !== link.siteId)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((site) => ({
      id: site.id,
      name: site.name,
      kind: site.kind,
      communeCode: site.communeCode,
      services: [...services.values()]
        .filter((service) => service.siteId === site.id && !service.archived)
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
        .map((service) => ({
          id: service.id,
          name: service.name,
          themes: service.themes,
          passRequired: service.passRequired,
          pricePasses: service.pricePasses,
          durationMin: service.defaultDurationMin,
        })),
      workshops: (workshopsBySite.get(site.id) ?? [])
        .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
        .map((workshop) => {
          const service = services.get(workshop.serviceId);
          return {
            id: workshop.id,
            title: workshop.title,
            serviceName: service?.name ?? null,
            date: workshop.date,
            startTime: workshop.startTime,
            durationMin: workshop.durationMin,
            capacity: workshop.capacity,
            passRequired: service?.passRequired ?? false,
          };
        }),
    }));
  return { linked: true, lastPullAt, places };
}

/** The other places' next collective workshops that take a pass, soonest first (for the carnet's receipt). */
export function workshopsElsewhere(db: GuichetDatabase, now: Date, limit: number): WorkshopElsewhere[] {
  const link = hubLink(db);
  if (!link) return [];
  const services = servicesById(db);
  const sites = new Map(listHubReferences<PullEntityData<'site'>>(db, 'site').map((site) => [site.id, site.name]));
  return upcomingHubWorkshops<PullEntityData<'workshop'>>(db, parisDate(now), link.siteId, limit * 4)
    .filter((workshop) => services.get(workshop.serviceId)?.passRequired === true)
    .slice(0, limit)
    .map((workshop) => ({ siteName: sites.get(workshop.siteId) ?? 'un autre lieu', date: workshop.date, startTime: workshop.startTime, title: workshop.title }));
}
