import { describe, expect, it } from 'vitest';
import { checkDigitFor, type NumberRule } from '../../../electron/common/domain/passes/number-rule';
import { parseStockCsv, type StockCarnet } from '../../../electron/common/domain/passes/stock-csv';

const carnetRule: NumberRule = { pattern: 'C\\d{6}', checkDigit: 'none' };
const passRule: NumberRule = { pattern: '\\d{8}', checkDigit: 'none' };
const options = { carnetRule, passRule, carnetSize: 3 };

const goodFile = [
  'carnet;pass',
  'C000001;00000001',
  'C000001;00000002',
  'C000001;00000003',
  'C000002;00000004',
  'C000002;00000005',
  'C000002;00000006',
].join('\n');

/** Carnets without their file line numbers (checked once, in the first test). */
function numbersOf(carnets: StockCarnet[]): StockCarnet[] {
  return carnets.map(({ number, passes }) => ({ number, passes }));
}

const expectedCarnets = [
  { number: 'C000001', passes: ['00000001', '00000002', '00000003'] },
  { number: 'C000002', passes: ['00000004', '00000005', '00000006'] },
];

describe('parseStockCsv, good files', () => {
  it('reads a good file', () => {
    const result = parseStockCsv(goodFile, options);
    expect(result.problems).toEqual([]);
    expect(numbersOf(result.goodCarnets)).toEqual(expectedCarnets);
    expect(result.carnets).toEqual(result.goodCarnets);
    expect(result.goodCarnets.map((carnet) => carnet.passLines)).toEqual([
      [2, 3, 4],
      [5, 6, 7],
    ]);
    expect(result.dataLines).toBe(6);
  });

  it.each([
    ['semicolon', ';'],
    ['comma', ','],
    ['tab', '\t'],
  ])('detects the %s separator', (_name, separator) => {
    const result = parseStockCsv(goodFile.replaceAll(';', separator), options);
    expect(result.problems).toEqual([]);
    expect(numbersOf(result.goodCarnets)).toEqual(expectedCarnets);
  });

  it('strips a BOM, accepts CRLF and blank lines, normalises numbers', () => {
    const text = `\uFEFF${goodFile.replace('C000001;00000002', 'c000001 ; 0000-0002')}\r\n\r\n`.replaceAll('\n', '\r\n').replaceAll('\r\r', '\r');
    const result = parseStockCsv(text, options);
    expect(result.problems).toEqual([]);
    expect(numbersOf(result.goodCarnets)).toEqual(expectedCarnets);
    expect(result.dataLines).toBe(6);
  });

  it('accepts old Mac line ends (CR)', () => {
    const result = parseStockCsv(goodFile.replaceAll('\n', '\r'), options);
    expect(result.problems).toEqual([]);
    expect(numbersOf(result.goodCarnets)).toEqual(expectedCarnets);
  });

  it('ignores lines made only of separators, counts the other data lines', () => {
    const result = parseStockCsv(`${goodFile}\n;;\n  \n`, options);
    expect(result.problems).toEqual([]);
    expect(result.dataLines).toBe(6);
  });

  it('reads a header with no data lines as nothing to import', () => {
    expect(parseStockCsv('carnet;pass\n', options)).toEqual({ carnets: [], goodCarnets: [], problems: [], dataLines: 0 });
  });

  it('refuses a carnet size below 1', () => {
    expect(() => parseStockCsv(goodFile, { ...options, carnetSize: 0 })).toThrow(RangeError);
  });

  it('accepts quoted values, other columns and header variants in any order', () => {
    const text = [
      '"Lot";"Numéro chèque";"Numéro Carnet"',
      '"A; B";"00000001";"C000001"',
      '"x";"00000002";C000001',
      '"";00000003;"C000001"',
    ].join('\n');
    const result = parseStockCsv(text, options);
    expect(result.problems).toEqual([]);
    expect(numbersOf(result.goodCarnets)).toEqual([expectedCarnets[0]]);
  });

  it.each([
    ['CARNET,PASS'],
    ['numero_carnet,numero_pass'],
    ['carnet_numero,pass_numero'],
    ['numéro carnet,numéro pass'],
    ['carnet,chèque'],
    ['carnet,cheque'],
    ['N° carnet,Numéro de pass'],
    ['Numéro du carnet,Numéro de chèque'],
  ])('accepts the header %s', (header) => {
    const text = `${header}\nC000001,00000001\nC000001,00000002\nC000001,00000003`;
    expect(numbersOf(parseStockCsv(text, options).goodCarnets)).toEqual([expectedCarnets[0]]);
  });

  it('keeps carnets whose lines are not contiguous, in order of first appearance', () => {
    const text = ['carnet;pass', 'C000002;00000004', 'C000001;00000001', 'C000002;00000005', 'C000001;00000002', 'C000002;00000006', 'C000001;00000003'].join('\n');
    const result = parseStockCsv(text, options);
    expect(result.problems).toEqual([]);
    expect(result.goodCarnets.map((c) => c.number)).toEqual(['C000002', 'C000001']);
    expect(result.goodCarnets[1]?.passes).toEqual(['00000001', '00000002', '00000003']);
    expect(result.goodCarnets[1]?.passLines).toEqual([3, 5, 7]);
  });

  it('checks check digits', () => {
    const luhnPass: NumberRule = { pattern: '\\d{8}', checkDigit: 'luhn' };
    const passes = ['0000001', '0000002', '0000003'].map((body) => body + checkDigitFor('luhn', body));
    const text = ['carnet;pass', ...passes.map((p) => `C000001;${p}`)].join('\n');
    expect(numbersOf(parseStockCsv(text, { ...options, passRule: luhnPass }).goodCarnets)).toEqual([{ number: 'C000001', passes }]);
  });
});

