/**
 * What the Electron main process offers to the backend, which never imports 'electron' itself.
 * In browser mode there is no host: the renderer uses the browser's print dialog instead.
 */
export interface HostCapabilities {
  /** Prints an HTML document on an operating-system printer (silent when a printer name is given). */
  printHtml(request: { html: string; printerName?: string; widthMicrons?: number }): Promise<PrintOutcome>;
  /** Lists the operating system's printers. */
  listPrinters(): Promise<Array<{ name: string; isDefault: boolean }>>;
}

export type PrintOutcome = { ok: true } | { ok: false; reason: string };
