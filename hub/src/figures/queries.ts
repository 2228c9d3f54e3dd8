import { statement, type Queryable } from '../database';

/**
 * The figures of a collectivity over Paris calendar days, aggregated by PostgreSQL, per site. Parameters:
 * $1 collectivity, $2 first day, $3 last day (both included). Times of what happened are the desks' (a redemption,
 * a hand-out on a given day), converted to Paris days; the hub's receipt times only tell how fresh the data is.
 */

/** The instants of the period: `start <= at < stop`, whatever the daylight-saving time. */
export const BOUNDS = `bounds AS (
  SELECT ($2::date)::timestamp AT TIME ZONE 'Europe/Paris' AS start, ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Paris' AS stop)`;

/** The latest version of each activity (a desk may record one again after a correction), kept when its day is in the period. */
export const ACTIVITIES = `activities AS (
  SELECT * FROM (
    SELECT DISTINCT ON (site_id, key) site_id, payload FROM stat_event
    WHERE collectivity_id = $1::uuid AND type = 'activity.recorded' ORDER BY site_id, key, desk_at DESC, received_at DESC) latest
  WHERE (payload->>'date')::date BETWEEN $2::date AND $3::date)`;

/** Carnets handed out in the period (recorded by the hub when it applies `carnet.distributed`). */
export const HANDED_OUT = `handed_out AS (
  SELECT e.site_id, e.payload->>'number' AS number, e.payload->>'person' AS person FROM stat_event e, bounds b
  WHERE e.collectivity_id = $1::uuid AND e.type = 'carnet.distributed' AND e.desk_at >= b.start AND e.desk_at < b.stop)`;

export interface SiteRow {
  id: string;
  name: string;
  lastReceivedAt: Date | null;
}

/** Every site of the collectivity, with the last time one of its desks pushed operations. */
export const sitesOf = statement<SiteRow>(
  'figures_sites',
  `SELECT s.id, s.name, max(e.last_at) AS "lastReceivedAt"
   FROM site s LEFT JOIN desk d ON d.site_id = s.id LEFT JOIN desk_epoch e ON e.desk_id = d.id
   WHERE s.collectivity_id = $1::uuid GROUP BY s.id, s.name ORDER BY s.name, s.id`,
);

/** One row per site and figure (`code`), a count or a sum: the caller lays them out. */
export interface FigureRow {
  siteId: string;
  code: string;
  value: string;
}

export const passFigures = statement<FigureRow>(
  'figures_passes',
  `WITH ${BOUNDS}, ${HANDED_OUT}
   SELECT site_id AS "siteId", 'carnets' AS code, count(*)::text AS value FROM handed_out GROUP BY site_id
   UNION ALL
   SELECT h.site_id, 'carnet-passes', count(p.number)::text
     FROM handed_out h JOIN pass p ON p.collectivity_id = $1::uuid AND p.carnet_number = h.number GROUP BY h.site_id
   UNION ALL
   SELECT r.site_id, 'redeemed', count(*)::text FROM redemption r, bounds b
     WHERE r.collectivity_id = $1::uuid AND r.desk_at >= b.start AND r.desk_at < b.stop GROUP BY r.site_id
   UNION ALL
   SELECT r.site_id, 'redeemed-cents', sum(l.face_value_cents)::text
     FROM redemption r CROSS JOIN bounds b
     JOIN pass p ON p.collectivity_id = r.collectivity_id AND p.number = r.pass_number JOIN lot l ON l.id = p.lot_id
     WHERE r.collectivity_id = $1::uuid AND r.desk_at >= b.start AND r.desk_at < b.stop GROUP BY r.site_id
   UNION ALL
   SELECT c.loser_site_id, 'conflicts', count(*)::text FROM conflict c, bounds b
     WHERE c.collectivity_id = $1::uuid AND c.loser_desk_at >= b.start AND c.loser_desk_at < b.stop GROUP BY c.loser_site_id`,
);