describe('parseStockCsv, problems', () => {
  it('reports an empty file', () => {
    for (const text of ['', '\uFEFF', '\n\r\n  \n']) {
      expect(parseStockCsv(text, options)).toEqual({
        carnets: [],
        goodCarnets: [],
        problems: [{ line: 1, message: 'Fichier vide.' }],
        dataLines: 0,
      });
    }
  });

  it('reports a bad carnet number on each of its lines', () => {
    const text = 'carnet;pass\nX1;00000001\nX1;00000002';
    const message = 'Carnet : Numéro mal lu : « X1 » ne suit pas la règle de numérotation.';
    expect(parseStockCsv(text, { ...options, carnetSize: 2 }).problems).toEqual([
      { line: 2, message },
      { line: 3, message },
    ]);
  });

  it('reports a header without both columns', () => {
    const result = parseStockCsv('carnet;numero\nC000001;00000001', options);
    expect(result.problems).toEqual([{ line: 1, message: 'Colonnes attendues : « carnet » et « pass » (séparées par ; ou ,).' }]);
    expect(numbersOf(result.goodCarnets)).toEqual([]);
    expect(numbersOf(result.carnets)).toEqual([]);
  });

  it('reports each bad line with its line number and keeps the good carnets', () => {
    const text = [
      'carnet;pass', // 1
      'C000001;00000001', // 2
      'C000001;00000002', // 3
      'C000001;00000003', // 4
      '', // 5
      ';00000004', // 6 missing carnet
      'C000002;', // 7 missing pass
      'X000002;00000005', // 8 bad carnet
      'C000002;0000006', // 9 bad pass
      'C000002;00000001', // 10 duplicate of line 2
      'C000003;00000007', // 11
      'C000003;00000008', // 12 carnet 3 has 2 passes
      'C000004;00000009', // 13
      'C000004;00000010', // 14
      'C000004;00000011', // 15
      'C000004;00000012', // 16 carnet 4 has 4 passes
    ].join('\n');
    const result = parseStockCsv(text, options);
    expect(result.problems).toEqual([
      { line: 6, message: 'Numéro de carnet manquant.' },
      { line: 7, message: 'Numéro de pass manquant.' },
      { line: 8, message: 'Carnet : Numéro mal lu : « X000002 » ne suit pas la règle de numérotation.' },
      { line: 9, message: 'Pass : Numéro mal lu : « 0000006 » ne suit pas la règle de numérotation.' },
      { line: 10, message: 'Pass 00000001 en double (déjà ligne 2).' },
      { line: 11, message: 'Le carnet C000003 a 2 pass au lieu de 3.' },
      { line: 12, message: 'Le carnet C000003 a 2 pass au lieu de 3.' },
      { line: 13, message: 'Le carnet C000004 a 4 pass au lieu de 3.' },
      { line: 14, message: 'Le carnet C000004 a 4 pass au lieu de 3.' },
      { line: 15, message: 'Le carnet C000004 a 4 pass au lieu de 3.' },
      { line: 16, message: 'Le carnet C000004 a 4 pass au lieu de 3.' },
    ]);
    expect(numbersOf(result.goodCarnets)).toEqual([expectedCarnets[0]]);
    expect(result.carnets).toEqual(result.goodCarnets);
    expect(result.dataLines).toBe(14);
  });

  it('excludes a carnet with a bad line even when its count of good passes is right', () => {
    const text = `${goodFile}\nC000002;00000003`; // line 8 duplicates line 4
    const result = parseStockCsv(text, options);
    expect(result.problems).toEqual([{ line: 8, message: 'Pass 00000003 en double (déjà ligne 4).' }]);
    expect(numbersOf(result.goodCarnets)).toEqual([expectedCarnets[0]]);
  });

  it('reports every duplicate against the first appearance', () => {
    const text = [
      'carnet;pass', // 1
      ';00000001', // 2 missing carnet, the pass still counts as seen
      'C000001;00000002', // 3
      'C000001;00000001', // 4 duplicate of line 2
      'C000001;00000003', // 5
      'C000002;00000003', // 6 duplicate of line 5
      'C000002;00000002', // 7 duplicate of line 3
      'C000002;00000001', // 8 duplicate of line 2
    ].join('\n');
    expect(parseStockCsv(text, options).problems).toEqual([
      { line: 2, message: 'Numéro de carnet manquant.' },
      { line: 3, message: 'Le carnet C000001 a 2 pass au lieu de 3.' },
      { line: 4, message: 'Pass 00000001 en double (déjà ligne 2).' },
      { line: 5, message: 'Le carnet C000001 a 2 pass au lieu de 3.' },
      { line: 6, message: 'Pass 00000003 en double (déjà ligne 5).' },
      { line: 7, message: 'Pass 00000002 en double (déjà ligne 3).' },
      { line: 8, message: 'Pass 00000001 en double (déjà ligne 2).' },
    ]);
  });

  it('reports a wrong check digit', () => {
    const luhnPass: NumberRule = { pattern: '\\d{11}', checkDigit: 'luhn' };
    const text = 'carnet;pass\nC000001;79927398714';
    expect(parseStockCsv(text, { ...options, passRule: luhnPass, carnetSize: 1 }).problems).toEqual([
      { line: 2, message: 'Pass : Numéro mal lu : « 79927398714 », chiffre de contrôle faux.' },
    ]);
  });
});

describe('parseStockCsv, volume', () => {
  it('parses 200,000 lines', () => {
    const lines = ['numero_carnet;numero_pass;lot'];
    for (let i = 0; i < 200_000; i += 1) {
      const carnet = `C${String(Math.floor(i / 10) + 1).padStart(6, '0')}`;
      lines.push(`${carnet};${String(i + 1).padStart(8, '0')};2026`);
    }
    const started = performance.now();
    const result = parseStockCsv(lines.join('\r\n'), { carnetRule, passRule, carnetSize: 10 });
    const elapsed = performance.now() - started;
    expect(result.problems).toEqual([]);
    expect(result.dataLines).toBe(200_000);
    expect(result.goodCarnets).toHaveLength(20_000);
    expect(numbersOf(result.goodCarnets.slice(-1))).toEqual([
      { number: 'C020000', passes: Array.from({ length: 10 }, (_, k) => String(199_991 + k).padStart(8, '0')) },
    ]);
    expect(result.goodCarnets.at(-1)?.passLines?.at(-1)).toBe(200_001);
    console.log(`parseStockCsv: 200,000 lines in ${elapsed.toFixed(0)} ms`);
  });
});
