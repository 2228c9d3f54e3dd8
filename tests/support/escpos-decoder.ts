/**
 * Test helper: ESC/POS bytes back into what a person reads on the paper (research/devices.md §3.2).
 * - Text is decoded with the active code page (ESC t n, Epson numbering: 0 PC437, 2 PC850, 16 WPC1252,
 *   19 PC858); a no-break space reads as a space.
 * - Styles (bold, size, font, alignment, underline, invert, line spacing) are recognised and ignored.
 * - Barcodes become `[barcode EAN13: 3046920029759]`, QR codes `[qr: https://…]`, cuts `[coupe]`, raster images
 *   `[image 16x8]`, each on its own line.
 * - Anything else — an unknown command, a truncated one, a stray control byte, an unknown code page — throws,
 *   so a test fails when the encoder emits something we did not expect.
 * Written for this project's tests; its tables are its own copy of glibc's iconv tables (Node's TextDecoder
 * decodes "windows-1252" as Latin-1, so it cannot be used for 0x80–0x9F).
 */

const HIGH_HALVES: Readonly<Record<string, string>> = {
  windows1252:
    '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ' +
    '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿' +
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß' +
    'àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  cp437:
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒ' +
    'áíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
    'αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00A0',
  cp850:
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒ' +
    'áíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
    '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀' +
    'ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0',
  cp858:
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒ' +
    'áíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
    '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀' +
    'ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0',
};

/** ESC t n → code page name, Epson numbering (also Star in ESC/POS mode for these tables). */
const CODE_PAGES: Readonly<Record<number, string>> = { 0: 'cp437', 2: 'cp850', 16: 'windows1252', 19: 'cp858' };

const BARCODES_A: Readonly<Record<number, string>> = { 0: 'UPC-A', 1: 'UPC-E', 2: 'EAN13', 3: 'EAN8', 4: 'CODE39', 5: 'ITF', 6: 'CODABAR' };
const BARCODES_B: Readonly<Record<number, string>> = {
  65: 'UPC-A', 66: 'UPC-E', 67: 'EAN13', 68: 'EAN8', 69: 'CODE39', 70: 'ITF', 71: 'CODABAR', 72: 'CODE93', 73: 'CODE128',
  74: 'GS1-128', 75: 'GS1-DATABAR', 76: 'GS1-DATABAR-TRUNCATED', 77: 'GS1-DATABAR-LIMITED', 78: 'GS1-DATABAR-EXPANDED', 79: 'CODE128-AUTO',
};

export interface DecodedReceipt {
  /** Text lines and `[…]` markers, in paper order; trailing spaces trimmed, blank lines kept. */
  lines: string[];
  /** The code pages selected, in order (e.g. `['windows1252', 'cp437', 'windows1252']`). */
  codePages: string[];
  /** Real-time status queries found in the stream (DLE EOT n). */
  statusQueries: number[];
}

