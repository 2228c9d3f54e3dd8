import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/test-client';
import { CallError } from '../support/test-client';
import { carriers } from './carriers';

const SITE = { name: 'Médiathèque Jean-Jaurès', kind: 'mediatheque' as const, communeCode: '34172' };
const ADMIN = { displayName: 'Nadia Benali', login: 'nadia', password: 'correct horse battery' };

async function rejection(promise: Promise<unknown>): Promise<CallError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CallError) return error;
    throw error;
  }
  throw new Error('the call was expected to fail');
}

async function setUp(client: TestClient) {
  await client.call('setup.complete', { site: SITE, admin: ADMIN });
}

describe.each(carriers)('contract over $name', (harness) => {
  let env: Awaited<ReturnType<typeof harness.start>>;
  let client: TestClient;

  beforeEach(async () => {
    env = await harness.start({ testHooks: true });
    client = await env.connect();
  });
  afterEach(async () => {
    client.close();
    await env.stop();
  });

  it('reports a fresh desk as not set up, then creates the site and its administrator', async () => {
    expect(await client.call('app.status', {})).toMatchObject({ setupDone: false, site: null });
    const site = await client.call('setup.complete', { site: SITE, admin: ADMIN });
    expect(site).toMatchObject({ name: SITE.name, kind: 'mediatheque', communeCode: '34172', communeName: 'Montpellier' });
    expect(await client.call('app.status', {})).toMatchObject({ setupDone: true, site: { name: SITE.name } });
    const again = await rejection(client.call('setup.complete', { site: SITE, admin: ADMIN }));
    expect(again.code).toBe('ALREADY_SET_UP');
  });

  it('finds communes by name without accents and by postal code', async () => {
    const byName = await client.call('communes.search', { query: 'montpel', limit: 5 });
    expect(byName[0]).toMatchObject({ code: '34172', nom: 'Montpellier' });
    const accents = await client.call('communes.search', { query: 'saint-etienne', limit: 3 });
    expect(accents.map((c) => c.nom)).toContain('Saint-Étienne');
    const byPostalCode = await client.call('communes.search', { query: '34000', limit: 5 });
    expect(byPostalCode.map((c) => c.code)).toContain('34172');
  });

  it('refuses an unknown commune and a short password with French messages', async () => {
    const commune = await rejection(client.call('setup.complete', { site: { ...SITE, communeCode: '99999' }, admin: ADMIN }));
    expect(commune.message).toMatch(/Commune inconnue/);
    const password = await rejection(client.call('setup.complete', { site: SITE, admin: { ...ADMIN, password: 'court' } }));
    expect(password.code).toBe('INVALID_INPUT');
    expect(password.message).toMatch(/mot de passe doit contenir au moins 10 caractères/);
    expect(await client.call('app.status', {})).toMatchObject({ setupDone: false });
  });

  it('logs in with the right password only', async () => {
    await setUp(client);
    const wrong = await rejection(client.call('auth.login', { login: 'nadia', password: 'not the password' }));
    expect(wrong).toMatchObject({ code: 'BAD_CREDENTIALS', message: 'Identifiant ou mot de passe incorrect.' });
    const unknown = await rejection(client.call('auth.login', { login: 'personne', password: 'not the password' }));
    expect(unknown.message).toBe(wrong.message);
    const session = await client.call('auth.login', { login: 'NADIA', password: ADMIN.password });
    expect(session).toMatchObject({ agent: { login: 'nadia', role: 'admin', hasPin: false }, locked: false, site: { name: SITE.name } });
    expect(await client.call('auth.session', {})).toMatchObject({ agent: { login: 'nadia' } });
    await client.call('auth.logout', {});
    expect(await client.call('auth.session', {})).toBeNull();
  });

  it('denies by default: no session, then a role without the right, and audits both', async () => {
    await setUp(client);
    expect((await rejection(client.call('agents.list', {}))).code).toBe('UNAUTHENTICATED');
    await client.call('auth.login', { login: 'nadia', password: ADMIN.password });
    await client.call('agents.create', { displayName: 'Kévin Nguyen', login: 'kevin', role: 'accueil', password: 'kevin-password-1' });
    await client.call('auth.logout', {});
    await client.call('auth.login', { login: 'kevin', password: 'kevin-password-1' });
    const denied = await rejection(client.call('agents.list', {}));
    expect(denied).toMatchObject({ code: 'FORBIDDEN', message: 'Votre rôle ne permet pas cette action.' });
    await client.call('auth.logout', {});
    await client.call('auth.login', { login: 'nadia', password: ADMIN.password });
    const chain = await client.call('audit.verify', {});
    expect(chain.ok).toBe(true);
    expect(chain.rows).toBeGreaterThanOrEqual(6);
  });

  it('answers malformed frames, unknown methods and invalid payloads with typed errors and keeps serving', async () => {
    const garbage = await client.sendRaw('{ not json');
    expect(garbage).toMatchObject({ id: null, ok: false, error: { code: 'INVALID_FRAME' } });
    const noVersion = await client.sendRaw({ id: 7, method: 'app.status', input: {} });
    expect(noVersion).toMatchObject({ id: 7, ok: false, error: { code: 'INVALID_FRAME' } });
    const unknown = await client.sendRaw({ v: 1, id: 8, method: 'passes.steal', input: {} });
    expect(unknown).toMatchObject({ id: 8, ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const prototype = await client.sendRaw({ v: 1, id: 9, method: 'constructor', input: {} });
    expect(prototype).toMatchObject({ id: 9, ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const invalid = await client.sendRaw({ v: 1, id: 10, method: 'auth.login', input: { login: 42 } });
    expect(invalid).toMatchObject({ id: 10, ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await client.call('app.status', {})).toMatchObject({ setupDone: false });
  });

  it('locks, unlocks by PIN, and asks for the password after five wrong PINs', async () => {
    await setUp(client);
    await client.call('auth.login', { login: 'nadia', password: ADMIN.password });
    expect((await rejection(client.call('auth.set-pin', { pin: '2468', password: 'wrong password' }))).code).toBe('BAD_CREDENTIALS');
    await client.call('auth.set-pin', { pin: '2468', password: ADMIN.password });
    await client.call('auth.lock', {});
    expect((await rejection(client.call('agents.list', {}))).code).toBe('SESSION_LOCKED');
    expect(await client.call('auth.unlock', { pin: '2468' })).toMatchObject({ locked: false, pinTriesLeft: 5 });
    await client.call('auth.lock', {});
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const wrong = await rejection(client.call('auth.unlock', { pin: '0000' }));
      expect(wrong.code).toBe('BAD_PIN');
      expect(wrong.message).toContain(`Il reste ${5 - attempt}`);
    }
    expect((await rejection(client.call('auth.unlock', { pin: '0000' }))).code).toBe('PIN_BLOCKED');
    expect((await rejection(client.call('auth.unlock', { pin: '2468' }))).code).toBe('PIN_BLOCKED');
    expect(await client.call('auth.session', {})).toMatchObject({ locked: true, pinTriesLeft: 0 });
    expect(await client.call('auth.unlock', { password: ADMIN.password })).toMatchObject({ locked: false, pinTriesLeft: 5 });
  });

  it('locks an idle session on the backend side too and tells the screen', async () => {
    await setUp(client);
    await client.call('auth.login', { login: 'nadia', password: ADMIN.password });
    await client.call('test.clock.advance', { ms: 5 * 60_000 });
    await client.call('agents.list', {});
    await client.call('test.clock.advance', { ms: 6 * 60_000 + 1 });
    expect((await rejection(client.call('agents.list', {}))).code).toBe('SESSION_LOCKED');
    expect(client.events).toContainEqual({ event: 'session.locked', payload: { reason: 'idle' } });
  });

  it('manages agents: duplicate login refused, disabled agent signed out, last admin kept', async () => {
    await setUp(client);
    const admin = await client.call('auth.login', { login: 'nadia', password: ADMIN.password });
    const created = await client.call('agents.create', { displayName: 'Aminata Diallo', login: 'aminata', role: 'mediateur', password: 'aminata-pass-1' });
    expect(created).toMatchObject({ login: 'aminata', role: 'mediateur', disabled: false, hasPin: false });
    expect((await rejection(client.call('agents.create', { displayName: 'Autre', login: 'aminata', role: 'accueil', password: 'another-pass-1' }))).code).toBe('LOGIN_TAKEN');

    const other = await env.connect();
    await other.call('auth.login', { login: 'aminata', password: 'aminata-pass-1' });
    await client.call('agents.set-disabled', { id: created.id, disabled: true });
    expect((await rejection(other.call('status.get', {}))).code).toBe('UNAUTHENTICATED');
    expect((await rejection(other.call('auth.login', { login: 'aminata', password: 'aminata-pass-1' }))).code).toBe('ACCOUNT_DISABLED');
    other.close();

    expect((await rejection(client.call('agents.set-disabled', { id: admin.agent.id, disabled: true }))).code).toBe('LAST_ADMIN');
    expect((await rejection(client.call('agents.update', { id: admin.agent.id, displayName: 'Nadia', role: 'referent' }))).code).toBe('LAST_ADMIN');
    const promoted = await client.call('agents.update', { id: created.id, displayName: 'Aminata Diallo', role: 'referent' });
    expect(promoted.role).toBe('referent');
    await client.call('agents.reset-password', { id: created.id, password: 'brand-new-pass' });
    await client.call('agents.set-disabled', { id: created.id, disabled: false });
    const list = await client.call('agents.list', {});
    expect(list.map((a) => a.login).sort()).toEqual(['aminata', 'nadia']);
  });

  it('shows the devices and the upload queue in the status', async () => {
    await setUp(client);
    await client.call('auth.login', { login: 'nadia', password: ADMIN.password });
    const status = await client.call('status.get', {});
    expect(status.printer.label).toMatch(/imprimante/);
    expect(status.scanner.label.length).toBeGreaterThan(5);
    expect(status.upload.pending).toBeGreaterThanOrEqual(1);
  });
});

describe.each(carriers)('test hooks over $name', (harness) => {
  it('are not registered without --test-hooks', async () => {
    const env = await harness.start({ testHooks: false });
    const client = await env.connect();
    const frame = await client.sendRaw({ v: 1, id: 3, method: 'test.clock.advance', input: { ms: 1000 } });
    expect(frame).toMatchObject({ id: 3, ok: false, error: { code: 'UNKNOWN_METHOD' } });
    client.close();
    await env.stop();
  });
});
