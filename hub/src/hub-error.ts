import type { HubErrorBody, HubErrorCode } from '../../electron/common/sync/protocol';

const STATUS: Record<HubErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  desk_revoked: 403,
  enrollment_refused: 403,
  upgrade_required: 426,
  booking_refused: 409,
  server_error: 500,
};

/** The French messages of the protocol's errors (shown to the desk's administrator as is). */
export const HUB_ERROR_MESSAGES: Record<HubErrorCode, string> = {
  invalid_request: 'Requête invalide : le poste et le hub ne se comprennent pas.',
  unauthorized: "Ce poste n'est pas reconnu par le hub : inscrivez-le de nouveau avec un code d'inscription.",
  desk_revoked: "Ce poste a été retiré du hub par son administrateur : il ne se synchronise plus. Contactez l'administrateur du hub.",
  enrollment_refused: "Code d'inscription inconnu, déjà utilisé ou expiré : demandez un nouveau code à l'administrateur du hub.",
  upgrade_required: "Le hub ne parle pas la version du protocole de ce poste : mettez à jour le poste ou le hub.",
  booking_refused: "L'inscription n'a pas pu être faite à cet atelier.",
  server_error: 'Erreur du hub : la synchronisation sera retentée automatiquement.',
};

/** An error answered as a `HubErrorBody` with its HTTP status. */
export class HubError extends Error {
  constructor(
    readonly code: HubErrorCode,
    message: string = HUB_ERROR_MESSAGES[code],
    readonly status: number = STATUS[code],
  ) {
    super(message);
  }

  body(): HubErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}
