import type { TFunction } from 'i18next';
import type { ReviewItemDto } from '../../../../electron/common/contract';

/** What a review item is about, in a few words: « Pass 1000000025 », or the operation when no pass is concerned. */
export function reviewSubject(t: TFunction, item: ReviewItemDto): string {
  return item.passNumber ? `${t('sync.review.pass')} ${item.passNumber}` : item.operationLabel;
}