export const activityFigures = statement<FigureRow>(
  'figures_activities',
  `WITH ${BOUNDS}, ${ACTIVITIES},
   closed AS (
     SELECT * FROM (
       SELECT DISTINCT ON (site_id, key) site_id, payload FROM stat_event
       WHERE collectivity_id = $1::uuid AND type = 'workshop.closed' ORDER BY site_id, key, desk_at DESC, received_at DESC) latest, bounds b
     WHERE (payload->>'at')::timestamptz >= b.start AND (payload->>'at')::timestamptz < b.stop)
   SELECT site_id AS "siteId", 'collectif' AS code, count(*) FILTER (WHERE payload->>'type' = 'collectif')::text AS value FROM activities GROUP BY site_id
   UNION ALL SELECT site_id, 'individuel', count(*) FILTER (WHERE payload->>'type' = 'individuel')::text FROM activities GROUP BY site_id
   UNION ALL SELECT site_id, 'participants', sum(jsonb_array_length(payload->'participants'))::text FROM activities GROUP BY site_id
   UNION ALL SELECT site_id, 'new-participants', sum((payload->>'newParticipants')::int)::text FROM activities GROUP BY site_id
   UNION ALL SELECT site_id, 'minutes', sum((payload->>'durationMin')::int)::text FROM activities GROUP BY site_id
   UNION ALL SELECT site_id, 'sessions', count(*)::text FROM closed GROUP BY site_id`,
);

/** Activities per theme (an activity may have several). */
export const themeFigures = statement<FigureRow>(
  'figures_themes',
  `WITH ${ACTIVITIES}
   SELECT a.site_id AS "siteId", theme AS code, count(*)::text AS value
   FROM activities a CROSS JOIN LATERAL jsonb_array_elements_text(a.payload->'themes') AS theme GROUP BY a.site_id, theme`,
);

export interface ServiceRow {
  siteId: string;
  serviceId: string;
  name: string | null;
  count: string;
  cents: string;
}

/** Passes used per service of a site, with the service's latest name (`service.saved`). */
export const serviceFigures = statement<ServiceRow>(
  'figures_services',
  `WITH ${BOUNDS},
   used AS (
     SELECT r.site_id, r.service_id, count(*) AS count, sum(l.face_value_cents) AS cents
     FROM redemption r CROSS JOIN bounds b
     JOIN pass p ON p.collectivity_id = r.collectivity_id AND p.number = r.pass_number JOIN lot l ON l.id = p.lot_id
     WHERE r.collectivity_id = $1::uuid AND r.desk_at >= b.start AND r.desk_at < b.stop GROUP BY r.site_id, r.service_id)
   SELECT u.site_id AS "siteId", u.service_id AS "serviceId", u.count::text AS count, u.cents::text AS cents,
     (SELECT s.payload->>'name' FROM stat_event s
      WHERE s.collectivity_id = $1::uuid AND s.type = 'service.saved' AND s.key = u.service_id::text
      ORDER BY s.desk_at DESC, s.received_at DESC LIMIT 1) AS name
   FROM used u`,
);

export async function figureRows(db: Queryable, collectivityId: string, from: string, to: string) {
  const values = [collectivityId, from, to];
  const [passes, activities, themes, services] = await Promise.all([
    passFigures(db, values), activityFigures(db, values), themeFigures(db, values), serviceFigures(db, values),
  ]);
  return { passes: passes.rows, activities: activities.rows, themes: themes.rows, services: services.rows };
}

/** `code` → the rows' values added up per site index (sites not in `siteIndex` left out). */
export function valuesBySite(rows: readonly FigureRow[], siteIndex: ReadonlyMap<string, number>): Map<string, number[]> {
  const byCode = new Map<string, number[]>();
  for (const row of rows) {
    const index = siteIndex.get(row.siteId);
    if (index === undefined) continue;
    const line = byCode.get(row.code) ?? Array.from({ length: siteIndex.size }, () => 0);
    line[index] = (line[index] ?? 0) + Number(row.value);
    byCode.set(row.code, line);
  }
  return byCode;
}
