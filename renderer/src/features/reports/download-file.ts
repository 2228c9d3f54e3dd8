import type { ExportFileDto } from '../../../../electron/common/contract';

/**
 * Saves an exported file through the browser's download (Electron asks where to save it). The bytes come from the
 * backend in base64; the object URL is released once the download has started.
 */
export function downloadFile(file: ExportFileDto, doc: Document = document): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
