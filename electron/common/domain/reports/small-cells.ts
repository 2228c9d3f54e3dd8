/**
 * Small-cell suppression for figures that leave the desk (funders, the hub): a count of people under the threshold
 * could point at someone, so it is shown as `< N` instead. Zero is kept (nobody to recognise).
 */
export const DEFAULT_SMALL_CELL_THRESHOLD = 5;

export type PublishedCount = number | string;

export function hiddenLabel(threshold: number): string {
  return `< ${threshold}`;
}

export function suppressCount(count: number, threshold: number): PublishedCount {
  return count > 0 && count < threshold ? hiddenLabel(threshold) : count;
}

/**
 * The cells of one breakdown whose total is published beside it. Primary suppression hides the small cells; when
 * that hides exactly one cell, it could be found again by subtracting the others from the total, so the smallest
 * other non-zero cell is hidden too (secondary suppression). When the whole group is small, every cell is hidden,
 * zeros included: the zeros would otherwise tell which cell holds the few people.
 */
export function suppressBreakdown(counts: readonly number[], threshold: number): PublishedCount[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total > 0 && total < threshold) return counts.map(() => hiddenLabel(threshold));
  const hidden = counts.map((count) => count > 0 && count < threshold);
  if (hidden.filter(Boolean).length === 1) {
    let smallest = -1;
    counts.forEach((count, index) => {
      if (!hidden[index] && count > 0 && (smallest === -1 || count < (counts[smallest] ?? 0))) smallest = index;
    });
    if (smallest !== -1) hidden[smallest] = true;
  }
  return counts.map((count, index) => (hidden[index] ? hiddenLabel(threshold) : count));
}
