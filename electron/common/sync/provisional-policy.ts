/**
 * The site's policy for a pass whose hand-out at another site has not reached this desk yet (issue 8 item 3): it is
 * accepted « à confirmer » while the hub's data is younger than `maxDays`, and refused otherwise; 0 = never.
 * The hub's answer to the redemption's upload confirms it or turns it into a conflict.
 */
export const DEFAULT_PROVISIONAL_MAX_DAYS = 7;
export const MAX_PROVISIONAL_MAX_DAYS = 60;

const DAY_MS = 86_400_000;

export type ProvisionalDecision = { allowed: true } | { allowed: false; message: string };

export function decideProvisional(passNumber: string, maxDays: number, lastPullAt: string | null, now: Date): ProvisionalDecision {
  const unknownHere = `Pass ${passNumber} : sa remise à une personne n’est pas encore connue de ce poste`;
  if (maxDays <= 0) return { allowed: false, message: `${unknownHere}, et ce site n’accepte pas les pass à confirmer. Synchronisez, puis scannez à nouveau.` };
  if (lastPullAt === null) return { allowed: false, message: `${unknownHere} : aucune donnée du hub reçue. Synchronisez, puis scannez à nouveau.` };
  const ageDays = (now.getTime() - new Date(lastPullAt).getTime()) / DAY_MS;
  if (ageDays >= maxDays) {
    const age = Math.floor(ageDays);
    return {
      allowed: false,
      message: `${unknownHere}, et les données du hub datent de ${age} jour${age > 1 ? 's' : ''} (${maxDays} au plus pour un pass à confirmer). Synchronisez, puis scannez à nouveau.`,
    };
  }
  return { allowed: true };
}
