import { foldText } from '../beneficiaries/name-folding';
import { compileNumberProblem, normalizeNumber, type NumberRule } from './number-rule';

/** A carnet of a delivery, with its pass numbers in file order. */
export interface StockCarnet {
  number: string;
  passes: string[];
  /** From a file: the line of each pass (1-based), to name the lines of numbers found already known. */
  passLines?: number[];
}

/** A bad line of a delivery file; `line` is 1-based over the whole file (the header is line 1). */
export interface StockLineProblem {
  line: number;
  message: string;
}

/**
 * The outcome of reading a delivery file. `goodCarnets` are the carnets none of whose lines has a problem, in
 * file order; `carnets` is the same list. `dataLines` counts the non-blank lines after the header.
 */
export interface StockCsvResult {
  carnets: StockCarnet[];
  goodCarnets: StockCarnet[];
  problems: StockLineProblem[];
  dataLines: number;
}

/** The issuer's numbering rules and how many passes each carnet holds. */
export interface StockCsvOptions {
  carnetRule: NumberRule;
  passRule: NumberRule;
  carnetSize: number;
}

/** Accepted header names, as folded by `headerKey` (`Numéro carnet` → `numero_carnet`, `N° pass` → `n_pass`). */
const CARNET_HEADERS = new Set(['carnet', 'numero_carnet', 'carnet_numero', 'numero_de_carnet', 'numero_du_carnet', 'n_carnet', 'no_carnet']);
const PASS_HEADERS = new Set([
  'pass',
  'numero_pass',
  'pass_numero',
  'numero_de_pass',
  'numero_du_pass',
  'n_pass',
  'no_pass',
  'cheque',
  'numero_cheque',
  'cheque_numero',
  'numero_de_cheque',
  'numero_du_cheque',
]);
const SEPARATOR_CANDIDATES = [';', ',', '\t'] as const;
const BLANK_FIELDS = /^[\s;,\t"]*$/;

/** Header cell → comparable key: accents, case and quotes dropped; spaces, hyphens, dots and `°` become `_`. */
function headerKey(cell: string): string {
  return foldText(unquote(cell).trim())
    .replace(/[\s\-_.°º]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/""/g, '"');
  }
  return value;
}

