/**
 * What the Electron main process offers to the backend, which never imports 'electron' itself.
 * In browser mode there is no host: the renderer uses the browser's print dialog instead.
 */
export interface HostCapabilities {
  /** Prints an HTML document on an operating-system printer (silent when a printer name is given). */
  printHtml(request: { html: string; printerName?: string; widthMicrons?: number }): Promise<PrintOutcome>;
  /** Lists the operating system's printers. */
  listPrinters(): Promise<Array<{ name: string; isDefault: boolean }>>;
  /** Seals a secret (the hub credential) with the operating system's key store (Electron safeStorage): base64. */
  sealSecret?(plain: string): Promise<string>;
  unsealSecret?(sealed: string): Promise<string>;
}

export type PrintOutcome = { ok: true } | { ok: false; reason: string };
