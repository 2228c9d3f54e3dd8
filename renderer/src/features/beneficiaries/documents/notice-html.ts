import type { Notice } from '../notice/notice-texts';
import { a4Page, escapeHtml } from './print-html';

function noticeBlock(notice: Notice): string {
  const paragraphs = notice.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('');
  return `<section class="notice" lang="${escapeHtml(notice.lang)}" dir="${notice.dir}"><h1>${escapeHtml(notice.title)}</h1>${paragraphs}</section>`;
}

/** The notice in French, then in the person's language when it is another one. */
export function noticeHtml(french: Notice, translated: Notice | null): string {
  return a4Page(french.title, [noticeBlock(french), translated ? noticeBlock(translated) : ''].join(''));
}
