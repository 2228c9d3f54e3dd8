import type { FilterOptionsDto, PeriodReportDto, RegieStatementDto, ReportSettingsDto } from '../../electron/common/contract';

export const APTIC_ID = '0190a8c0-0000-7000-8000-0000000000e1';
export const METROPOLE_ID = '0190a8c0-0000-7000-8000-0000000000e2';
export const LOT_APTIC_1 = '0190a8c0-0000-7000-8000-0000000000e3';
export const LOT_APTIC_2 = '0190a8c0-0000-7000-8000-0000000000e4';
export const LOT_METROPOLE = '0190a8c0-0000-7000-8000-0000000000e5';
export const SERVICE_WORKSHOP = '0190a8c0-0000-7000-8000-0000000000e6';
export const SERVICE_INDIVIDUAL = '0190a8c0-0000-7000-8000-0000000000e7';

export const FILTER_OPTIONS: FilterOptionsDto = {
  issuers: [
    { id: APTIC_ID, label: 'APTIC' },
    { id: METROPOLE_ID, label: 'Pass Métropole' },
  ],
  lots: [
    { id: LOT_APTIC_1, label: 'CMD-2026-01 (APTIC)', issuerId: APTIC_ID },
    { id: LOT_APTIC_2, label: 'CMD-2026-02 (APTIC)', issuerId: APTIC_ID },
    { id: LOT_METROPOLE, label: 'MTP-2027-A (Pass Métropole)', issuerId: METROPOLE_ID },
  ],
  services: [
    { id: SERVICE_WORKSHOP, label: 'Atelier collectif' },
    { id: SERVICE_INDIVIDUAL, label: 'Accompagnement individuel' },
  ],
  firstDay: '2026-09-01',
};

export const SETTINGS: ReportSettingsDto = { smallCellThreshold: 5, priorityTargetPercent: 50 };

/** Passes redeemed and accompaniments per day of March 2027: workshops on Tuesdays and Thursdays (87 and 140 in all). */
const REDEEMED = [0, 4, 0, 6, 0, 0, 0, 3, 7, 6, 0, 2, 0, 0, 0, 5, 0, 9, 0, 0, 0, 4, 8, 6, 0, 3, 0, 0, 0, 12, 12];
const ACCOMPANIMENTS = [0, 6, 0, 11, 0, 0, 0, 5, 10, 12, 0, 4, 0, 0, 0, 9, 0, 14, 0, 0, 0, 7, 13, 10, 0, 5, 0, 0, 0, 18, 16];

/**
 * March 2027 at the CCAS: 50 people, 19 of them priority publics (38 %, under the 50 % target), 7 living in a QPV;
 * two cells of the age bands are under the threshold of 5 (3 and 2 people).
 */
