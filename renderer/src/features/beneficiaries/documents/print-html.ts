/** The A4 page and its escaping are shared with the reports (electron/common/documents). */
export { a4Page, escapeHtml } from '../../../../../electron/common/documents/a4-page';
