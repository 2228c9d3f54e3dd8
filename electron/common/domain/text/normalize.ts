/** Lower-case, accents removed, apostrophes/hyphens/dots as spaces, spaces collapsed: for matching names. */
export function normalizeForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/['’`\-.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
