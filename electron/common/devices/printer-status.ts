/**
 * ESC/POS real-time status (`DLE EOT n`, one reply byte per query) decoded into what the agent needs to know,
 * with French labels. Bit layouts: research/devices.md §2.6 (Epson TM-T88III / TM-U220 / Samsung SRP-350).
 * Pure: no I/O.
 */

/** `DLE EOT n`: n = 1 printer, 2 offline cause, 3 error cause, 4 roll paper sensor. */
export function dleEot(n: 1 | 2 | 3 | 4): Uint8Array {
  return Uint8Array.of(0x10, 0x04, n);
}

/**
 * `GS r 1` (transmit paper sensor status). Unlike DLE EOT it is not real-time: the printer answers it only once
 * everything before it was processed, so its reply acknowledges the job (receiptline/receiptio do the same).
 */
export const GS_R_1 = Uint8Array.of(0x1d, 0x72, 0x01);

/** The four reply bytes, in query order. */
export interface StatusBytes {
  printer: number;
  offlineCause: number;
  errorCause: number;
  paper: number;
}

export interface PrinterStatus {
  online: boolean;
  coverOpen: boolean;
  paperNearEnd: boolean;
  paperOut: boolean;
  /** Cutter, head or unrecoverable error. */
  error: boolean;
  /** One French sentence per condition, the most pressing first; empty when all is well. */
  labels: string[];
  /** One French sentence for a status line ("Imprimante prête" when all is well). */
  summary: string;
}

export const PRINTER_LABELS = {
  ready: 'Imprimante prête.',
  coverOpen: 'Le capot de l’imprimante est ouvert : refermez-le.',
  paperOut: 'L’imprimante n’a plus de papier : remettez un rouleau.',
  error: 'L’imprimante est en erreur (massicot ou tête d’impression) : éteignez-la puis rallumez-la.',
  offline: 'L’imprimante est hors ligne.',
  paperNearEnd: 'Le rouleau de papier est presque terminé : prévoyez-en un neuf.',
} as const;

/** Every status reply has bit 1 and bit 4 set, bits 0 and 7 clear (receiptio masks with 0x93, expects 0x12). */
export function isStatusByte(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

export class StatusByteError extends Error {
  constructor(readonly byte: number) {
    super(`Réponse d’état invalide de l’imprimante (0x${byte.toString(16).padStart(2, '0')}).`);
    this.name = 'StatusByteError';
  }
}

/** Decodes the four replies. Throws StatusByteError on a byte that is not a status reply. */
export function decodeStatus(bytes: StatusBytes): PrinterStatus {
  for (const byte of [bytes.printer, bytes.offlineCause, bytes.errorCause, bytes.paper]) {
    if (!isStatusByte(byte)) throw new StatusByteError(byte);
  }
  const offline = (bytes.printer & 0x08) !== 0; // n=1 bit 3
  const coverOpen = (bytes.offlineCause & 0x04) !== 0; // n=2 bit 2
  const stoppedByPaperEnd = (bytes.offlineCause & 0x20) !== 0; // n=2 bit 5
  const offlineError = (bytes.offlineCause & 0x40) !== 0; // n=2 bit 6
  const cutterError = (bytes.errorCause & 0x08) !== 0; // n=3 bit 3
  const unrecoverable = (bytes.errorCause & 0x20) !== 0; // n=3 bit 5
  const autoRecoverable = (bytes.errorCause & 0x40) !== 0; // n=3 bit 6
  const paperNearEnd = (bytes.paper & 0x0c) !== 0; // n=4 bits 2–3
  const paperEnd = (bytes.paper & 0x60) !== 0; // n=4 bits 5–6

  const paperOut = paperEnd || stoppedByPaperEnd;
  const error = offlineError || cutterError || unrecoverable || autoRecoverable;
  return withLabels({ online: !offline, coverOpen, paperNearEnd: paperNearEnd && !paperOut, paperOut, error });
}

/** Adds the French labels to a status (also used by fakes and transports that only know some conditions). */
export function withLabels(flags: Omit<PrinterStatus, 'labels' | 'summary'>): PrinterStatus {
  const labels: string[] = [];
  if (flags.coverOpen) labels.push(PRINTER_LABELS.coverOpen);
  if (flags.paperOut) labels.push(PRINTER_LABELS.paperOut);
  if (flags.error) labels.push(PRINTER_LABELS.error);
  if (!flags.online && labels.length === 0) labels.push(PRINTER_LABELS.offline);
  if (flags.paperNearEnd) labels.push(PRINTER_LABELS.paperNearEnd);
  return { ...flags, labels, summary: labels[0] ?? PRINTER_LABELS.ready };
}

/** The printer can take a job now (a paper-near-end warning does not stop it). */
export function isReady(status: PrinterStatus): boolean {
  return status.online && !status.coverOpen && !status.paperOut && !status.error;
}
