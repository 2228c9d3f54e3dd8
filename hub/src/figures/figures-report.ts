import type { Queryable } from '../database';
import { THEMES, rowsOf } from './labels';
import { peopleBlock } from './people-block';
import { peopleFigures } from './people-queries';
import type { FiguresPeriod } from './period';
import { figureRows, sitesOf, valuesBySite, type FigureRow, type ServiceRow } from './queries';
import { count, euros, hours, text, type Cell, type FigureBlock, type FigureTable, type FiguresReport } from './report-model';

/** A site whose desks sent nothing for this long is flagged on the page. */
export const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

type Kind = 'count' | 'euros' | 'hours';
const cellOf = (kind: Kind, value: number): Cell => (kind === 'euros' ? euros(value) : kind === 'hours' ? hours(value) : count(value));

/** `code` → value per site index, plus the total. */
function perSite(rows: readonly FigureRow[], siteIndex: ReadonlyMap<string, number>): (code: string) => number[] {
  const byCode = valuesBySite(rows, siteIndex);
  return (code) => {
    const values = byCode.get(code) ?? Array.from({ length: siteIndex.size }, () => 0);
    return [...values, values.reduce((sum, value) => sum + value, 0)];
  };
}

function siteTable(
  name: string,
  caption: string,
  header: string,
  siteNames: readonly string[],
  values: (code: string) => number[],
  lines: ReadonlyArray<readonly [code: string, label: string, kind: Kind]>,
): FigureTable {
  return {
    name,
    caption,
    headers: [header, ...siteNames, 'Total'],
    rows: lines.map(([code, label, kind]) => ({ label, cells: values(code).map((value) => cellOf(kind, value)) })),
  };
}

function servicesTable(services: readonly ServiceRow[], siteNames: ReadonlyMap<string, string>): FigureTable {
  const rows = [...services].sort((a, b) => Number(b.count) - Number(a.count) || (a.name ?? '').localeCompare(b.name ?? '', 'fr'));
  return {
    name: 'Pass par service',
    caption: 'Pass utilisés par service',
    headers: ['Service', 'Lieu', 'Pass utilisés', 'Valeur'],
    rows: rows.map((row) => ({
      label: row.name ?? 'Service non encore reçu',
      cells: [text(siteNames.get(row.siteId) ?? ''), count(Number(row.count)), euros(Number(row.cents))],
    })),
    total: {
      label: 'Total',
      cells: [text(''), count(rows.reduce((sum, row) => sum + Number(row.count), 0)), euros(rows.reduce((sum, row) => sum + Number(row.cents), 0))],
    },
  };
}

export async function buildFiguresReport(
  db: Queryable,
  request: { collectivityId: string; collectivityName: string; period: FiguresPeriod; now: Date; threshold: number },
): Promise<FiguresReport> {
  const { collectivityId, period, threshold } = request;
  const sites = (await sitesOf(db, [collectivityId])).rows;
  const siteIndex = new Map(sites.map((site, index) => [site.id, index]));
  const siteNames = sites.map((site) => site.name);
  const [rows, people] = await Promise.all([figureRows(db, collectivityId, period.from, period.to), peopleFigures(db, [collectivityId, period.from, period.to])]);

  const passes = perSite(rows.passes, siteIndex);
  const activities = perSite(rows.activities, siteIndex);
  const themes = perSite(rows.themes, siteIndex);
  const themeRows = rowsOf(THEMES, new Set(rows.themes.map((row) => row.code)), false);
  const blocks: FigureBlock[] = [
    {
      title: 'Pass et carnets',
      notes: ['Les jours sont ceux des postes (heure de Paris) : un pass utilisé le 31 compte pour ce jour-là, même envoyé au hub plus tard.'],
      tables: [
        siteTable('Pass', 'Carnets distribués et pass utilisés', 'Indicateur', siteNames, passes, [
          ['carnets', 'Carnets distribués', 'count'],
          ['carnet-passes', 'Pass de ces carnets', 'count'],
          ['redeemed', 'Pass utilisés', 'count'],
          ['redeemed-cents', 'Valeur des pass utilisés (valeur faciale)', 'euros'],
          ['conflicts', 'Doubles utilisations refusées (conflits)', 'count'],
        ]),
        servicesTable(rows.services, new Map(sites.map((site) => [site.id, site.name]))),
      ],
    },
    {
      title: 'Activités',
      notes: ['Les participations additionnent les personnes présentes à chaque activité : une personne venue trois fois compte trois fois.'],
      tables: [
        siteTable('Activités', 'Activités, séances et participations', 'Indicateur', siteNames, activities, [
          ['collectif', 'Activités collectives', 'count'],
          ['individuel', 'Accompagnements individuels', 'count'],
          ['sessions', 'Séances d’ateliers tenues (clôturées)', 'count'],
          ['participants', 'Participations', 'count'],
          ['new-participants', 'dont premières venues', 'count'],
          ['minutes', 'Durée totale des activités', 'hours'],
        ]),
        siteTable('Thématiques', 'Activités par thématique (une activité peut en avoir plusieurs)', 'Thématique', siteNames, themes,
          themeRows.map(({ code, label }) => [code, label, 'count'] as const)),
      ],
    },
    peopleBlock(people.rows, siteIndex, siteNames, threshold),
  ];
  return {
    collectivityName: request.collectivityName,
    period,
    generatedAt: request.now,
    threshold,
    sites: sites.map((site) => ({
      name: site.name,
      lastReceivedAt: site.lastReceivedAt,
      stale: !site.lastReceivedAt || request.now.getTime() - site.lastReceivedAt.getTime() > STALE_AFTER_MS,
    })),
    blocks,
    masked: blocks.some((block) => block.tables.some((table) => [...table.rows, ...(table.total ? [table.total] : [])].some((row) => row.cells.some((cell) => cell.kind === 'masked')))),
  };
}
