// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NeedsGridDto } from '../../electron/common/contract';
import { NeedsGridDefinition } from '../../electron/common/domain/bilans/needs-grid';
import { errorPlace, withCodes } from '../../renderer/src/features/needs-grid/grid-draft';
import { GridEditorPage } from '../../renderer/src/features/needs-grid/grid-editor-page';
import { ClientError } from '../../renderer/src/transport';
import { fakeClient, renderWithApp } from './render-app';

afterEach(() => cleanup());

const GRID: NeedsGridDto = {
  version: 3,
  createdAt: '2026-11-02T09:00:00.000Z',
  definition: {
    title: 'Bilan numérique',
    sections: [
      {
        code: 'equipement',
        label: 'Équipement',
        questions: [
          { code: 'internet-domicile', label: 'Internet à la maison', type: 'yes-no', required: false },
          { code: 'appareils', label: 'Appareils', type: 'multiple', required: true, options: [{ code: 'smartphone', label: 'Smartphone' }] },
        ],
      },
    ],
  },
};

type Saved = { definition: NeedsGridDto['definition'] };

describe('needs-grid editor', () => {
  it('renames a question, adds a choice and a question, and saves a new version with codes made from the labels', async () => {
    const fake = fakeClient({
      'bilans.grid': () => GRID,
      'bilans.grid-update': ({ definition }) => ({ version: 4, createdAt: '2026-11-30T10:00:00.000Z', definition: NeedsGridDefinition.parse(definition) }),
    });
    renderWithApp(<GridEditorPage />, fake.client);
    expect(await screen.findByText('Version en service : 3, du 02/11/2026.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Intitulé de la question 1' }), { target: { value: 'Internet chez soi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un choix' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Choix 2' }), { target: { value: 'Ordinateur portable' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une question' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Intitulé de la question 3' }), { target: { value: 'Imprimante à la maison ?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Monter « Imprimante à la maison ? »' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer une nouvelle version' }));

    await waitFor(() => expect(fake.call).toHaveBeenCalledWith('bilans.grid-update', expect.anything()));
    const saved = fake.call.mock.calls.find(([method]) => method === 'bilans.grid-update')?.[1] as Saved;
    const questions = saved.definition.sections[0]?.questions ?? [];
    expect(questions.map((q) => [q.code, q.label])).toEqual([
      ['internet-domicile', 'Internet chez soi'],
      ['imprimante-a-la-maison', 'Imprimante à la maison ?'],
      ['appareils', 'Appareils'],
    ]);
    expect(questions[2]).toMatchObject({ options: [{ code: 'smartphone' }, { code: 'ordinateur-portable', label: 'Ordinateur portable' }] });
    expect(await screen.findByText('Version en service : 4, du 30/11/2026.')).toBeTruthy();
  });

  it('lists the backend’s errors by section and question, and keeps the edits', async () => {
    const fake = fakeClient({
      'bilans.grid': () => GRID,
      'bilans.grid-update': () => {
        throw new ClientError('INVALID_INPUT', 'Libellé obligatoire.', { 'definition.sections.0.questions.1.label': 'Libellé obligatoire.' });
      },
    });
    renderWithApp(<GridEditorPage />, fake.client);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Intitulé de la question 2' }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer une nouvelle version' }));
    expect(await screen.findByText('Section 1 « Équipement », question 2 : Libellé obligatoire.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Intitulé de la question 1' }) as HTMLInputElement).value).toBe('Internet à la maison');
  });

  it('never changes an existing code and keeps new codes unique', () => {
    const draft = structuredClone(GRID.definition);
    draft.sections.push({ code: '', label: 'Équipement', questions: [{ code: '', label: 'Appareils', type: 'yes-no', required: false }] });
    const coded = withCodes(draft);
    expect(coded.sections.map((s) => s.code)).toEqual(['equipement', 'equipement-2']);
    expect(coded.sections[1]?.questions[0]?.code).toBe('appareils-2');
    expect(errorPlace('definition.title', draft)).toBe('Grille');
  });
});
