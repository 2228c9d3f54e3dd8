// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Input, ReminderDto } from '../../electron/common/contract';
import { addDays, parisDate } from '../../electron/common/domain/passes/paris-date';
import { clearNotifications } from '../../renderer/src/app/notify';
import { RemindersPage } from '../../renderer/src/features/workshops/session/reminders-page';
import { PeopleProviders } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp } from './render-app';
import { bookingDto, sessionSummary } from './session-fixtures';

const printHtml = vi.hoisted(() => vi.fn(async (_html: string) => undefined));
vi.mock('../../renderer/src/features/devices/browser-print', () => ({ printHtml }));

beforeEach(() => printHtml.mockClear());
afterEach(() => {
  clearNotifications();
  cleanup();
});

const MORNING = sessionSummary({ id: '0190a8c0-0000-7000-8000-0000000001a1', title: 'Smartphone : les bases', startTime: '09:30', startsAt: '2030-03-05T08:30:00.000Z', room: '' });
const AFTERNOON = sessionSummary();

const REMINDERS: ReminderDto[] = [
  { session: AFTERNOON, booking: bookingDto() },
  { session: MORNING, booking: bookingDto({ id: '0190a8c0-0000-7000-8000-0000000001b1', sessionId: MORNING.id, nom: 'Benali', prenom: 'Karim', phone: null }) },
  { session: AFTERNOON, booking: bookingDto({ id: '0190a8c0-0000-7000-8000-0000000001b2', nom: 'Martin', prenom: 'Lucie', phone: '+447700900123' }) },
];

function renderReminders() {
  const asked: Array<Input<'bookings.reminders'>> = [];
  const fake = fakeClient({
    'bookings.reminders': (input) => {
      asked.push(input);
      return input.date === '2030-03-05' ? REMINDERS : [];
    },
  });
  renderWithApp(
    <PeopleProviders role="accueil">
      <RemindersPage />
    </PeopleProviders>,
    fake.client,
    { path: '/ateliers/rappels' },
  );
  return { ...fake, asked };
}

describe('reminders page', () => {
  it('asks for tomorrow (Paris) by default', async () => {
    const { asked } = renderReminders();
    const tomorrow = addDays(parisDate(new Date()), 1);
    await waitFor(() => expect(asked).toEqual([{ date: tomorrow }]));
    expect((screen.getByLabelText(/Jour des ateliers/) as HTMLInputElement).value).toBe(tomorrow);
    expect(await screen.findByText('Personne à rappeler ce jour-là.')).toBeTruthy();
  });

  it('lists the people to call by session, in time order, with tel: links, and prints the list', async () => {
    const { asked } = renderReminders();
    fireEvent.change(screen.getByLabelText(/Jour des ateliers/), { target: { value: '2030-03-05' } });
    await waitFor(() => expect(asked.at(-1)).toEqual({ date: '2030-03-05' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'mardi 5 mars 2030 — 3 personnes à appeler' })).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['09:30 — Smartphone : les bases — salle non précisée', '14:00 — Premiers pas sur internet — Salle Jules-Verne']);
    const [morning, afternoon] = screen.getAllByTestId('reminders-session') as [HTMLElement, HTMLElement];
    expect(within(morning).getByText('BENALI Karim')).toBeTruthy();
    expect(within(morning).getByText('pas de téléphone')).toBeTruthy();
    expect(within(afternoon).getByRole('link', { name: 'Appeler DUPONT Héloïse au 06 12 34 56 78' }).getAttribute('href')).toBe('tel:0612345678');
    expect(within(afternoon).getByRole('link', { name: 'Appeler MARTIN Lucie au +447700900123' }).getAttribute('href')).toBe('tel:+447700900123');
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    await waitFor(() => expect(printHtml).toHaveBeenCalledTimes(1));
    const html = printHtml.mock.calls[0]?.[0] ?? '';
    expect(html).toContain('Rappels téléphoniques — mardi 5 mars 2030');
    expect(html).toContain('14:00 — Premiers pas sur internet — Salle Jules-Verne');
    expect(html).toContain('BENALI Karim');
    expect(html).toContain('pas de téléphone');
    expect(html.indexOf('Smartphone : les bases')).toBeLessThan(html.indexOf('Premiers pas sur internet'));
  });
});
