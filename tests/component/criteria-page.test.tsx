// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CriterionDto } from '../../electron/common/contract';
import { CriteriaPage } from '../../renderer/src/features/criteria/criteria-page';
import { criterionCode } from '../../renderer/src/features/criteria/criterion-code';
import { fakeClient, renderWithApp } from './render-app';

afterEach(() => cleanup());

const CRITERIA: CriterionDto[] = [
  { code: 'senior', label: 'Senior', builtIn: true },
  { code: 'famille-monoparentale', label: 'Famille monoparentale', builtIn: false },
];

describe('priority criteria page', () => {
  it('shows the scheme’s criteria fixed, renames a desk criterion and adds one with a code made from its label', async () => {
    const fake = fakeClient({
      'beneficiaries.criteria': () => CRITERIA,
      'beneficiaries.set-extra-criteria': ({ criteria }) => [CRITERIA[0] as CriterionDto, ...criteria.map((c) => ({ ...c, builtIn: false }))],
    });
    renderWithApp(<CriteriaPage />, fake.client);
    expect(await screen.findByText('Senior')).toBeTruthy();
    const first = await screen.findByRole('textbox', { name: 'Critère ajouté n° 1' });
    // A saved criterion can be renamed, not removed: records carry its code.
    expect(screen.queryByRole('button', { name: /Retirer/ })).toBeNull();
    fireEvent.change(first, { target: { value: 'Parent isolé·e' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un critère' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Critère ajouté n° 2' }), { target: { value: 'Sortant·e de détention' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les critères' }));
    await waitFor(() =>
      expect(fake.call).toHaveBeenCalledWith('beneficiaries.set-extra-criteria', {
        criteria: [
          { code: 'famille-monoparentale', label: 'Parent isolé·e' },
          { code: 'sortant-e-de-detention', label: 'Sortant·e de détention' },
        ],
      }),
    );
  });

  it('makes unique codes', () => {
    expect(criterionCode('Sénior rural', new Set(['senior-rural']))).toBe('senior-rural-2');
    expect(criterionCode('!!!', new Set())).toBe('critere');
  });
});
