import type { PrintJobDto, PrinterQueueDto } from '../../../common/contract';
import type { PrintJobRow } from '../../../../db/repositories/print-job.repo';
import type { PrintJobView, PrintQueueSnapshot } from '../../devices/print-queue';
import type { PrintDelivery } from './printer-mode';

/** Job kinds, as stored on print_job.kind. Later features add theirs here with their French label. */
export const PRINT_JOB_KINDS = {
  'test-page': 'Ticket de test',
  'bilan-summary': 'Résumé de bilan',
  distribution: 'Reçu de remise de carnet',
  redemption: 'Reçu de passage',
  booking: 'Ticket de réservation',
  'end-of-day': 'Clôture du jour',
} as const satisfies Record<string, string>;

export type PrintJobKind = keyof typeof PRINT_JOB_KINDS;

export function printJobLabel(kind: string): string {
  return (PRINT_JOB_KINDS as Record<string, string>)[kind] ?? 'Ticket';
}

export function toPrintJobDto(job: PrintJobView | PrintJobRow): PrintJobDto {
  return {
    id: job.id,
    kind: job.kind,
    label: printJobLabel(job.kind),
    state: job.state,
    attempts: job.attempts,
    lastError: job.lastError,
    createdAt: job.createdAt,
    printedAt: job.printedAt,
  };
}

/**
 * The queue as the device page shows it. Without a worker (no printer, or the browser prints), the queue is not
 * "stopped" for the agent: with the browser it is idle, jobs waiting being those not yet confirmed printed.
 */
export function toPrinterQueueDto(snapshot: PrintQueueSnapshot, delivery: PrintDelivery): PrinterQueueDto {
  const state = delivery === 'browser-dialog' ? 'idle' : snapshot.state;
  return { state, message: snapshot.message, waiting: snapshot.waiting, jobs: snapshot.jobs.map(toPrintJobDto) };
}
