import type { OpResult, RejectionReason, WinnerDto } from '../../../electron/common/sync/protocol';

/** The per-operation answers of a push, with their French messages (shown to the desk's referents as is). */

const REJECTION_MESSAGES: Record<RejectionReason, string> = {
  unknown_pass: "Ce pass n'est connu d'aucun site de la collectivité.",
  unknown_lot: "Ce pass n'appartient à aucun lot connu de la collectivité.",
  revoked: 'Ce pass a été révoqué (perdu, volé ou annulé) : il ne peut pas être utilisé.',
  validation: 'Opération mal formée, refusée par le hub.',
  not_allowed: "Opération refusée par le hub : elle n'est pas permise à ce poste.",
};

export function accepted(opId: string): OpResult {
  return { opId, status: 'accepted' };
}

export function rejected(opId: string, reason: RejectionReason, detail?: string): OpResult {
  return { opId, status: 'rejected', reason, message: detail ? `${REJECTION_MESSAGES[reason]} ${detail}` : REJECTION_MESSAGES[reason] };
}

export function retryLater(opId: string, message: string): OpResult {
  return { opId, status: 'retry_later', message };
}

export function upgradeRequired(opId: string): OpResult {
  return {
    opId,
    status: 'upgrade_required',
    message: "Le hub ne connaît pas encore ce type d'opération : il la garde et l'appliquera après sa mise à jour.",
  };
}

const frenchDateTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });

export function conflict(opId: string, winner: WinnerDto): OpResult {
  const when = frenchDateTime.format(new Date(winner.at));
  return {
    opId,
    status: 'conflict',
    winner,
    message: `Ce pass a déjà été utilisé à ${winner.siteName} (enregistré par le hub le ${when}) : ce premier passage compte, celui-ci est à revoir.`,
  };
}
