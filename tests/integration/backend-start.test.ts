import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../db/database-open-error';
import { makeTempDir, startTestBackend } from '../support/test-backend';
import { inProcessClient } from '../support/test-client';

describe('backend start', () => {
  it('refuses to start on a wrong database key, with a French message, and the data is still there after', async () => {
    const dataDir = makeTempDir();
    const key = randomBytes(32);
    const first = await startTestBackend({ dataDir, key });
    const client = inProcessClient(first.backend);
    await client.call('setup.complete', {
      site: { name: 'CCAS de Sète', kind: 'ccas', communeCode: '34301' },
      admin: { displayName: 'Nadia Benali', login: 'nadia', password: 'mot-de-passe-long' },
    });
    client.close();
    await first.backend.close();

    const refused = startTestBackend({ dataDir, key: randomBytes(32) });
    await expect(refused).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(refused).rejects.toThrow(/ne s’ouvre pas avec cette clé/);

    const again = await startTestBackend({ dataDir, key });
    const reopened = inProcessClient(again.backend);
    expect(await reopened.call('app.status', {})).toMatchObject({ setupDone: true, site: { name: 'CCAS de Sète' } });
    reopened.close();
    await again.close();
  });
});
