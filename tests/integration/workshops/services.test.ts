import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallError } from '../../support/test-client';
import { sessionFields, startWorkshopsEnv, type WorkshopsEnv } from './workshops-env';

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as CallError);

describe('the catalogue of services', () => {
  let s: WorkshopsEnv;

  beforeEach(async () => {
    s = await startWorkshopsEnv();
  });
  afterEach(() => s.close());

  it('lists the services with their themes and price; an archived one leaves the list and takes no new session', async () => {
    expect((await s.accueil.call('services.list', {})).map((x) => [x.name, x.passRequired, x.pricePasses])).toEqual([
      ['Atelier découverte', true, 1],
      ['Numérique pour Tous', false, 1],
    ]);
    await s.referent.call('services.save', { ...s.withPass, archived: true });
    expect((await s.accueil.call('services.list', {})).map((x) => x.name)).toEqual(['Numérique pour Tous']);
    expect((await s.accueil.call('services.list', { includeArchived: true })).find((x) => x.name === 'Atelier découverte')?.archived).toBe(true);
    const refused = await failure(s.mediateur.call('workshops.create', { fields: sessionFields(s.withPass.id) }));
    expect(refused).toMatchObject({ message: 'Le service « Atelier découverte » est archivé : choisissez-en un autre.', fields: { serviceId: 'Service archivé.' } });
  });

  it('refuses a second service of the same name, an unknown theme, and changes by the front desk', async () => {
    const clash = await failure(s.referent.call('services.save', { name: 'Numérique pour Tous', defaultDurationMin: 60, passRequired: false }));
    expect(clash).toMatchObject({ code: 'CONFLICT', fields: { name: 'Nom déjà utilisé.' } });
    const badTheme = await failure(s.referent.call('services.save', { name: 'Autre', themes: ['cuisine'], defaultDurationMin: 60, passRequired: true }));
    expect(badTheme?.code).toBe('INVALID_INPUT');
    const denied = await failure(s.accueil.call('services.save', { name: 'Autre', defaultDurationMin: 60, passRequired: true }));
    expect(denied?.code).toBe('FORBIDDEN');
  });

  it('keeps an individual appointment to one seat', async () => {
    const refused = await failure(s.mediateur.call('workshops.create', { fields: sessionFields(s.withPass.id, { kind: 'individuel', capacity: 3 }) }));
    expect(refused).toMatchObject({ code: 'INVALID_INPUT' });
    expect(JSON.stringify(refused?.fields)).toContain('Un rendez-vous individuel a une seule place.');
  });
});
