import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { EnrollRequest, EnrollResponse } from '../../electron/common/sync/protocol';
import { credentialOf, enrollmentCodeHash, newDeskSecret, sha256Hex } from './credentials';
import { inTransaction, lockCollectivity, statement } from './database';
import { HubError } from './hub-error';
import { saveSite } from './push/reference-ops';

const findCode = statement<{ collectivity_id: string; collectivity_name: string; expires_at: Date; used_at: Date | null }>(
  'enrollment_code_find',
  `SELECT e.collectivity_id, c.name AS collectivity_name, e.expires_at, e.used_at
   FROM enrollment_code e JOIN collectivity c ON c.id = e.collectivity_id
   WHERE e.code_hash = $1::text FOR UPDATE OF e`,
);

const insertDesk = statement(
  'desk_insert',
  `INSERT INTO desk (id, collectivity_id, site_id, secret_hash, app_version, enrolled_at, last_seen_at)
   VALUES ($1::uuid, $2::uuid, $3::uuid, $4::text, $5::text, $6::timestamptz, $6::timestamptz)`,
);

const useCode = statement('enrollment_code_use', 'UPDATE enrollment_code SET used_at = $2::timestamptz, used_by_desk = $3::uuid WHERE code_hash = $1::text');

/**
 * POST /v1/enroll: a one-time code (created by `enrollment-code`) registers the desk's site in the code's
 * collectivity and gives the desk its credential, shown once. The hub keeps only hashes of both.
 */
export function enrollDesk(pool: pg.Pool, request: EnrollRequest, now: Date): Promise<EnrollResponse> {
  const codeHash = enrollmentCodeHash(request.code);
  return inTransaction(pool, async (client) => {
    const code = (await findCode(client, [codeHash])).rows[0];
    if (!code) throw new HubError('enrollment_refused', "Code d'inscription inconnu : vérifiez sa saisie ou demandez un nouveau code à l'administrateur du hub.");
    if (code.used_at) throw new HubError('enrollment_refused', "Ce code d'inscription a déjà servi : demandez un nouveau code à l'administrateur du hub.");
    if (code.expires_at <= now) throw new HubError('enrollment_refused', "Ce code d'inscription a expiré : demandez un nouveau code à l'administrateur du hub.");

    await lockCollectivity(client, code.collectivity_id);
    if (!(await saveSite({ client, now }, code.collectivity_id, request.site))) {
      throw new HubError('enrollment_refused', "Ce site est déjà inscrit au hub pour une autre collectivité : contactez l'administrateur du hub.");
    }
    const deskId = randomUUID();
    const secret = newDeskSecret();
    await insertDesk(client, [deskId, code.collectivity_id, request.site.id, sha256Hex(secret), request.appVersion, now]);
    await useCode(client, [codeHash, now, deskId]);
    return {
      deskId,
      credential: credentialOf(deskId, secret),
      collectivity: { id: code.collectivity_id, name: code.collectivity_name },
      site: request.site,
    };
  });
}
