/**
 * Folding of names for search and duplicate detection. Latin letters lose their accents and case, ligatures
 * are spelled out (Œ → oe); other scripts (Arabic, Tamil, Chinese…) are kept as typed, only lower-cased
 * where the script has case.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** Separators inside a name: spaces, apostrophes, hyphens, dots, commas. */
const SEPARATORS = /[\s'’‘`´ʼ\-‐‑–—.,_/]+/u;
const HAN = /^\p{Script=Han}+$/u;

/** The words of a name, folded: `N'Diaye` → ['n', 'diaye']. */
export function nameWords(value: string): string[] {
  return foldText(value)
    .split(SEPARATORS)
    .filter((word) => word.length > 0);
}

/**
 * Search tokens of a name: each word, the words joined (`N'Diaye` → n, diaye, ndiaye; `Jean-Pierre` → jean,
 * pierre, jeanpierre) and, for Chinese names written without spaces, each tail of the word so that the given
 * name alone finds the person.
 */
export function nameTokens(value: string): string[] {
  const words = nameWords(value);
  const tokens = new Set(words);
  if (words.length > 1) tokens.add(words.join(''));
  for (const word of words) {
    if (HAN.test(word)) {
      const chars = [...word];
      for (let i = 1; i < chars.length; i += 1) tokens.add(chars.slice(i).join(''));
    }
  }
  return [...tokens];
}

/** One key per name for duplicate detection: folded, without spaces, hyphens or apostrophes. */
export function nameKey(value: string): string {
  return nameWords(value).join('');
}

/** Upper bound of a prefix range: every string starting with `prefix` is ≥ prefix and < this. */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
