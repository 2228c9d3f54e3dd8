import { LANGUAGE_LABELS, type LANGUAGES } from '../contract/beneficiaries';
import { frenchDate, type IsoDate } from '../domain/passes/paris-date';
import { handoutLines, HANDOUT_TEXTS } from './carnet-handout-texts';
import { formatDate, formatEuros, formatTime } from './format';
import { block, receiptLayout, type ReceiptBlock, type ReceiptLayout } from './receipt-layout';

type Language = (typeof LANGUAGES)[number];

export interface CarnetHandoutInput {
  copy: 'person' | 'agent';
  siteName: string | null;
  handedAt: Date;
  agentName: string | null;
  person: { prenom: string; nom: string };
  carnetNumber: string;
  issuerName: string;
  lotReference: string;
  passNumbers: string[];
  faceValueCents: number;
  validUntil: IsoDate;
  language: Language;
  /** False when the printer cannot print the person's language (another script than its code page's). */
  languagePrintable: boolean;
  /** The next workshops of this place that take a pass and have seats left. */
  nextWorkshops: ReadonlyArray<{ date: IsoDate; startTime: string; title: string; seatsLeft: number }>;
  /** The other places' next collective workshops that take a pass (from the hub; empty without one). */
  workshopsElsewhere?: ReadonlyArray<{ siteName: string; date: IsoDate; startTime: string; title: string }>;
}

/** Pass numbers two per line, as they are printed on the carnet. */
function passLines(numbers: string[]): ReceiptBlock[] {
  const lines: ReceiptBlock[] = [];
  for (let i = 0; i < numbers.length; i += 2) {
    lines.push(block.text(numbers.slice(i, i + 2).join('   ')));
  }
  return lines;
}

/**
 * The receipt of a carnet handed over: who received which passes, worth how much, valid until when, and how to
 * use them — in French and in the person's language when the printer can print it. The agent's copy adds who
 * handed it over and a line for the person's signature.
 */
export function carnetHandoutLayout(input: CarnetHandoutInput): ReceiptLayout {
  const validUntil = frenchDate(input.validUntil);
  const blocks: ReceiptBlock[] = [
    block.title('Pass Numérique'),
    block.text(input.siteName ?? 'Guichet', { align: 'center' }),
    block.text(input.copy === 'agent' ? 'Exemplaire du guichet' : 'Reçu de remise de carnet', { align: 'center', bold: true }),
    block.separator(),
    block.row('Remis à', `${input.person.prenom} ${input.person.nom.toUpperCase()}`),
    block.row('Le', `${formatDate(input.handedAt)} à ${formatTime(input.handedAt)}`),
    block.row('Carnet', input.carnetNumber, { bold: true }),
    block.row('Émetteur', input.issuerName),
    block.row('Lot', input.lotReference),
    block.text(`${input.passNumbers.length} pass :`, { bold: true }),
    ...passLines(input.passNumbers),
    block.total(`Valeur (${input.passNumbers.length} x ${formatEuros(input.faceValueCents)})`, input.faceValueCents * input.passNumbers.length),
    block.text(`Valable jusqu’au ${validUntil}`, { bold: true }),
    block.separator(),
    block.text(HANDOUT_TEXTS.fr.heading, { bold: true }),
    ...handoutLines('fr', validUntil).slice(0, 3).map((line) => block.text(line)),
  ];
  if (input.language !== 'fr') {
    blocks.push(block.separator());
    if (input.languagePrintable) {
      const texts = HANDOUT_TEXTS[input.language];
      blocks.push(block.text(texts.heading, { bold: true }), ...handoutLines(input.language, validUntil).map((line) => block.text(line)));
    } else {
      blocks.push(block.text(`Consignes en ${LANGUAGE_LABELS[input.language].toLowerCase()} : demandez-les à l’accueil.`));
    }
  }
  if (input.nextWorkshops.length > 0) {
    blocks.push(block.separator(), block.text(`Prochains ateliers — ${input.siteName ?? 'ce lieu'}`, { bold: true }));
    for (const workshop of input.nextWorkshops) {
      blocks.push(block.row(`${frenchDate(workshop.date).slice(0, 5)} ${workshop.startTime} ${workshop.title}`, `${workshop.seatsLeft} pl.`));
    }
    blocks.push(block.text('Réservez à l’accueil ou par téléphone.'));
  }
  const elsewhere = input.workshopsElsewhere ?? [];
  if (elsewhere.length > 0) {
    blocks.push(block.separator(), block.text('Ailleurs dans la collectivité', { bold: true }));
    for (const workshop of elsewhere) {
      blocks.push(block.text(`${frenchDate(workshop.date).slice(0, 5)} ${workshop.startTime} ${workshop.title}`), block.text(`  à ${workshop.siteName}`));
    }
  }
  blocks.push(block.separator(), block.barcode(input.carnetNumber, 'code128'));
  if (input.copy === 'agent') {
    blocks.push(block.row('Remis par', input.agentName ?? '—'), block.feed(1), block.text('Signature de la personne :'), block.feed(3));
  }
  blocks.push(block.cut());
  return receiptLayout(blocks);
}
