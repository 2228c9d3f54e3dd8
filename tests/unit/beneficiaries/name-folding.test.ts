import { describe, expect, it } from 'vitest';
import { foldText, nameKey, nameTokens } from '../../../electron/common/domain/beneficiaries/name-folding';
import { parseBeneficiaryQuery } from '../../../electron/common/domain/beneficiaries/search-query';
import { displayPhone, normalizePhone } from '../../../electron/common/domain/beneficiaries/phone';

describe('name folding', () => {
  it('lower-cases, removes Latin accents and spells ligatures out', () => {
    expect(foldText('Héloïse')).toBe('heloise');
    expect(foldText('DUPONT')).toBe('dupont');
    expect(foldText('Œdipe Cœur')).toBe('oedipe coeur');
    expect(foldText('Lætitia')).toBe('laetitia');
  });

  it('keeps other scripts as typed', () => {
    expect(foldText('சிவா')).toBe('சிவா');
    expect(foldText('محمد')).toBe('محمد');
    expect(foldText('王小明')).toBe('王小明');
  });

  it('splits apostrophes and hyphens and adds the joined spelling', () => {
    expect(nameTokens("N'Diaye")).toEqual(['n', 'diaye', 'ndiaye']);
    expect(nameTokens('Jean-Pierre')).toEqual(['jean', 'pierre', 'jeanpierre']);
    expect(nameTokens('N’Guessan')).toEqual(['n', 'guessan', 'nguessan']);
    expect(nameTokens('王小明')).toEqual(['王小明', '小明', '明']);
    expect(nameKey('  Le Gall-Bréhat ')).toBe('legallbrehat');
  });

  it('reads a query as words, a birth year or phone digits', () => {
    expect(parseBeneficiaryQuery("n'dia")).toEqual({ kind: 'words', words: ['n', 'dia'] });
    expect(parseBeneficiaryQuery('1962')).toEqual({ kind: 'digits', digits: '1962', birthYear: 1962 });
    expect(parseBeneficiaryQuery('06 12')).toEqual({ kind: 'digits', digits: '0612', birthYear: null });
    expect(parseBeneficiaryQuery('+33 6 12')).toEqual({ kind: 'digits', digits: '0612', birthYear: null });
    expect(parseBeneficiaryQuery('06')).toEqual({ kind: 'empty' });
    expect(parseBeneficiaryQuery(' - ')).toEqual({ kind: 'empty' });
  });
});

describe('phone numbers', () => {
  it('stores French numbers as ten digits', () => {
    expect(normalizePhone('06 12 34 56 78')).toBe('0612345678');
    expect(normalizePhone('06.12.34.56.78')).toBe('0612345678');
    expect(normalizePhone('+33 6 12 34 56 78')).toBe('0612345678');
    expect(normalizePhone('+33 (0)6 12 34 56 78')).toBe('0612345678');
    expect(normalizePhone('0033612345678')).toBe('0612345678');
  });

  it('shows French numbers in pairs, others as stored', () => {
    expect(displayPhone('0612345678')).toBe('06 12 34 56 78');
    expect(displayPhone('+442079460958')).toBe('+442079460958');
  });

  it('keeps other countries with their code, refuses the rest', () => {
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('06 12 34 56')).toBeNull();
    expect(normalizePhone('0 12 34 56 78')).toBeNull();
    expect(normalizePhone('+33 6 12')).toBeNull();
    expect(normalizePhone('06-12-ab')).toBeNull();
  });
});
