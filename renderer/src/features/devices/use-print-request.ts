import { useCallback } from 'react';
import type { PrintJobDto, PrintRequestDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { printHtml } from './browser-print';

/**
 * Completes a print request: a queued job prints by itself; a `browser-dialog` answer (browser mode, system
 * printer) is printed here through the browser's dialog, then marked printed.
 */
export function usePrintRequest(print: (html: string) => Promise<void> = printHtml): (request: PrintRequestDto) => Promise<PrintJobDto> {
  const client = useClient();
  return useCallback(
    async (request: PrintRequestDto) => {
      if (request.delivery === 'queued') return request.job;
      await print(request.html);
      return client.call('printer.mark-printed', { id: request.job.id });
    },
    [client, print],
  );
}