/** The separator used the most in the header, outside quotes; `;` when there is none. */
function detectSeparator(header: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (SEPARATOR_CANDIDATES as readonly string[]).includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = ';';
  let bestCount = 0;
  for (const candidate of SEPARATOR_CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** LF, CRLF or (old Mac files) CR line ends; a string split is much faster than a regex split on big files. */
function splitLines(text: string): string[] {
  if (!text.includes('\n')) return text.split('\r');
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}

/** Splits one line into fields; double-quoted fields may hold the separator and doubled quotes. */
function splitLine(line: string, separator: string): string[] {
  if (!line.includes('"')) return line.split(separator);
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

interface CarnetLines {
  number: string;
  /** The rule problem of the carnet number, prefixed, or null. */
  problem: string | null;
  /** Indexes into the per-line arrays, in file order. */
  lines: number[];
}

/** Line of the first appearance of each valid pass number so far (built once, at the first duplicate). */
function firstLines(
  passNumbers: readonly string[],
  lineNumbers: readonly number[],
  passProblem: (number: string) => string | null,
): Map<string, number> {
  const result = new Map<string, number>();
  passNumbers.forEach((pass, index) => {
    if (pass !== '' && !result.has(pass) && passProblem(pass) === null) result.set(pass, lineNumbers[index]!);
  });
  return result;
}

/**
 * Reads an issuer's delivery file: a header naming the `carnet` and `pass` columns (other columns ignored),
 * then one line per pass. The separator (`;`, `,` or tab) is taken from the header; a UTF-8 BOM, CRLF line
 * ends, blank lines and double-quoted values are accepted. Each bad line gets one problem, in French.
 */
export function parseStockCsv(text: string, options: StockCsvOptions): StockCsvResult {
  const { carnetSize } = options;
  if (!Number.isSafeInteger(carnetSize) || carnetSize < 1) throw new RangeError(`Taille de carnet invalide : ${carnetSize}.`);
  const lines = splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex < 0) return { carnets: [], goodCarnets: [], problems: [{ line: 1, message: 'Fichier vide.' }], dataLines: 0 };

  const header = lines[headerIndex]!;
  const separator = detectSeparator(header);
  const keys = splitLine(header, separator).map(headerKey);
  const carnetColumn = keys.findIndex((key) => CARNET_HEADERS.has(key));
  const passColumn = keys.findIndex((key) => PASS_HEADERS.has(key));
  if (carnetColumn < 0 || passColumn < 0) {
    return {
      carnets: [],
      goodCarnets: [],
      problems: [{ line: headerIndex + 1, message: 'Colonnes attendues : « carnet » et « pass » (séparées par ; ou ,).' }],
      dataLines: 0,
    };
  }

  const carnetProblem = compileNumberProblem(options.carnetRule);
  const passProblem = compileNumberProblem(options.passRule);
  // One entry per data line, in parallel arrays (hundreds of thousands of lines).
  const lineNumbers: number[] = [];
  const passNumbers: string[] = [];
  const lineProblems: (string | null)[] = [];
  const carnets = new Map<string, CarnetLines>();
  // Duplicates: a set until the first one turns up (one hash operation per line), then a map to the first lines.
  const seenPasses = new Set<string>();
  let firstLineOfPass = null as Map<string, number> | null;
  let lastCarnet = null as CarnetLines | null; // widened: narrowing on a loop variable confuses tsc

  for (let i = headerIndex + 1; i < lines.length; i += 1) {
    const text = lines[i]!;
    if (BLANK_FIELDS.test(text)) continue;
    const line = i + 1;
    const fields = splitLine(text, separator);
    const carnetNumber = normalizeNumber(fields[carnetColumn] ?? '');
    const passNumber = normalizeNumber(fields[passColumn] ?? '');

    const passRuleProblem = passNumber === '' ? null : passProblem(passNumber);
    let duplicateOf: number | undefined;
    if (passNumber !== '' && passRuleProblem === null) {
      if (firstLineOfPass === null) {
        const seen = seenPasses.size;
        seenPasses.add(passNumber);
        if (seenPasses.size === seen) {
          firstLineOfPass = firstLines(passNumbers, lineNumbers, passProblem);
          duplicateOf = firstLineOfPass.get(passNumber);
        }
      } else {
        duplicateOf = firstLineOfPass.get(passNumber);
        if (duplicateOf === undefined) firstLineOfPass.set(passNumber, line);
      }
    }

    // Lines of a carnet usually follow each other: look the carnet up (and check its number) once per run.
    let carnet: CarnetLines | undefined;
    if (carnetNumber !== '') {
      carnet = lastCarnet?.number === carnetNumber ? lastCarnet : carnets.get(carnetNumber);
      if (!carnet) {
        const carnetRuleProblem = carnetProblem(carnetNumber);
        carnet = { number: carnetNumber, problem: carnetRuleProblem === null ? null : `Carnet : ${carnetRuleProblem}`, lines: [] };
        carnets.set(carnetNumber, carnet);
      }
      lastCarnet = carnet;
    }

    let problem: string | null = null;
    if (!carnet) problem = 'Numéro de carnet manquant.';
    else if (passNumber === '') problem = 'Numéro de pass manquant.';
    else if (carnet.problem !== null) problem = carnet.problem;
    else if (passRuleProblem !== null) problem = `Pass : ${passRuleProblem}`;
    else if (duplicateOf !== undefined) problem = `Pass ${passNumber} en double (déjà ligne ${duplicateOf}).`;

    const index = lineNumbers.length;
    lineNumbers.push(line);
    passNumbers.push(passNumber);
    lineProblems.push(problem);
    carnet?.lines.push(index);
  }

  // Carnet sizes, over the lines that are otherwise good.
  for (const carnet of carnets.values()) {
    const good = carnet.lines.filter((index) => lineProblems[index] === null);
    if (good.length === carnetSize) continue;
    const message = `Le carnet ${carnet.number} a ${good.length} pass au lieu de ${carnetSize}.`;
    for (const index of good) lineProblems[index] = message;
  }

  const goodCarnets: StockCarnet[] = [];
  for (const carnet of carnets.values()) {
    if (carnet.lines.every((index) => lineProblems[index] === null)) {
      goodCarnets.push({
        number: carnet.number,
        passes: carnet.lines.map((index) => passNumbers[index]!),
        passLines: carnet.lines.map((index) => lineNumbers[index]!),
      });
    }
  }
  const problems: StockLineProblem[] = [];
  lineProblems.forEach((message, index) => {
    if (message !== null) problems.push({ line: lineNumbers[index]!, message });
  });
  return { carnets: goodCarnets, goodCarnets, problems, dataLines: lineNumbers.length };
}
