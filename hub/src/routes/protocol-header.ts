import type { FastifyRequest } from 'fastify';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../electron/common/sync/protocol';
import { HubError } from '../hub-error';

/** Every request of a desk names its protocol version; a hub that does not speak it answers 426. */
export function requireProtocol(request: FastifyRequest): void {
  const version = request.headers[PROTOCOL_HEADER];
  if (version !== String(PROTOCOL_VERSION)) {
    throw new HubError(
      'upgrade_required',
      `Ce hub parle la version ${PROTOCOL_VERSION} du protocole de synchronisation, le poste ${typeof version === 'string' ? `la version ${version}` : "n'en indique aucune"} : mettez à jour le poste ou le hub.`,
    );
  }
}