export function periodReport(overrides: Partial<PeriodReportDto> = {}): PeriodReportDto {
  return {
    period: { from: '2027-03-01', to: '2027-03-31' },
    filters: { lot: null, issuer: null, service: null },
    siteName: 'CCAS de Montpellier',
    generatedAt: '2027-04-02T08:15:00.000Z',
    passes: { carnetsDistributed: 12, passesDistributed: 120, distributedValueCents: 120_000, redeemed: 87, redeemedValueCents: 87_000 },
    redeemedByService: [
      { key: SERVICE_WORKSHOP, label: 'Atelier collectif', count: 61, valueCents: 61_000 },
      { key: SERVICE_INDIVIDUAL, label: 'Accompagnement individuel', count: 26, valueCents: 26_000 },
    ],
    redeemedByIssuer: [{ key: APTIC_ID, label: 'APTIC', count: 87, valueCents: 87_000 }],
    series: {
      unit: 'jour',
      points: REDEEMED.map((redeemed, index) => {
        const day = String(index + 1).padStart(2, '0');
        return { key: `2027-03-${day}`, label: `${day}/03`, redeemed, accompaniments: ACCOMPANIMENTS[index] ?? 0 };
      }),
    },
    carnets: { distributed: 12, started: 9, usedUp: 3, expired: 1, unusedValueCents: 4_000, remainingValueCents: 29_000 },
    activities: {
      total: 58,
      individual: 26,
      collective: 32,
      accompaniments: 140,
      newPeople: 31,
      followedPeople: 109,
      totalMinutes: 5_130,
      durations: [
        { code: 'moins-30', label: 'Moins de 30 min', activities: 4, accompaniments: 4 },
        { code: '30-60', label: '30 min à 1 h', activities: 18, accompaniments: 18 },
        { code: '60-120', label: '1 h à 2 h', activities: 30, accompaniments: 92 },
        { code: 'plus-120', label: '2 h et plus', activities: 6, accompaniments: 26 },
      ],
      themes: [
        { code: 'navigation-internet', label: 'Navigation sur internet', activities: 20, accompaniments: 54 },
        { code: 'email', label: 'E-mail', activities: 14, accompaniments: 38 },
        { code: 'demarches-administratives', label: 'Aide aux démarches administratives', activities: 12, accompaniments: 26 },
        { code: 'prendre-en-main-materiel', label: 'Prendre en main du matériel', activities: 8, accompaniments: 16 },
        { code: 'securite-numerique', label: 'Prévention en sécurité numérique', activities: 4, accompaniments: 6 },
      ],
      places: [
        { code: '34172', label: 'Médiathèque Émile-Zola', activities: 40, accompaniments: 118 },
        { code: '34172', label: 'CCAS de Montpellier', activities: 18, accompaniments: 22 },
      ],
    },
    people: {
      reached: 50,
      ageBands: [
        { code: 'moins-12', label: 'Moins de 12 ans', count: 0 },
        { code: '12-17', label: '12 à 17 ans', count: 0 },
        { code: '18-24', label: '18 à 24 ans', count: 3 },
        { code: '25-39', label: '25 à 39 ans', count: 8 },
        { code: '40-59', label: '40 à 59 ans', count: 12 },
        { code: '60-69', label: '60 à 69 ans', count: 15 },
        { code: '70-plus', label: '70 ans et plus', count: 10 },
        { code: 'non-communique', label: 'Non communiqué', count: 2 },
      ],
      genres: [
        { code: 'feminin', label: 'Féminin', count: 31 },
        { code: 'masculin', label: 'Masculin', count: 17 },
        { code: 'non-communique', label: 'Non communiqué', count: 2 },
      ],
      socialStatuses: [
        { code: 'scolarise', label: 'Scolarisé·e', count: 0 },
        { code: 'sans-emploi', label: 'Sans emploi', count: 14 },
        { code: 'en-emploi', label: 'En emploi', count: 9 },
        { code: 'retraite', label: 'Retraité·e', count: 25 },
        { code: 'non-communique', label: 'Non communiqué', count: 2 },
      ],
      communes: [
        { code: '34172', label: 'Montpellier', count: 38 },
        { code: '34057', label: 'Castelnau-le-Lez', count: 7 },
        { code: '34129', label: 'Lattes', count: 4 },
        { code: '', label: 'Non renseignée', count: 1 },
      ],
      criteria: [
        { code: 'senior', label: 'Senior (60 ans et plus)', count: 25 },
        { code: 'isolement', label: 'Personne isolée', count: 8 },
        { code: 'qpv', label: 'Résident·e d’un QPV', count: 7 },
        { code: 'demandeur-emploi', label: 'Demandeur·se d’emploi peu qualifié·e', count: 4 },
        { code: 'allophone', label: 'Personne allophone', count: 3 },
      ],
      priority: { count: 19, targetPercent: 50 },
      qpv: { count: 7 },
    },
    ...overrides,
  };
}

const SERVICES = ['Atelier collectif', 'Accompagnement individuel'] as const;

/** February 2027 for APTIC: `count` passes of 10 € redeemed, in time order (250 by default: three pages). */
export function regieStatement(count = 250, overrides: Partial<RegieStatementDto> = {}): RegieStatementDto {
  const lines = Array.from({ length: count }, (_, index) => ({
    passNumber: String(1_000_000_001 + index),
    date: `2027-02-${String(1 + Math.floor((index * 28) / Math.max(count, 1))).padStart(2, '0')}`,
    time: `${String(9 + (index % 8)).padStart(2, '0')}:${String((index * 7) % 60).padStart(2, '0')}`,
    serviceName: SERVICES[index % 2] ?? 'Atelier collectif',
    lotReference: index < 150 ? 'CMD-2026-01' : 'CMD-2026-02',
    valueCents: 1_000,
  }));
  return {
    month: '2027-02',
    issuerId: APTIC_ID,
    issuerName: 'APTIC',
    siteName: 'CCAS de Montpellier',
    communeName: 'Montpellier',
    lines,
    count: lines.length,
    totalCents: lines.reduce((sum, line) => sum + line.valueCents, 0),
    generatedAt: '2027-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export const EXPORT_FILE = { fileName: 'rapport.csv', mimeType: 'text/csv', base64: btoa('a;b\n1;2\n'), bytes: 8 };
