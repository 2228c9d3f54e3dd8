import { statement } from '../database';
import { ACTIVITIES, BOUNDS, HANDED_OUT, type FigureRow } from './queries';

/**
 * The people reached in the period: distinct (site, pseudonym) present at an activity or given a carnet. A
 * pseudonym is a keyed hash made on one desk, so the same person seen at two sites counts at each. A pseudonym
 * whose latest fact is a merge counts as the survivor; the breakdowns use each person's latest facts.
 * Rows: (site, dimension:code, people).
 */
export const peopleFigures = statement<FigureRow>(
  'figures_people',
  `WITH ${BOUNDS}, ${ACTIVITIES}, ${HANDED_OUT},
   present AS (
     SELECT a.site_id, pid FROM activities a CROSS JOIN LATERAL jsonb_array_elements_text(a.payload->'participants') AS pid
     UNION SELECT site_id, person FROM handed_out WHERE person IS NOT NULL),
   facts AS (
     SELECT DISTINCT ON (site_id, key) site_id, key, type, payload FROM stat_event
     WHERE collectivity_id = $1::uuid AND type IN ('beneficiary.created', 'beneficiary.updated', 'beneficiary.merge-undone', 'beneficiary.merged')
     ORDER BY site_id, key, desk_at DESC, received_at DESC),
   people AS (
     SELECT DISTINCT p.site_id, CASE WHEN f.type = 'beneficiary.merged' THEN f.payload->>'survivor' ELSE p.pid END AS pid
     FROM present p LEFT JOIN facts f ON f.site_id = p.site_id AND f.key = p.pid),
   described AS (
     SELECT p.site_id, coalesce(f.payload, '{}'::jsonb) AS facts
     FROM people p LEFT JOIN facts f ON f.site_id = p.site_id AND f.key = p.pid AND f.type <> 'beneficiary.merged')
   SELECT site_id AS "siteId", 'summary:reached' AS code, count(*)::text AS value FROM described GROUP BY site_id
   UNION ALL SELECT site_id, 'summary:priority', count(*)::text FROM described
     WHERE jsonb_array_length(coalesce(facts->'priorityCriteria', '[]'::jsonb)) > 0 GROUP BY site_id
   UNION ALL SELECT site_id, 'summary:qpv', count(*)::text FROM described WHERE facts->>'qpv' = 'oui' GROUP BY site_id
   UNION ALL SELECT site_id, 'age:' || coalesce(nullif(facts->>'ageBand', ''), 'non-communique'), count(*)::text FROM described GROUP BY 1, 2
   UNION ALL SELECT site_id, 'genre:' || coalesce(nullif(facts->>'genre', ''), 'non-communique'), count(*)::text FROM described GROUP BY 1, 2
   UNION ALL SELECT site_id, 'status:' || coalesce(nullif(facts->>'socialStatus', ''), 'non-communique'), count(*)::text FROM described GROUP BY 1, 2
   UNION ALL SELECT site_id, 'commune:' || coalesce(facts->>'communeCode', ''), count(*)::text FROM described GROUP BY 1, 2
   UNION ALL SELECT d.site_id, 'criterion:' || criterion, count(*)::text
     FROM described d CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(d.facts->'priorityCriteria', '[]'::jsonb)) AS criterion GROUP BY 1, 2`,
);
