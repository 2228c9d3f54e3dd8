import type { BeneficiaryDto } from '../../../../../electron/common/contract';
import ar from './ar.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import pt from './pt.json';
import ro from './ro.json';
import ta from './ta.json';
import zh from './zh.json';

/**
 * The information notice handed to the person, in plain words, as resource files per language (translations to
 * be reviewed by a professional translator). French is the fallback.
 */
interface NoticeResource {
  title: string;
  paragraphs: string[];
}

export interface Notice extends NoticeResource {
  lang: string;
  dir: 'ltr' | 'rtl';
}

type Language = BeneficiaryDto['language'];

const NOTICES: Partial<Record<Language, NoticeResource>> = { fr, en, ar, es, pt, ro, ta, zh };
const RIGHT_TO_LEFT = new Set<string>(['ar']);

export function noticeFor(language: Language, commune: string): Notice {
  const resource = NOTICES[language] ?? fr;
  const lang = NOTICES[language] ? language : 'fr';
  const fill = (text: string) => text.replaceAll('{{commune}}', commune);
  return {
    lang,
    dir: RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr',
    title: fill(resource.title),
    paragraphs: resource.paragraphs.map(fill),
  };
}
