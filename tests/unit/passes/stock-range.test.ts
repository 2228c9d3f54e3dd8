import { describe, expect, it } from 'vitest';
import { checkNumber, type NumberRule } from '../../../electron/common/domain/passes/number-rule';
import { expandRange } from '../../../electron/common/domain/passes/stock-range';

const carnetRule: NumberRule = { pattern: 'C\\d{6}', checkDigit: 'none' };
const passRule: NumberRule = { pattern: '\\d{8}', checkDigit: 'none' };
const base = { firstCarnet: 'C000009', carnetCount: 2, firstPass: '00000098', carnetSize: 3, carnetRule, passRule };

describe('expandRange', () => {
  it('numbers carnets and passes consecutively', () => {
    expect(expandRange(base)).toEqual({
      ok: true,
      carnets: [
        { number: 'C000009', passes: ['00000098', '00000099', '00000100'] },
        { number: 'C000010', passes: ['00000101', '00000102', '00000103'] },
      ],
    });
  });

  it('normalises the first numbers', () => {
    const result = expandRange({ ...base, firstCarnet: ' c000-009 ', carnetCount: 1, carnetSize: 1 });
    expect(result).toEqual({ ok: true, carnets: [{ number: 'C000009', passes: ['00000098'] }] });
  });

  it('recomputes check digits along the series', () => {
    const ean13: NumberRule = { pattern: '\\d{13}', checkDigit: 'gs1' };
    const result = expandRange({ ...base, firstPass: '4006381333931', passRule: ean13, carnetCount: 3, carnetSize: 10 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const passes = result.carnets.flatMap((c) => c.passes);
    expect(passes).toHaveLength(30);
    expect(passes[0]).toBe('4006381333931');
    expect(passes[1]).toBe('4006381333948');
    for (const pass of passes) expect(checkNumber(ean13, pass).ok).toBe(true);
    expect(new Set(passes).size).toBe(30);
  });

  it('checks the first numbers', () => {
    expect(expandRange({ ...base, firstCarnet: '000009' })).toEqual({
      ok: false,
      message: 'Premier carnet : Numéro mal lu : « 000009 » ne suit pas la règle de numérotation.',
    });
    expect(expandRange({ ...base, firstPass: '' })).toEqual({ ok: false, message: 'Premier pass : Numéro vide.' });
    const luhn: NumberRule = { pattern: '\\d{11}', checkDigit: 'luhn' };
    expect(expandRange({ ...base, firstPass: '79927398714', passRule: luhn })).toEqual({
      ok: false,
      message: 'Premier pass : Numéro mal lu : « 79927398714 », chiffre de contrôle faux.',
    });
  });

  it('limits the number of carnets to 1..20 000', () => {
    const message = 'Nombre de carnets : entre 1 et 20 000.';
    expect(expandRange({ ...base, carnetCount: 0 })).toEqual({ ok: false, message });
    expect(expandRange({ ...base, carnetCount: 20_001 })).toEqual({ ok: false, message });
    expect(expandRange({ ...base, carnetCount: 1.5 })).toEqual({ ok: false, message });
    const max = expandRange({ ...base, firstCarnet: 'C000001', firstPass: '00000001', carnetCount: 20_000, carnetSize: 10 });
    expect(max.ok && max.carnets.length).toBe(20_000);
    expect(max.ok && max.carnets[19_999]?.passes[9]).toBe('00200000');
  });

  it('refuses a series that overflows the width', () => {
    const overflow = { ok: false, message: 'La série dépasse la largeur du numéro.' };
    expect(expandRange({ ...base, firstCarnet: 'C999999' })).toEqual(overflow);
    expect(expandRange({ ...base, firstPass: '99999996' })).toEqual(overflow);
    expect(expandRange({ ...base, firstPass: '99999994' }).ok).toBe(true); // ends at 99999999
  });
});
