/**
 * Browser mode with the "system" printer: the backend hands over the receipt as a self-contained 80 mm HTML page,
 * printed here through the browser's print dialog from a hidden frame, so that the app's own page is not printed.
 */
import i18next from 'i18next';

const LOAD_TIMEOUT_MS = 10_000;
/** The frame stays a moment after `print()` returns: some browsers print asynchronously. */
const REMOVE_DELAY_MS = 60_000;

export function printHtml(html: string, doc: Document = document): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const frame = doc.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('tabindex', '-1');
    frame.title = i18next.t('devices.printer.printFrame');
    Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0', visibility: 'hidden' });
    const remove = () => frame.remove();
    const timer = setTimeout(() => {
      remove();
      reject(new Error('print frame did not load'));
    }, LOAD_TIMEOUT_MS);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        const view = frame.contentWindow;
        if (!view) {
          remove();
          reject(new Error('print frame has no window'));
          return;
        }
        try {
          view.focus();
          // Blocks until the dialog closes in Chromium; returns at once elsewhere.
          view.print();
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          setTimeout(remove, REMOVE_DELAY_MS);
        }
      },
      { once: true },
    );
    frame.srcdoc = html;
    doc.body.appendChild(frame);
  });
}
