import type { LANGUAGES } from '../contract/beneficiaries';

type Language = (typeof LANGUAGES)[number];

/**
 * How to use the passes, printed on the hand-out receipt in French and in the person's language. `{date}` is the
 * end of validity. Translations are resources to be reviewed by professional translators; French is the fallback.
 */
export interface HandoutTexts {
  heading: string;
  onePass: string;
  bringCarnet: string;
  lostPass: string;
  validUntil: string;
}

export const HANDOUT_TEXTS: Readonly<Record<Language, HandoutTexts>> = {
  fr: {
    heading: 'Comment utiliser vos pass',
    onePass: '1 pass = 1 atelier ou 1 accompagnement dans un lieu partenaire du Pass Numérique.',
    bringCarnet: 'Apportez votre carnet à chaque rendez-vous : le lieu garde un pass.',
    lostPass: 'Pass perdu ou volé ? Prévenez vite l’accueil qui vous l’a remis.',
    validUntil: 'Valable jusqu’au {date}.',
  },
  en: {
    heading: 'How to use your passes',
    onePass: '1 pass = 1 workshop or 1 support session in a Pass Numérique partner place.',
    bringCarnet: 'Bring your booklet to each appointment: the place keeps one pass.',
    lostPass: 'Pass lost or stolen? Quickly tell the desk that gave it to you.',
    validUntil: 'Valid until {date}.',
  },
  es: {
    heading: 'Cómo usar sus pases',
    onePass: '1 pase = 1 taller o 1 acompañamiento en un lugar asociado del Pass Numérique.',
    bringCarnet: 'Lleve su talonario a cada cita: el lugar se queda con un pase.',
    lostPass: '¿Pase perdido o robado? Avise rápido a la oficina que se lo entregó.',
    validUntil: 'Válido hasta el {date}.',
  },
  pt: {
    heading: 'Como usar os seus passes',
    onePass: '1 passe = 1 oficina ou 1 acompanhamento num local parceiro do Pass Numérique.',
    bringCarnet: 'Leve a sua caderneta a cada encontro: o local fica com um passe.',
    lostPass: 'Passe perdido ou roubado? Avise depressa o balcão que lho entregou.',
    validUntil: 'Válido até {date}.',
  },
  ro: {
    heading: 'Cum folosiți pass-urile',
    onePass: '1 pass = 1 atelier sau 1 însoțire într-un loc partener Pass Numérique.',
    bringCarnet: 'Luați carnetul la fiecare întâlnire: locul păstrează un pass.',
    lostPass: 'Pass pierdut sau furat? Anunțați repede ghișeul care vi l-a dat.',
    validUntil: 'Valabil până la {date}.',
  },
  ar: {
    heading: 'كيفية استخدام قسائمك',
    onePass: 'قسيمة واحدة = ورشة واحدة أو جلسة مرافقة واحدة في مكان شريك لـ Pass Numérique.',
    bringCarnet: 'أحضر دفترك إلى كل موعد: يحتفظ المكان بقسيمة واحدة.',
    lostPass: 'قسيمة مفقودة أو مسروقة؟ أخبر بسرعة المكتب الذي سلّمها لك.',
    validUntil: 'صالحة حتى {date}.',
  },
  ta: {
    heading: 'உங்கள் பாஸ்களை எப்படி பயன்படுத்துவது',
    onePass: '1 பாஸ் = Pass Numérique கூட்டாளர் இடத்தில் 1 பயிலரங்கு அல்லது 1 உதவி அமர்வு.',
    bringCarnet: 'ஒவ்வொரு சந்திப்புக்கும் உங்கள் புத்தகத்தைக் கொண்டு வாருங்கள்: அந்த இடம் ஒரு பாஸை வைத்துக்கொள்ளும்.',
    lostPass: 'பாஸ் தொலைந்ததா அல்லது திருடப்பட்டதா? அதை வழங்கிய அலுவலகத்திடம் விரைவில் தெரிவியுங்கள்.',
    validUntil: '{date} வரை செல்லுபடியாகும்.',
  },
  zh: {
    heading: '如何使用您的券',
    onePass: '1 张券 = 在 Pass Numérique 合作场所参加 1 次课程或 1 次辅导。',
    bringCarnet: '每次前往时请携带券册：场所会收取一张券。',
    lostPass: '券遗失或被盗？请尽快告知发券的服务台。',
    validUntil: '有效期至 {date}。',
  },
};

/** The texts of a language as lines, `{date}` filled in. */
export function handoutLines(language: Language, date: string): string[] {
  const texts = HANDOUT_TEXTS[language];
  return [texts.onePass, texts.bringCarnet, texts.lostPass, texts.validUntil.replace('{date}', date)];
}
