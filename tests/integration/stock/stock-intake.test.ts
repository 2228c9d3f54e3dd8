import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallError } from '../../support/test-client';
import { deliveryCsv, ISSUER, LOT, luhnPass, startStockEnv, type StockEnv } from './stock-env';

describe('stock coming in', () => {
  let s: StockEnv;
  let lotId: string;

  beforeEach(async () => {
    s = await startStockEnv();
    const issuer = await s.referent.call('stock.save-issuer', ISSUER);
    lotId = (await s.referent.call('stock.create-lot', { ...LOT, issuerId: issuer.id })).id;
  });
  afterEach(() => s.close());

  const lot = async () => (await s.referent.call('stock.lots', {})).find((candidate) => candidate.id === lotId);

  it('imports a delivery file: every carnet in stock with its passes', async () => {
    const report = await s.referent.call('stock.import-csv', { lotId, csv: deliveryCsv(5) });
    expect(report).toEqual({ imported: true, carnets: 5, passes: 15, dataLines: 15, problemCount: 0, problems: [] });
    expect((await lot())?.counts).toMatchObject({ passes: 15, passesUnused: 15, unusedValueCents: 15_000, carnets: { 'en-stock': 5 } });
    const found = await s.accueil.call('passes.lookup', { code: luhnPass(100_000_004) });
    expect(found).toMatchObject({ kind: 'pass', carnet: { number: 'C000002', state: 'en-stock', holder: null } });
  });

  it('refuses the whole file by default and names each bad line', async () => {
    await s.referent.call('stock.import-csv', { lotId, csv: deliveryCsv(1) });
    const csv = [
      'carnet;pass',
      `C000001;${luhnPass(100_000_000)}`, // 2: already in stock (carnet and pass)
      `C000001;${luhnPass(100_000_001)}`,
      `C000001;${luhnPass(100_000_002)}`,
      `C000010;${luhnPass(200_000_000)}`,
      `C000010;${luhnPass(200_000_000)}`, // 6: twice in the file
      `C000010;1234567890`, // 7: check digit wrong
      `C000011;${luhnPass(300_000_000)}`,
      `C000011;${luhnPass(300_000_001)}`,
      `C000011;${luhnPass(300_000_002)}`, // carnet C000011 is good
    ].join('\n');
    const report = await s.referent.call('stock.import-csv', { lotId, csv });
    expect(report.imported).toBe(false);
    expect(report.carnets).toBe(0);
    const lines = report.problems.map((problem) => problem.line);
    expect(lines).toEqual(expect.arrayContaining([2, 3, 4, 6, 7]));
    expect(report.problems.find((p) => p.line === 6)?.message).toBe(`Pass ${luhnPass(200_000_000)} en double (déjà ligne 5).`);
    expect(report.problems.find((p) => p.line === 7)?.message).toContain('chiffre de contrôle faux');
    expect(report.problems.some((p) => p.line === 3 && p.message === `Pass ${luhnPass(100_000_001)} déjà dans le stock.`)).toBe(true);
    expect((await lot())?.counts.passes).toBe(3);

    const partial = await s.referent.call('stock.import-csv', { lotId, csv, mode: 'good-lines' });
    expect(partial).toMatchObject({ imported: true, carnets: 1, passes: 3 });
    expect((await lot())?.counts.carnets['en-stock']).toBe(2);
  });

  it('counts every bad line of a wrong file but lists only the first 500', async () => {
    const csv = ['carnet;pass', ...Array.from({ length: 1200 }, (_, i) => `C${String(i).padStart(6, '0')};12345`)].join('\n');
    const report = await s.referent.call('stock.import-csv', { lotId, csv, dryRun: true });
    expect(report.problemCount).toBe(1200);
    expect(report.problems).toHaveLength(500);
    expect(report.problems[0]?.line).toBe(2);
  });

  it('says which columns are expected when the header is wrong, and imports nothing', async () => {
    const report = await s.referent.call('stock.import-csv', { lotId, csv: 'numero;valeur\nC000001;10\n', mode: 'good-lines' });
    expect(report.imported).toBe(false);
    expect(report.problems[0]).toEqual({ line: 1, message: 'Colonnes attendues : « carnet » et « pass » (séparées par ; ou ,).' });
  });

  it('checks a file without writing it (dry run)', async () => {
    const report = await s.referent.call('stock.import-csv', { lotId, csv: deliveryCsv(2), dryRun: true });
    expect(report).toMatchObject({ imported: false, carnets: 2, passes: 6, problems: [] });
    expect((await lot())?.counts.passes).toBe(0);
  });

  it('adds a range of consecutive carnets and passes, previewed first', async () => {
    const input = { lotId, firstCarnet: 'C000100', carnetCount: 3, firstPass: luhnPass(500_000_000) };
    const preview = await s.referent.call('stock.add-range', { ...input, dryRun: true });
    expect(preview).toEqual({
      imported: false,
      carnets: 3,
      passes: 9,
      firstCarnet: 'C000100',
      lastCarnet: 'C000102',
      firstPass: luhnPass(500_000_000),
      lastPass: luhnPass(500_000_008),
    });
    expect((await lot())?.counts.passes).toBe(0);
    await s.referent.call('stock.add-range', input);
    expect((await lot())?.counts.carnets['en-stock']).toBe(3);
    const last = await s.accueil.call('passes.lookup', { code: luhnPass(500_000_008) });
    expect(last).toMatchObject({ kind: 'pass', carnet: { number: 'C000102' } });

    const again = await s.referent.call('stock.add-range', { ...input, firstCarnet: 'C000102' }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(CallError);
    expect((again as CallError).message).toBe('Carnet C000102 déjà dans le stock.');
  });

  it('refuses a range whose first number breaks the issuer’s rule, beside the field', async () => {
    const error = (await s.referent
      .call('stock.add-range', { lotId, firstCarnet: 'C000100', carnetCount: 1, firstPass: '1234567890' })
      .catch((e: unknown) => e)) as CallError;
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('Premier pass : Numéro mal lu : « 1234567890 », chiffre de contrôle faux.');
    expect(error.fields).toMatchObject({ firstPass: error.message });
  });

  it('checks the lot’s fields and the issuer’s rule, each beside its field', async () => {
    const issuer = (await s.referent.call('stock.issuers', {}))[0];
    if (!issuer) throw new Error('no issuer');
    const error = (await s.referent
      .call('stock.create-lot', { ...LOT, issuerId: issuer.id, graceUntil: '2026-12-01', carnetSize: 0 })
      .catch((e: unknown) => e)) as CallError;
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields).toMatchObject({ carnetSize: 'Pass par carnet : au moins 1.' });
    const target = (await s.referent
      .call('stock.create-lot', { ...LOT, issuerId: issuer.id, targetCriteria: ['senior', 'astronaute'] })
      .catch((e: unknown) => e)) as CallError;
    expect(target.fields).toMatchObject({ targetCriteria: 'Critère inconnu : astronaute.' });
    const badRule = (await s.referent
      .call('stock.save-issuer', { ...ISSUER, name: 'Docaposte', passRule: { pattern: '([0-9]', checkDigit: 'none' } })
      .catch((e: unknown) => e)) as CallError;
    expect(badRule.code).toBe('INVALID_INPUT');
    expect(Object.keys(badRule.fields ?? {})).toContain('passRule.pattern');
  });

  it('lets only referents and administrators receive stock', async () => {
    const error = (await s.accueil.call('stock.import-csv', { lotId, csv: deliveryCsv(1) }).catch((e: unknown) => e)) as CallError;
    expect(error.code).toBe('FORBIDDEN');
  });
});
