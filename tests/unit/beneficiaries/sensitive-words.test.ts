import { describe, expect, it } from 'vitest';
import { sensitiveWordsIn } from '../../../electron/common/domain/beneficiaries/sensitive-words';

describe('sensitive words in a note', () => {
  it('finds health, religion, offences and credentials, whatever the accents and case', () => {
    expect(sensitiveWordsIn('Suivi MÉDICAL en cours, malade depuis mars')).toEqual(['maladie', 'médical']);
    expect(sensitiveWordsIn('Va à la Mosquée le vendredi')).toEqual(['mosquée']);
    expect(sensitiveWordsIn('Sort de prison')).toEqual(['prison']);
    expect(sensitiveWordsIn('Son mot de passe ameli : Soleil75')).toEqual(['mot de passe']);
  });

  it('leaves an ordinary note alone, and does not match inside other words', () => {
    expect(sensitiveWordsIn('Préfère les ateliers du matin ; vient avec sa fille.')).toEqual([]);
    // « nir » only as a word: « avenir », « finir » are fine.
    expect(sensitiveWordsIn('Veut finir son CV pour l’avenir')).toEqual([]);
  });
});
