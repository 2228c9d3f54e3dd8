import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../../electron/common/contract';
import { pdfPages } from '../../support/pdf-text';
import { passOf, startReportsEnv, type ReportsEnv } from './reports-env';

const JUNE = { from: '2026-06-01', to: '2026-06-30' };
const bytes = (file: Output<'reports.export'>) => Buffer.from(file.base64, 'base64');
const csvLines = (file: Output<'reports.export'>) => bytes(file).toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('exports', () => {
  let s: ReportsEnv;
  beforeEach(async () => {
    s = await startReportsEnv();
    await s.at('2026-06-15T16:00:00Z');
    await s.mediateur.call('workshops.close', { id: s.morning.id });
    await s.mediateur.call('workshops.close', { id: s.afternoon.id });
  });
  afterEach(() => s.close());

  it('the period report as a PDF whose text holds the figures, with small counts of people masked', async () => {
    const file = await s.referent.call('reports.export', { kind: 'period', format: 'pdf', period: JUNE });
    expect(file).toMatchObject({ fileName: 'guichet-rapport-2026-06-01_2026-06-30.pdf', mimeType: 'application/pdf' });
    expect(bytes(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfPages(bytes(file))).join('\n');
    expect(text).toContain('Rapport d’activité');
    expect(text).toContain('CCAS de Sète — du 01/06/2026 au 30/06/2026');
    expect(text).toMatch(/Pass utilisés 2/);
    expect(text).toMatch(/Valeur des pass utilisés 20,00 €/);
    expect(text).toMatch(/Accompagnements 3/);
    // Three people: under the threshold of 5, so the count and every breakdown cell are masked.
    expect(text).toMatch(/Personnes différentes < 5/);
    expect(text).not.toMatch(/Féminin 1/);
    // No names leave the desk.
    for (const name of ['Benyamina', 'Durand', 'Haddad', 'Zoé', 'Lina']) expect(text).not.toContain(name);
    expect(text).toContain('Page 1 / ');
  });

  it('the day close as a PDF, and the régie statement as a PDF whose total is the sum of its lines', async () => {
    const day = (await pdfPages(bytes(await s.referent.call('reports.export', { kind: 'day', format: 'pdf', date: '2026-06-15' })))).join('\n');
    expect(day).toContain('Clôture du jour');
    expect(day).toContain('Journée ouverte');
    expect(day).toMatch(/Refus à l’émargement.*Pass inconnu 1.*Code mal lu 1.*Total 2/s);
    const [issuer] = (await s.referent.call('reports.filter-options', {})).issuers;
    const file = await s.referent.call('reports.export', { kind: 'regie', format: 'pdf', month: '2026-06', issuerId: issuer?.id ?? '' });
    expect(file.fileName).toBe('guichet-regie-2026-06-aptic.pdf');
    const regie = (await pdfPages(bytes(file))).join('\n');
    expect(regie).toContain('État des pass numériques encaissés');
    expect(regie).toContain(passOf(1, 1));
    expect(regie).toContain(passOf(2, 1));
    expect(regie).toMatch(/2 pass Total 20,00 €/);
  });

  it('activities as CSV with La Coop’s columns, no names, and masked counts of people', async () => {
    const lines = csvLines(await s.referent.call('reports.export', { kind: 'activities', format: 'csv', period: JUNE }));
    const header = lines[0]?.split(';') ?? [];
    expect(header.slice(0, 6)).toEqual(['Date', 'Enregistré le', 'Type', 'Participants', 'Premiers accompagnements', 'Canaux']);
    expect(header).toEqual(expect.arrayContaining(['Nom de l’atelier', 'Thématiques', 'Code Insee', 'Durée (min)', 'Genre : Féminin', 'Âge : 70 ans et plus']));
    expect(lines).toHaveLength(3);
    const morning = lines[1]?.split(';') ?? [];
    expect(morning.slice(0, 5)).toEqual(['15/06/2026', '15/06/2026 18:00', 'Atelier collectif', '2', '2']);
    expect(morning[header.indexOf('Nom de l’atelier')]).toBe('Premiers pas sur internet');
    expect(morning[header.indexOf('Genre : Féminin')]).toBe('< 5');
    expect(morning[header.indexOf('Genre : Non communiqué')]).toBe('< 5');
    expect(lines.join('\n')).not.toMatch(/Benyamina|Durand|Haddad/);
  });

  it('redemptions as XLSX: numbers stay numbers and dates stay dates', async () => {
    const file = await s.referent.call('reports.export', { kind: 'redemptions', format: 'xlsx', period: JUNE });
    expect(file.fileName).toBe('guichet-pass-utilises-2026-06-01_2026-06-30.xlsx');
    const [sheet] = await readXlsxFile(bytes(file));
    expect(sheet?.sheet).toBe('Pass utilisés');
    expect(sheet?.data[0]).toEqual(['N° de pass', 'Date et heure', 'Service', 'Atelier', 'Lot', 'Émetteur', 'Valeur']);
    expect(sheet?.data).toHaveLength(3);
    const row = sheet?.data[1] ?? [];
    expect(row[0]).toBe(passOf(1, 1));
    expect(row[1]).toBeInstanceOf(Date);
    // Paris wall-clock time, as a spreadsheet shows it (to the minute: spreadsheets store times as fractions of a day).
    expect(new Date(Math.round((row[1] as unknown as Date).getTime() / 60_000) * 60_000).toISOString()).toBe('2026-06-15T13:55:00.000Z');
    expect(row.slice(2)).toEqual(['Atelier découverte', 'Premiers pas sur internet', 'CMD-2026-01', 'APTIC', 10]);
  });

  it('the stock as CSV and the period report as a workbook of tables', async () => {
    const stock = csvLines(await s.referent.call('reports.export', { kind: 'stock', format: 'csv' }));
    expect(stock[0]?.startsWith('Émetteur;Lot;Valeur faciale;Pass par carnet')).toBe(true);
    expect(stock[1]?.split(';').slice(0, 4)).toEqual(['APTIC', 'CMD-2026-01', '10,00', '3']);
    const sheets = await readXlsxFile(bytes(await s.referent.call('reports.export', { kind: 'period', format: 'xlsx', period: JUNE })));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(expect.arrayContaining(['Synthèse', 'Pass par service', 'Thématiques', 'Genre']));
    const summary = sheets.find((sheet) => sheet.sheet === 'Synthèse')?.data ?? [];
    expect(summary.find((row) => row[0] === 'Pass utilisés')?.[1]).toBe(2);
    expect(summary.find((row) => row[0] === 'Valeur des pass utilisés')?.[2]).toBe(20);
    expect(summary.find((row) => row[0] === 'Personnes différentes')?.[1]).toBe('< 5');
    // Every export is in the audit trail (what and when, never the content).
    expect(s.rows<{ n: number }>(`SELECT count(*) AS n FROM audit WHERE action = 'reports.exported'`)[0]?.n).toBe(2);
  });

  it('a CSV cell that looks like a formula is neutralised', async () => {
    await s.referent.call('services.save', { id: s.withPass.id, name: '=HYPERLINK("x")', themes: [], defaultDurationMin: 60, passRequired: true });
    const lines = csvLines(await s.referent.call('reports.export', { kind: 'redemptions', format: 'csv', period: JUNE }));
    expect(lines[1]).toContain(`;"'=HYPERLINK(""x"")";`);
  });
});
