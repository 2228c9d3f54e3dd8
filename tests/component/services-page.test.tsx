// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type Input, type ServiceDto } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { ServicesPage } from '../../renderer/src/features/workshops/services/services-page';
import { PeopleProviders } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { OTHER_SERVICE_ID, SERVICE_ID, service } from './workshops-fixtures';

afterEach(() => {
  clearNotifications();
  cleanup();
});

const ARCHIVED_ID = '0190a8c0-0000-7000-8000-0000000000e3';
const catalogue: ServiceDto[] = [
  service(),
  service({ id: OTHER_SERVICE_ID, name: 'Démarches CAF en ligne', themes: ['demarches-administratives'], level: null, defaultDurationMin: 45, passRequired: false }),
  service({ id: ARCHIVED_ID, name: 'Ancien atelier tablette', themes: [], defaultDurationMin: 120, pricePasses: 2, archived: true }),
];

function renderServices(handlers: Handlers = {}) {
  const lists: Array<Input<'services.list'>> = [];
  const saves: Array<Input<'services.save'>> = [];
  const fake = fakeClient({
    'services.list': (input) => {
      lists.push(input);
      return input.includeArchived ? catalogue : catalogue.filter((entry) => !entry.archived);
    },
    'services.save': (input) => {
      saves.push(input);
      return { ...service(), ...input, id: input.id ?? '0190a8c0-0000-7000-8000-0000000000e9', archived: input.archived ?? false } as ServiceDto;
    },
    ...handlers,
  });
  renderWithApp(
    <PeopleProviders role="referent">
      <ServicesPage />
    </PeopleProviders>,
    fake.client,
    { path: '/services' },
  );
  return { ...fake, lists, saves };
}

const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('services page', () => {
  it('explains what a service is and lists the catalogue; the archived ones on demand', async () => {
    const { lists } = renderServices();
    expect(screen.getByRole('heading', { level: 1, name: 'Catalogue des services' })).toBeTruthy();
    expect(screen.getByText(/un scan, c’est un pass et un service du catalogue/)).toBeTruthy();
    expect(screen.getByText(/programmes sans pass/)).toBeTruthy();
    await screen.findByRole('rowheader', { name: 'Premiers pas sur smartphone' });
    const smartphone = rowOf('Premiers pas sur smartphone');
    expect(smartphone.textContent).toContain('Prendre en main du matériel, Navigation sur internet');
    expect(smartphone.textContent).toContain('Débutant');
    expect(smartphone.textContent).toContain('1 h 30');
    expect(smartphone.textContent).toContain('Pass requis : oui');
    expect(smartphone.textContent).toContain('Prix : 1 pass par séance');
    const caf = rowOf('Démarches CAF en ligne');
    expect(caf.textContent).toContain('45 min');
    expect(caf.textContent).toContain('Pass requis : non');
    expect(caf.textContent).not.toContain('Prix');
    expect(screen.queryByRole('rowheader', { name: 'Ancien atelier tablette' })).toBeNull();

    fireEvent.click(screen.getByRole('switch', { name: 'Afficher les services archivés' }));
    await screen.findByRole('rowheader', { name: 'Ancien atelier tablette' });
    const archived = rowOf('Ancien atelier tablette');
    expect(within(archived).getByText('Archivé')).toBeTruthy();
    expect(archived.textContent).toContain('2 h');
    expect(lists).toEqual([{ includeArchived: false }, { includeArchived: true }]);
  });

  it('creates a service, without a pass for a free programme', async () => {
    const { saves, lists } = renderServices();
    fireEvent.click(await screen.findByRole('button', { name: 'Nouveau service' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau service' });
    fireEvent.change(within(dialog).getByLabelText(/^Nom du service/), { target: { value: 'Café numérique' } });
    fireEvent.change(within(dialog).getByLabelText(/^Durée par défaut/), { target: { value: '120' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Niveau' }), { target: { value: 'intermediaire' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Un pass est requis/ }));
    expect(within(dialog).queryByLabelText(/^Prix en pass/)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({ name: 'Café numérique', themes: [], level: 'intermediaire', defaultDurationMin: 120, passRequired: false, pricePasses: 1, archived: false });
    expect(await screen.findByText('Service enregistré.')).toBeTruthy();
    await waitFor(() => expect(lists).toHaveLength(2));
  });

  it('edits a service with its id and shows a refused field beside it', async () => {
    let refuse = true;
    const sent: Array<Input<'services.save'>> = [];
    renderServices({
      'services.save': (input) => {
        sent.push(input);
        if (refuse) {
          refuse = false;
          throw new AppError('INVALID_INPUT', 'Les informations envoyées ne sont pas valides.', { pricePasses: 'Prix : 10 pass au plus.' });
        }
        return { ...service(), ...input, id: SERVICE_ID, archived: false } as ServiceDto;
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier le service « Premiers pas sur smartphone »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier le service' });
    expect((within(dialog).getByLabelText(/^Nom du service/) as HTMLInputElement).value).toBe('Premiers pas sur smartphone');
    expect((within(dialog).getByLabelText(/^Durée par défaut/) as HTMLInputElement).value).toBe('90');
    fireEvent.change(within(dialog).getByLabelText(/^Prix en pass/), { target: { value: '12' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Prix : 10 pass au plus.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Prix en pass/), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({ ...service(), pricePasses: 2 });
  });

  it('archives and unarchives a service, keeping everything else', async () => {
    const { saves } = renderServices();
    fireEvent.click(await screen.findByRole('button', { name: 'Archiver le service « Premiers pas sur smartphone »' }));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({ ...service(), archived: true });
    expect(await screen.findByText(/Service « Premiers pas sur smartphone » archivé/)).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Afficher les services archivés' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Désarchiver le service « Ancien atelier tablette »' }));
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]).toMatchObject({ id: ARCHIVED_ID, archived: false, pricePasses: 2 });
  });
});
