/**
 * What the encoder needs to know about a receipt printer: paper width, columns, the code page that prints
 * French and €, cutter, QR support. Figures from @point-of-sale/receipt-printer-encoder's printer data and
 * research/devices.md §2.1–2.2. Pure: no I/O.
 */
import type { CodePage } from './code-pages';

export const PRINTER_PROFILE_IDS = ['epson-tm-t20', 'epson-tm-t88', 'star-escpos', 'generic-80mm', 'generic-58mm'] as const;
export type PrinterProfileId = (typeof PRINTER_PROFILE_IDS)[number];

export interface PrinterProfile {
  id: PrinterProfileId;
  /** Shown in the device settings. */
  label: string;
  paperWidthMm: 58 | 80;
  /** Characters per line in font A. */
  columns: number;
  /** Printable width in dots (logos are scaled to fit). */
  printableDots: number;
  /** Windows-1252 covers all of French (œ, «», —); CP858 has € but no œ (written `oe`). */
  codePage: CodePage;
  /** Which `ESC t n` numbering the printer uses (Epson and Star's ESC/POS mode: 16 = WPC1252, 19 = PC858). */
  codePageMapping: 'epson' | 'star';
  /** The encoder's model id, when it knows this printer. */
  encoderModel?: 'epson-tm-t20iii' | 'epson-tm-t88vi';
  /** null: no cutter, the paper is fed to the tear bar instead. */
  cutter: 'full' | 'partial' | null;
  /** Lines fed before cutting so the last line clears the cutter. */
  feedBeforeCut: number;
  /** Prints QR codes natively (GS ( k); otherwise the QR payload is printed as text. */
  qrCode: boolean;
}

export const PRINTER_PROFILES: Readonly<Record<PrinterProfileId, PrinterProfile>> = {
  'epson-tm-t20': {
    id: 'epson-tm-t20',
    label: 'Epson TM-T20 (80 mm)',
    paperWidthMm: 80,
    columns: 48,
    printableDots: 576,
    codePage: 'windows1252',
    codePageMapping: 'epson',
    encoderModel: 'epson-tm-t20iii',
    cutter: 'partial',
    feedBeforeCut: 4,
    qrCode: true,
  },
  'epson-tm-t88': {
    id: 'epson-tm-t88',
    label: 'Epson TM-T88 V/VI/VII (80 mm)',
    paperWidthMm: 80,
    columns: 42,
    printableDots: 512,
    codePage: 'windows1252',
    codePageMapping: 'epson',
    encoderModel: 'epson-tm-t88vi',
    cutter: 'partial',
    feedBeforeCut: 4,
    qrCode: true,
  },
  'star-escpos': {
    id: 'star-escpos',
    label: 'Star TSP100/TSP650 en mode ESC/POS (80 mm)',
    paperWidthMm: 80,
    columns: 48,
    printableDots: 576,
    codePage: 'windows1252',
    codePageMapping: 'star',
    cutter: 'partial',
    feedBeforeCut: 3,
    qrCode: true,
  },
  'generic-80mm': {
    id: 'generic-80mm',
    label: 'Imprimante ESC/POS générique 80 mm',
    paperWidthMm: 80,
    columns: 48,
    printableDots: 576,
    // Clones number their tables inconsistently; PC858 is the euro table most firmwares have at 19.
    codePage: 'cp858',
    codePageMapping: 'epson',
    cutter: 'full',
    feedBeforeCut: 4,
    qrCode: true,
  },
  'generic-58mm': {
    id: 'generic-58mm',
    label: 'Imprimante ESC/POS générique 58 mm',
    paperWidthMm: 58,
    columns: 32,
    printableDots: 384,
    codePage: 'cp858',
    codePageMapping: 'epson',
    cutter: null,
    feedBeforeCut: 3,
    qrCode: true,
  },
};

export type PrinterProfileOverrides = Partial<Pick<PrinterProfile, 'codePage' | 'columns' | 'cutter' | 'qrCode'>>;

/** A profile, with the settings a desk may change after printing the printer's self-test page. */
export function printerProfile(id: PrinterProfileId, overrides: PrinterProfileOverrides = {}): PrinterProfile {
  return { ...PRINTER_PROFILES[id], ...overrides };
}
