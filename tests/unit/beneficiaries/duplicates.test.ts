import { describe, expect, it } from 'vitest';
import {
  damerauLevenshtein,
  duplicateReasons,
  isProbableDuplicate,
  nameVariants,
  similarNames,
} from '../../../electron/common/domain/beneficiaries/duplicates';

const marie = { nom: 'Dupont', prenom: 'Marie', phone: '0612345678', email: 'marie.dupont@exemple.fr' };

describe('similar names', () => {
  it('ignores case, accents, spaces, hyphens and apostrophes', () => {
    expect(similarNames('DUPONT', 'dupont')).toBe(true);
    expect(similarNames('Hélène', 'HELENE')).toBe(true);
    expect(similarNames("N'Diaye", 'Ndiaye')).toBe(true);
    expect(similarNames('Jean-Pierre', 'Jean Pierre')).toBe(true);
    expect(similarNames('Le Goff', 'Legoff')).toBe(true);
  });

  it('tolerates one typo from five letters', () => {
    expect(similarNames('Dupont', 'Dupond')).toBe(true);
    expect(similarNames('Dupont', 'Duppont')).toBe(true);
    expect(similarNames('Dupont', 'Dupnot')).toBe(true);
    expect(similarNames('Martin', 'Matrin')).toBe(true);
  });

  it('does not call short or distant names similar', () => {
    expect(similarNames('Ali', 'Alí')).toBe(true);
    expect(similarNames('Ali', 'Ala')).toBe(false);
    expect(similarNames('Marie', 'Maria')).toBe(true);
    expect(similarNames('Léa', 'Léo')).toBe(false);
    expect(similarNames('Dupont', 'Durand')).toBe(false);
    expect(similarNames('Martin', 'Martine')).toBe(true);
    expect(similarNames('Martin', 'Martinez')).toBe(false);
    expect(similarNames('', '')).toBe(false);
  });

  it('computes the optimal string alignment distance', () => {
    expect(damerauLevenshtein('dupont', 'dupont')).toBe(0);
    expect(damerauLevenshtein('dupont', 'dupnot')).toBe(1);
    expect(damerauLevenshtein('dupont', 'durand')).toBe(3);
    expect(damerauLevenshtein('ca', 'abc')).toBe(3);
  });

  it('gives two names one typo apart a shared variant', () => {
    for (const [a, b] of [
      ['dupont', 'dupond'],
      ['dupont', 'duppont'],
      ['dupont', 'dupnot'],
      ['martin', 'martine'],
    ] as const) {
      const shared = nameVariants(a).filter((variant) => nameVariants(b).includes(variant));
      expect(shared.length).toBeGreaterThan(0);
    }
    expect(nameVariants('ali')).toEqual(['ali']);
  });
});

describe('duplicate rule: at least two of nom, prénom, phone, e-mail', () => {
  it('finds true duplicates', () => {
    expect(duplicateReasons(marie, { nom: 'DUPONT', prenom: 'Marie', phone: null, email: null })).toEqual(['nom', 'prenom']);
    expect(duplicateReasons(marie, { nom: 'Durand', prenom: 'Marie', phone: '0612345678', email: null })).toEqual(['prenom', 'telephone']);
    expect(duplicateReasons(marie, { nom: 'X', prenom: 'Y', phone: '0612345678', email: 'Marie.Dupont@exemple.fr ' })).toEqual(['telephone', 'email']);
    expect(isProbableDuplicate(marie, { nom: 'Dupond', prenom: 'Mari', phone: null, email: 'marie.dupont@exemple.fr' })).toBe(true);
  });

  it('does not flag one shared thing only', () => {
    expect(isProbableDuplicate(marie, { nom: 'Dupont', prenom: 'Jeanne', phone: null, email: null })).toBe(false);
    expect(isProbableDuplicate(marie, { nom: 'Durand', prenom: 'Paul', phone: '0612345678', email: null })).toBe(false);
    expect(isProbableDuplicate(marie, { nom: 'Durand', prenom: 'Maude', phone: '0699999999', email: 'autre@exemple.fr' })).toBe(false);
    expect(isProbableDuplicate({ ...marie, phone: null, email: null }, { nom: 'Dupont', prenom: 'Léa', phone: null, email: null })).toBe(false);
  });
});
