/**
 * What the print queue needs from a printer connection, and the errors transports raise (French messages for
 * the agent, codes for the program). Implementations: network-printer.driver.ts (TCP 9100, with status),
 * usb-lp-printer.driver.ts (/dev/usb/lp*, write only), system-printer.driver.ts (the operating system's printer,
 * through the Electron host).
 */
import type { PrinterStatus } from '../../common/devices/printer-status';

export interface PrintOptions {
  /** Called with each status read while the job waits for the printer (paper out mid-job, cover open…). */
  onStatus?: (status: PrinterStatus) => void;
}

export interface PrinterTransport {
  /** Where jobs go, e.g. `tcp://192.168.1.50:9100` or `/dev/usb/lp0`; stored with each job. */
  readonly target: string;
  /**
   * The printer's state, or null when this transport cannot read it back (write-only connections).
   * Rejects with PrinterError when the printer cannot be reached.
   */
  status(): Promise<PrinterStatus | null>;
  /**
   * Sends one job and resolves once the printer acknowledged it (bidirectional transports) or once it was
   * written (write-only ones). Rejects with PrinterError, whose `sent` says how much of the job left.
   */
  print(job: Uint8Array, options?: PrintOptions): Promise<void>;
}

export type PrinterErrorCode =
  | 'CONNECTION_REFUSED'
  | 'CONNECTION_RESET'
  | 'TIMEOUT'
  | 'UNREACHABLE'
  | 'NOT_FOUND'
  | 'PERMISSION_DENIED'
  | 'BAD_STATUS'
  /** Connected, but the printer answers no status query (some clones): its state cannot be known. */
  | 'NO_STATUS'
  /**
   * The job cannot go through without a person (the system's print dialog was closed, …): the queue marks it
   * failed (kept, shown, can be retried by the agent) instead of retrying it by itself.
   */
  | 'ABANDONED'
  | 'IO_ERROR';

/** How much of a job reached the printer before the failure: decides whether a retry could print it twice. */
export type SentAmount = 'none' | 'partial' | 'complete';

export class PrinterError extends Error {
  constructor(
    readonly code: PrinterErrorCode,
    message: string,
    readonly sent: SentAmount = 'none',
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'PrinterError';
  }
}

/** Maps a Node socket/file error to a PrinterError with a French message naming the printer. */
export function toPrinterError(error: unknown, target: string, sent: SentAmount): PrinterError {
  if (error instanceof PrinterError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return new PrinterError('CONNECTION_REFUSED', `L’imprimante (${target}) refuse la connexion : vérifiez qu’elle est allumée et branchée au réseau.`, sent, error);
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
      return new PrinterError('CONNECTION_RESET', `La connexion à l’imprimante (${target}) a été coupée pendant l’envoi.`, sent, error);
    case 'ETIMEDOUT':
      return new PrinterError('TIMEOUT', `L’imprimante (${target}) ne répond pas.`, sent, error);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EHOSTDOWN':
      return new PrinterError('UNREACHABLE', `L’imprimante (${target}) est injoignable sur le réseau.`, sent, error);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new PrinterError('NOT_FOUND', `Adresse d’imprimante inconnue : ${target}.`, sent, error);
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
      return new PrinterError('NOT_FOUND', `Imprimante introuvable (${target}) : est-elle branchée et allumée ?`, sent, error);
    case 'EACCES':
    case 'EPERM':
      return new PrinterError('PERMISSION_DENIED', `Accès refusé à l’imprimante (${target}) : l’utilisateur doit faire partie du groupe « lp ».`, sent, error);
    default:
      return new PrinterError('IO_ERROR', `Erreur de communication avec l’imprimante (${target}).`, sent, error);
  }
}
