import { AGE_BANDS, GENRES, PRIORITY_CRITERIA, rowsOf, SOCIAL_STATUSES } from './labels';
import { valuesBySite, type FigureRow } from './queries';
import { published, type FigureBlock, type FigureTable } from './report-model';
import { suppressPeopleTable } from './suppression';

/** The people reached, per site and in total, every count through small-cell suppression. */

interface PeopleCounts {
  /** `dimension:code` → people per site index. */
  byCode: Map<string, number[]>;
  siteCount: number;
}

function countsOf(rows: readonly FigureRow[], siteIndex: ReadonlyMap<string, number>): PeopleCounts {
  return { byCode: valuesBySite(rows, siteIndex), siteCount: siteIndex.size };
}

function codesOf(counts: PeopleCounts, dimension: string): string[] {
  return [...counts.byCode.keys()].filter((key) => key.startsWith(`${dimension}:`)).map((key) => key.slice(dimension.length + 1));
}

function table(
  counts: PeopleCounts,
  threshold: number,
  spec: { name: string; caption: string; header: string; dimension: string; rows: Array<{ code: string; label: string }>; additive: boolean },
  siteNames: readonly string[],
): FigureTable {
  const matrix = spec.rows.map(({ code }) => counts.byCode.get(`${spec.dimension}:${code}`) ?? Array.from({ length: counts.siteCount }, () => 0));
  const suppressed = suppressPeopleTable(matrix, counts.siteCount, threshold, spec.additive);
  return {
    name: spec.name,
    caption: spec.caption,
    headers: [spec.header, ...siteNames, 'Total'],
    rows: spec.rows.map((row, index) => ({ label: row.label, cells: (suppressed.cells[index] ?? []).map(published) })),
    ...(suppressed.totals ? { total: { label: 'Total', cells: suppressed.totals.map(published) } } : {}),
  };
}

export function peopleBlock(rows: readonly FigureRow[], siteIndex: ReadonlyMap<string, number>, siteNames: readonly string[], threshold: number): FigureBlock {
  const counts = countsOf(rows, siteIndex);
  const byTotal = (dimension: string) => (a: string, b: string) => {
    const sum = (code: string) => (counts.byCode.get(`${dimension}:${code}`) ?? []).reduce((total, value) => total + value, 0);
    return sum(b) - sum(a) || a.localeCompare(b, 'fr');
  };
  const communes = codesOf(counts, 'commune').sort(byTotal('commune')).map((code) => ({ code, label: code || 'Non renseignée' }));
  const summary = [
    { code: 'reached', label: 'Personnes différentes' },
    { code: 'priority', label: 'dont publics prioritaires (au moins un critère)' },
    { code: 'qpv', label: 'dont résident·es d’un QPV' },
  ];
  const tables = [
    table(counts, threshold, { name: 'Personnes', caption: 'Personnes touchées', header: 'Personnes', dimension: 'summary', rows: summary, additive: false }, siteNames),
    table(counts, threshold, {
      name: 'Tranche d’âge', caption: 'Personnes par tranche d’âge', header: 'Tranche d’âge', dimension: 'age', additive: true,
      rows: rowsOf(AGE_BANDS, codesOf(counts, 'age'), true),
    }, siteNames),
    table(counts, threshold, {
      name: 'Genre', caption: 'Personnes par genre', header: 'Genre', dimension: 'genre', additive: true, rows: rowsOf(GENRES, codesOf(counts, 'genre'), true),
    }, siteNames),
    table(counts, threshold, {
      name: 'Statut social', caption: 'Personnes par statut social', header: 'Statut social', dimension: 'status', additive: true,
      rows: rowsOf(SOCIAL_STATUSES, codesOf(counts, 'status'), true),
    }, siteNames),
    table(counts, threshold, { name: 'Commune', caption: 'Personnes par commune de résidence (code INSEE)', header: 'Commune', dimension: 'commune', additive: true, rows: communes }, siteNames),
    table(counts, threshold, {
      name: 'Critère de priorité', caption: 'Personnes par critère de priorité (une personne peut en avoir plusieurs)', header: 'Critère',
      dimension: 'criterion', additive: false, rows: rowsOf(PRIORITY_CRITERIA, codesOf(counts, 'criterion'), true),
    }, siteNames),
  ];
  return {
    title: 'Personnes touchées',
    notes: [
      'Une personne est comptée quand elle a participé à une activité ou reçu un carnet pendant la période, avec ses dernières informations connues.',
      'Les postes n’envoient au hub qu’un pseudonyme propre à chaque poste : une personne venue dans deux lieux y est comptée deux fois, une fois par lieu.',
    ],
    tables,
  };
}

