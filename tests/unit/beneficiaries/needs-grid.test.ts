import { describe, expect, it } from 'vitest';
import { DEFAULT_NEEDS_GRID } from '../../../electron/common/domain/bilans/default-grid';
import { NeedsGridDefinition } from '../../../electron/common/domain/bilans/needs-grid';
import { validateAnswers } from '../../../electron/common/domain/bilans/validate-answers';

describe('needs grid', () => {
  it('the default grid is valid and covers the research synthesis', () => {
    const grid = NeedsGridDefinition.parse(DEFAULT_NEEDS_GRID);
    const codes = grid.sections.flatMap((section) => section.questions.map((question) => question.code));
    expect(codes).toEqual(expect.arrayContaining(['equipements', 'franceconnect', 'ameli', 'impots', 'freins', 'thematiques', 'profil', 'abc-diag', 'orientation', 'structure-redirection', 'pass-proposes']));
  });

  it('validates each answer type', () => {
    expect(validateAnswers(DEFAULT_NEEDS_GRID, { ameli: 'oui', 'abc-diag': 'x'.repeat(101), freins: ['langue', 'langue'] }, false)).toEqual({
      ameli: 'Répondez par oui ou par non.',
      'abc-diag': '100 caractères au plus.',
      freins: 'Une réponse est cochée deux fois.',
    });
    expect(validateAnswers(DEFAULT_NEEDS_GRID, { 'pass-proposes': 2.5 }, false)).toEqual({ 'pass-proposes': 'Saisissez un nombre entier.' });
    expect(validateAnswers(DEFAULT_NEEDS_GRID, {}, false)).toEqual({});
  });
});
