// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/common/contract';
import { HomePage } from '../../renderer/src/features/home/home-page';
import { ReferentDashboard } from '../../renderer/src/features/reports/dashboard/referent-dashboard';
import { session } from './beneficiaries-fixtures';
import { dashboardDto } from './close-fixtures';
import { fakeClient, renderWithApp } from './render-app';

afterEach(cleanup);

/** The label and value pairs of one card, as read out. */
function figuresOf(card: HTMLElement): string[] {
  return within(card)
    .getAllByRole('term')
    .map((term) => `${term.textContent} : ${term.nextElementSibling?.textContent}`);
}

describe('referent dashboard', () => {
  it('shows the alerts first, their level in words, with a link to close a day left open', async () => {
    renderWithApp(<ReferentDashboard />, fakeClient({ 'reports.dashboard': () => dashboardDto() }).client);
    const alerts = await screen.findByTestId('dashboard-alerts');
    const items = within(alerts).getAllByRole('status');
    expect(items.map((item) => item.textContent)).toEqual([
      'UrgentJournée du vendredi 1 mars 2024 non clôturée.Clôturer cette journée',
      'AttentionLot APTIC-2023-07 (APTIC) : fin de validité le 31/03/2024.',
      'Information3 opérations attendent l’envoi au hub depuis le 04/03/2024.',
    ]);
    const link = within(alerts).getByRole('link', { name: 'Clôturer cette journée : vendredi 1 mars 2024' });
    expect(link.getAttribute('href')).toBe('/cloture/2024-03-01');
    expect(screen.getByRole('link', { name: 'Clôture du jour' }).getAttribute('href')).toBe('/cloture');
    expect(screen.getByRole('link', { name: 'Rapports' }).getAttribute('href')).toBe('/rapports');
  });

  it('drops the alert of a day closed in another window', async () => {
    let closed = false;
    const fake = fakeClient({
      'reports.dashboard': () => {
        const dto = dashboardDto();
        return closed ? { ...dto, alerts: dto.alerts.filter((alert) => alert.kind !== 'jour-non-clos') } : dto;
      },
    });
    renderWithApp(<ReferentDashboard />, fake.client);
    const alerts = await screen.findByTestId('dashboard-alerts');
    expect(within(alerts).getByText('Journée du vendredi 1 mars 2024 non clôturée.')).toBeTruthy();
    closed = true;
    fake.emit('reports.day-closed', { date: '2024-03-01', seq: 12 });
    await waitFor(() => expect(within(screen.getByTestId('dashboard-alerts')).queryByText('Journée du vendredi 1 mars 2024 non clôturée.')).toBeNull());
  });

  it('shows today, this week and this month at a glance', async () => {
    renderWithApp(<ReferentDashboard />, fakeClient({ 'reports.dashboard': () => dashboardDto() }).client);
    const today = await screen.findByRole('region', { name: 'Aujourd’hui' });
    expect(within(today).getByText('mardi 5 mars 2024')).toBeTruthy();
    expect(figuresOf(today)).toEqual([
      'Pass utilisés : 14 (140,00\u00A0€)',
      'Personnes présentes : 17',
      'Séances tenues : 4',
      'Carnets remis : 3',
      'Nouvelles personnes : 7',
    ]);
    const week = screen.getByRole('region', { name: 'Cette semaine' });
    expect(within(week).getByText('du 04/03/2024 au 05/03/2024')).toBeTruthy();
    expect(figuresOf(week)).toEqual(['Pass utilisés : 37 (370,00\u00A0€)', 'Personnes présentes : 41', 'Séances tenues : 9', 'Carnets remis : 8', 'Nouvelles personnes : 12']);
    const month = screen.getByRole('region', { name: 'Ce mois' });
    expect(figuresOf(month)).toEqual([
      'Pass utilisés : 1\u00A0234 (12\u202F340,00\u00A0€)',
      'Personnes présentes : 88',
      'Séances tenues : 23',
      'Carnets remis : 31',
      'Nouvelles personnes : 26',
    ]);
  });

  it('says when nothing needs doing, and shows an error it cannot load', async () => {
    renderWithApp(<ReferentDashboard />, fakeClient({ 'reports.dashboard': () => dashboardDto({ alerts: [] }) }).client);
    expect(await screen.findByText('Rien à signaler : les journées passées sont closes et les envois sont à jour.')).toBeTruthy();
    cleanup();
    renderWithApp(
      <ReferentDashboard />,
      fakeClient({
        'reports.dashboard': () => {
          throw new AppError('INTERNAL', 'Le service local ne répond pas.');
        },
      }).client,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Le service local ne répond pas.');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('is on the home page of a referent, not of a front-desk agent', async () => {
    const referent = fakeClient({ 'reports.dashboard': () => dashboardDto() });
    renderWithApp(<HomePage session={session('referent')} />, referent.client);
    expect(await screen.findByRole('heading', { level: 2, name: 'Tableau de bord' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Clôturer cette journée : vendredi 1 mars 2024' })).toBeTruthy();
    expect(referent.call).toHaveBeenCalledWith('reports.dashboard', {});
    cleanup();

    const agent = fakeClient({});
    renderWithApp(<HomePage session={session('accueil')} />, agent.client);
    expect(screen.getByRole('heading', { level: 1, name: 'Bonjour Aminata Diallo' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Tableau de bord' })).toBeNull());
    expect(agent.call).not.toHaveBeenCalled();
  });
});
