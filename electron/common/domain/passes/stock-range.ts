import { checkNumber, numberSeries, type NumberRule } from './number-rule';
import { type StockCarnet } from './stock-csv';

/** Most carnets one range may create. */
export const MAX_RANGE_CARNETS = 20_000;

export interface StockRangeInput {
  firstCarnet: string;
  carnetCount: number;
  firstPass: string;
  carnetSize: number;
  carnetRule: NumberRule;
  passRule: NumberRule;
}

export type StockRangeResult = { ok: true; carnets: StockCarnet[] } | { ok: false; message: string };

/**
 * A delivery typed as a range: `carnetCount` carnets numbered consecutively from `firstCarnet`, each holding
 * `carnetSize` passes numbered consecutively from `firstPass` across all the carnets.
 */
export function expandRange(input: StockRangeInput): StockRangeResult {
  const { carnetCount, carnetSize } = input;
  const firstCarnet = checkNumber(input.carnetRule, input.firstCarnet);
  if (!firstCarnet.ok) return { ok: false, message: `Premier carnet : ${firstCarnet.message}` };
  const firstPass = checkNumber(input.passRule, input.firstPass);
  if (!firstPass.ok) return { ok: false, message: `Premier pass : ${firstPass.message}` };
  if (!Number.isInteger(carnetCount) || carnetCount < 1 || carnetCount > MAX_RANGE_CARNETS) {
    return { ok: false, message: 'Nombre de carnets : entre 1 et 20 000.' };
  }
  if (!Number.isInteger(carnetSize) || carnetSize < 1) {
    return { ok: false, message: 'Nombre de pass par carnet : au moins 1.' };
  }

  const carnetAt = numberSeries(input.carnetRule, firstCarnet.number);
  const passAt = numberSeries(input.passRule, firstPass.number);
  const overflow = { ok: false, message: 'La série dépasse la largeur du numéro.' } as const;
  const carnets: StockCarnet[] = [];
  for (let c = 0; c < carnetCount; c += 1) {
    const number = carnetAt(c);
    if (number === null) return overflow;
    const passes: string[] = [];
    for (let p = 0; p < carnetSize; p += 1) {
      const pass = passAt(c * carnetSize + p);
      if (pass === null) return overflow;
      passes.push(pass);
    }
    carnets.push({ number, passes });
  }
  return { ok: true, carnets };
}
