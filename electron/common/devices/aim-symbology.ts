/**
 * Symbology names from AIM symbology identifiers (ISO/IEC 15424: `]` + code character + modifier) and from
 * Honeywell's own Code ID byte (research/devices.md §1.1–1.2). Pure: no I/O.
 */

/** Readable symbology names, as shown to agents and sent in `scanner.scanned`. */
export type Symbology =
  | 'EAN-13'
  | 'EAN-8'
  | 'UPC-A'
  | 'UPC-E'
  | 'Code 128'
  | 'GS1-128'
  | 'Code 39'
  | 'Code 93'
  | 'Codabar'
  | 'ITF'
  | 'PDF417'
  | 'QR'
  | 'Micro QR'
  | 'DataMatrix'
  | 'GS1 DataMatrix'
  | 'Aztec'
  | 'GS1 DataBar'
  | 'MaxiCode';

/** Matches a complete AIM identifier: `]`, one code character, one modifier character. */
export const AIM_PATTERN = /^\][A-Za-z][0-9A-Za-z]$/;

/**
 * The symbology of an AIM identifier (`]E0`, `]Q1`, `]d2` …). EAN/UPC share the letter `E`: the data length
 * tells them apart. Returns undefined for an identifier we do not name (the raw AIM id is kept by callers).
 */
export function symbologyFromAim(aim: string, data: string): Symbology | undefined {
  if (!AIM_PATTERN.test(aim)) return undefined;
  const code = aim[1];
  const modifier = aim[2];
  switch (code) {
    case 'A':
      return 'Code 39';
    case 'C':
      return modifier === '1' ? 'GS1-128' : 'Code 128';
    case 'E':
      if (modifier === '4') return 'EAN-8';
      if (data.length === 8) return 'UPC-E';
      if (data.length === 12) return 'UPC-A';
      return 'EAN-13';
    case 'F':
      return 'Codabar';
    case 'G':
      return 'Code 93';
    case 'I':
      return 'ITF';
    case 'L':
      return 'PDF417';
    case 'Q':
      return 'QR';
    case 'U':
      return 'MaxiCode';
    case 'd':
      return modifier === '2' || modifier === '5' ? 'GS1 DataMatrix' : 'DataMatrix';
    case 'e':
      return 'GS1 DataBar';
    case 'z':
      return 'Aztec';
    case 'X':
      // Honeywell: ]X0 is Bookland/ISSN EAN-13; Zebra re-uses ]X? for identifiers AIM already defines.
      if (modifier === '0' || modifier === '9') return 'EAN-13';
      if (modifier === 'C') return 'EAN-8';
      if (modifier === 'g') return 'UPC-A';
      if (modifier === 'k') return 'UPC-E';
      if (modifier === 'S') return 'Micro QR';
      if (modifier === 'V') return 'PDF417';
      return undefined;
    default:
      return undefined;
  }
}

/** Honeywell Code IDs (the "further symbology identifier" byte of a HID POS report). */
const HONEYWELL_CODE_IDS: Readonly<Record<number, Symbology>> = {
  0x61: 'Codabar',
  0x62: 'Code 39',
  0x63: 'UPC-A',
  0x64: 'EAN-13',
  0x44: 'EAN-8',
  0x45: 'UPC-E',
  0x65: 'ITF',
  0x69: 'Code 93',
  0x6a: 'Code 128',
  0x49: 'GS1-128',
  0x79: 'GS1 DataBar',
  0x72: 'PDF417',
  0x73: 'QR',
  0x77: 'DataMatrix',
  0x7a: 'Aztec',
  0x78: 'MaxiCode',
};

/** Honeywell's vendor id: only its Code ID byte is mapped (other vendors use other tables). */
export const HONEYWELL_VENDOR_ID = 0x0c2e;

export function symbologyFromHoneywellCodeId(codeId: number): Symbology | undefined {
  return HONEYWELL_CODE_IDS[codeId];
}
