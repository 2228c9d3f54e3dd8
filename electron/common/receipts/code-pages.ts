/**
 * The two printer code pages that cover French and the euro sign (research/devices.md §2.2), and the fitting
 * of text to them: what a code page lacks is written the way a French reader expects (`Œ` → `OE` on CP858,
 * `—` → `-`), never as `?` when a readable substitute exists. Pure: no I/O.
 */

export type CodePage = 'windows1252' | 'cp858';

/** Bytes 0x80–0xFF of each code page (U+FFFD where the byte is undefined). Checked against glibc iconv. */
const HIGH_HALF: Readonly<Record<CodePage, string>> = {
  cp858:
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒ' +
    'áíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
    '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀' +
    'ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0',
  windows1252:
    '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ' +
    '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿' +
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß' +
    'àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
};

const PRINTABLE: Readonly<Record<CodePage, ReadonlySet<string>>> = {
  cp858: new Set([...HIGH_HALF.cp858].filter((c) => c !== '\uFFFD')),
  windows1252: new Set([...HIGH_HALF.windows1252].filter((c) => c !== '\uFFFD')),
};

/** The character byte `byte` (0x80–0xFF) stands for in `codePage`, or U+FFFD. */
export function highHalfCharacter(codePage: CodePage, byte: number): string {
  return HIGH_HALF[codePage].charAt(byte - 0x80) || '\uFFFD';
}

/** Printable ASCII, or a character of the code page's upper half. */
export function canPrint(character: string, codePage: CodePage): boolean {
  if (character.length !== 1) return false;
  const code = character.charCodeAt(0);
  if (code >= 0x20 && code <= 0x7e) return true;
  return PRINTABLE[codePage].has(character);
}

/** Readable substitutes, used only for characters the code page does not have. */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u202F': '\u00A0', // narrow no-break space (French thousands, before « ») → no-break space
  '\u2007': '\u00A0',
  '\u2009': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2026': '...',
  '\u2022': '*',
  '\u0152': 'OE',
  '\u0153': 'oe',
  '\u0178': 'Y',
  '\u0160': 'S',
  '\u0161': 's',
  '\u017D': 'Z',
  '\u017E': 'z',
  '\u20AC': 'EUR',
  '\u2122': 'TM',
  '\u00A0': ' ',
  '\u00AB': '"',
  '\u00BB': '"',
};

/**
 * Text ready for the printer: control characters removed (a name typed with an ESC byte must not become a
 * printer command), tabs as spaces, and each character the code page lacks replaced by its readable substitute,
 * by its letter without accent, or by `?` as a last resort.
 */
export function fitToCodePage(text: string, codePage: CodePage): string {
  let out = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code === 0x09) {
      out += ' ';
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (canPrint(character, codePage)) {
      out += character;
      continue;
    }
    const substitute = SUBSTITUTES[character];
    if (substitute !== undefined && [...substitute].every((c) => canPrint(c, codePage))) {
      out += substitute;
      continue;
    }
    const bare = character.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += bare.length > 0 && [...bare].every((c) => canPrint(c, codePage)) ? bare : '?';
  }
  return out;
}
