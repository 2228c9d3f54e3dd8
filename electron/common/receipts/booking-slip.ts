import { longFrenchDate } from '../domain/workshops/paris-time';
import type { IsoDate } from '../domain/passes/paris-date';
import { block, receiptLayout, type ReceiptBlock, type ReceiptLayout } from './receipt-layout';

export interface BookingSlipInput {
  siteName: string | null;
  person: { prenom: string; nom: string };
  title: string;
  serviceName: string;
  date: IsoDate;
  startTime: string;
  endTime: string;
  room: string;
  /** Passes to bring; 0 for a programme without passes. */
  pricePasses: number;
  /** The person is on the waiting list (rank), not booked. */
  waitPosition: number | null;
}

/**
 * The booking slip handed to the person: when, where, what to bring (the carnet). Short and plain: it is read by
 * people far from reading and from the digital world.
 */
export function bookingSlipLayout(input: BookingSlipInput): ReceiptLayout {
  const blocks: ReceiptBlock[] = [
    block.title('Atelier numérique'),
    block.text(input.siteName ?? 'Guichet', { align: 'center' }),
    block.text(input.waitPosition === null ? 'Votre réservation' : `Liste d’attente — rang ${input.waitPosition}`, { align: 'center', bold: true }),
    block.separator(),
    block.row('Pour', `${input.person.prenom} ${input.person.nom.toUpperCase()}`),
    block.text(input.title, { bold: true }),
    block.text(input.serviceName),
    block.text(longFrenchDate(input.date), { bold: true }),
    block.row('De', `${input.startTime} à ${input.endTime}`, { bold: true }),
  ];
  if (input.room) blocks.push(block.row('Salle', input.room));
  blocks.push(block.separator());
  if (input.pricePasses > 0) {
    blocks.push(block.text(`À apporter : votre carnet de Pass Numérique (${input.pricePasses} pass pour cet atelier).`, { bold: true }));
  } else {
    blocks.push(block.text('Atelier gratuit : pas de pass à apporter.'));
  }
  if (input.waitPosition !== null) blocks.push(block.text('Nous vous appelons si une place se libère.'));
  blocks.push(block.text('Empêché·e ? Prévenez l’accueil : la place ira à une autre personne.'), block.cut());
  return receiptLayout(blocks);
}