export class EscPosDecodeError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (offset ${offset})`);
    this.name = 'EscPosDecodeError';
  }
}

function decodeByte(byte: number, codePage: string): string {
  if (byte < 0x80) return String.fromCharCode(byte);
  const table = HIGH_HALVES[codePage];
  if (!table) throw new Error(`no table for ${codePage}`);
  const character = table.charAt(byte - 0x80);
  if (character === '\uFFFD') throw new Error(`byte 0x${byte.toString(16)} is undefined in ${codePage}`);
  return character;
}

/** Decodes a whole job. Throws EscPosDecodeError on anything it does not know. */
export function decodeEscPos(input: Uint8Array): DecodedReceipt {
  const bytes = input;
  const lines: string[] = [];
  const codePages: string[] = [];
  const statusQueries: number[] = [];
  let codePage = 'cp437';
  let text = '';
  let qrPayload: string | null = null;
  let i = 0;

  const need = (count: number, what: string) => {
    if (i + count > bytes.length) throw new EscPosDecodeError(`truncated ${what}`, i);
  };
  const byteAt = (index: number): number => bytes[index] ?? 0;
  const endLine = () => {
    lines.push(text.replace(/\u00A0/g, ' ').trimEnd());
    text = '';
  };
  const marker = (value: string) => {
    if (text.length > 0) endLine();
    lines.push(value);
  };
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

  while (i < bytes.length) {
    const b = byteAt(i);
    if (b === 0x0a) {
      endLine();
      i += 1;
    } else if (b === 0x0d) {
      i += 1;
    } else if (b >= 0x20) {
      text += decodeByte(b, codePage);
      i += 1;
    } else if (b === 0x1b) {
      need(2, 'ESC');
      const c = byteAt(i + 1);
      switch (c) {
        case 0x40: // ESC @ initialise
          codePage = 'cp437';
          i += 2;
          break;
        case 0x74: {
          // ESC t n code page
          need(3, 'ESC t');
          const n = byteAt(i + 2);
          const page = CODE_PAGES[n];
          if (!page) throw new EscPosDecodeError(`unknown code page ESC t ${n}`, i);
          codePage = page;
          codePages.push(page);
          i += 3;
          break;
        }
        case 0x45: // ESC E bold
        case 0x4d: // ESC M font
        case 0x61: // ESC a alignment
        case 0x21: // ESC ! print mode
        case 0x2d: // ESC - underline
        case 0x47: // ESC G double strike
        case 0x52: // ESC R international set
        case 0x33: // ESC 3 line spacing
        case 0x64: // ESC d feed n lines
        case 0x4a: // ESC J feed n dots
          need(3, `ESC ${String.fromCharCode(c)}`);
          if (c === 0x64) for (let k = 0; k < byteAt(i + 2); k += 1) endLine();
          i += 3;
          break;
        case 0x32: // ESC 2 default line spacing
          i += 2;
          break;
        case 0x70: // ESC p m t1 t2 drawer pulse
          need(5, 'ESC p');
          marker('[tiroir]');
          i += 5;
          break;
        default:
          throw new EscPosDecodeError(`unknown command ESC 0x${c.toString(16)}`, i);
      }
    } else if (b === 0x1d) {
      need(2, 'GS');
      const c = byteAt(i + 1);
      switch (c) {
        case 0x21: // GS ! size
        case 0x42: // GS B invert
        case 0x68: // GS h barcode height
        case 0x77: // GS w barcode module width
        case 0x48: // GS H barcode text position
        case 0x66: // GS f barcode text font
        case 0x61: // GS a automatic status back
        case 0x72: // GS r status
          need(3, `GS ${String.fromCharCode(c)}`);
          i += 3;
          break;
        case 0x6b: {
          // GS k barcode
          need(3, 'GS k');
          const m = byteAt(i + 2);
          let data: string;
          let name: string | undefined;
          if (m <= 6) {
            name = BARCODES_A[m];
            const end = bytes.indexOf(0x00, i + 3);
            if (end < 0) throw new EscPosDecodeError('unterminated GS k barcode', i);
            data = ascii(i + 3, end);
            i = end + 1;
          } else {
            name = BARCODES_B[m];
            need(4, 'GS k length');
            const n = byteAt(i + 3);
            need(4 + n, 'GS k data');
            data = ascii(i + 4, i + 4 + n);
            i += 4 + n;
          }
          if (!name) throw new EscPosDecodeError(`unknown barcode type ${m}`, i);
          if (name.startsWith('CODE128')) data = data.replace(/^\{[ABC]/, '');
          marker(`[barcode ${name}: ${data}]`);
          break;
        }
        case 0x28: {
          // GS ( k — 2D codes: GS ( k pL pH cn fn …
          need(5, 'GS (');
          if (byteAt(i + 2) !== 0x6b) throw new EscPosDecodeError(`unknown command GS ( 0x${byteAt(i + 2).toString(16)}`, i);
          const length = byteAt(i + 3) + byteAt(i + 4) * 256;
          need(5 + length, 'GS ( k data');
          const cn = byteAt(i + 5);
          const fn = byteAt(i + 6);
          if (cn !== 0x31) throw new EscPosDecodeError(`unsupported 2D symbol cn=${cn}`, i);
          if (fn === 0x50) qrPayload = ascii(i + 8, i + 5 + length); // the encoder stores QR data as ISO-8859-1
          else if (fn === 0x51) {
            if (qrPayload === null) throw new EscPosDecodeError('QR print without stored data', i);
            marker(`[qr: ${qrPayload}]`);
            qrPayload = null;
          } else if (fn !== 0x41 && fn !== 0x43 && fn !== 0x45) throw new EscPosDecodeError(`unknown QR function ${fn}`, i);
          i += 5 + length;
          break;
        }
        case 0x76: {
          // GS v 0 m xL xH yL yH data — raster image; x is in bytes
          need(8, 'GS v 0');
          if (byteAt(i + 2) !== 0x30) throw new EscPosDecodeError('unknown GS v command', i);
          const widthBytes = byteAt(i + 4) + byteAt(i + 5) * 256;
          const height = byteAt(i + 6) + byteAt(i + 7) * 256;
          need(8 + widthBytes * height, 'GS v 0 data');
          marker(`[image ${widthBytes * 8}x${height}]`);
          i += 8 + widthBytes * height;
          break;
        }
        case 0x56: {
          // GS V m [n] cut
          need(3, 'GS V');
          const m = byteAt(i + 2);
          if (m === 0 || m === 1 || m === 0x30 || m === 0x31) i += 3;
          else if (m === 0x41 || m === 0x42) {
            need(4, 'GS V m n');
            i += 4;
          } else throw new EscPosDecodeError(`unknown cut mode ${m}`, i);
          marker('[coupe]');
          break;
        }
        default:
          throw new EscPosDecodeError(`unknown command GS 0x${c.toString(16)}`, i);
      }
    } else if (b === 0x1c) {
      need(2, 'FS');
      if (byteAt(i + 1) !== 0x2e) throw new EscPosDecodeError(`unknown command FS 0x${byteAt(i + 1).toString(16)}`, i);
      i += 2; // FS . cancel Kanji mode
    } else if (b === 0x10) {
      need(3, 'DLE');
      if (byteAt(i + 1) !== 0x04) throw new EscPosDecodeError(`unknown command DLE 0x${byteAt(i + 1).toString(16)}`, i);
      statusQueries.push(byteAt(i + 2));
      i += 3;
    } else {
      throw new EscPosDecodeError(`unexpected control byte 0x${b.toString(16)}`, i);
    }
  }
  if (text.length > 0) endLine();
  if (qrPayload !== null) throw new EscPosDecodeError('QR data stored but never printed', i);
  return { lines, codePages, statusQueries };
}

/** The decoded lines as one string, for readable failure messages and `toContain` on several lines. */
export function receiptText(input: Uint8Array): string {
  return decodeEscPos(input).lines.join('\n');
}
