import {
  AppError,
  type CarnetDto,
  type HandOutDto,
  type ImportReportDto,
  type IssuerDto,
  type LookupDto,
  type LotDto,
  type LotFields,
  type PrintRequestDto,
  type Role,
  type RangeReportDto,
  type StockEventDto,
  type StockSettingsDto,
  type TimelineEntryDto,
} from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { newId } from '../../../common/domain/ids';
import { normalizeNumber } from '../../../common/domain/passes/number-rule';
import { parisDate } from '../../../common/domain/passes/paris-date';
import type { RevocationReason } from '../../../common/domain/passes/pass-state';
import { checkRedemption } from '../../../common/domain/passes/redemption-rule';
import { carnetHandoutLayout } from '../../../common/receipts/carnet-handout';
import { handoutLines } from '../../../common/receipts/carnet-handout-texts';
import type { ReceiptLayout } from '../../../common/receipts/receipt-layout';
import { writeChange } from '../../../../db/change';
import { getSetting, setSetting } from '../../../../db/repositories/setting.repo';
import { getSite } from '../../../../db/repositories/site.repo';
import {
  agentName,
  findCarnet,
  findPersonRef,
  issuerName,
  findIssuer,
  findIssuerByName,
  findLot,
  findPassByNumber,
  insertIssuer,
  insertLot,
  listCarnetsOf,
  listEventsOfCarnet,
  listEventsOfPerson,
  listIssuers,
  listLots,
  listPassesOf,
  updateIssuer,
  type CarnetRow,
  type IssuerRow,
  type LotRow,
  type PersonRef,
} from '../../../../db/repositories/stock.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { handOutCarnet, reassignCarnetTo, revokeCarnet, revokePass, takeBackCarnet, type CarnetActionContext } from './carnet-actions';
import { matchStockCode } from './stock-code';
import { lotDates, receivedEvent, toCarnetDto, toIssuerDto, toStockEventDto } from './stock-dto';
import { addStockRange, importStockCsv, type IntakeContext } from './stock-intake';
import { toLotDtos } from './stock-counts';
import type { WorkshopElsewhere } from '../../sync/places';

export const STOCK_SETTINGS_KEY = 'stock.settings';
export const DEFAULT_STOCK_SETTINGS: StockSettingsDto = { maxCarnetsPerPerson: 2, agentCopy: false };

/** A workshop printed on the hand-out receipt, so that the person knows where to go next. */
export type { WorkshopElsewhere };

export interface UpcomingWorkshop {
  date: string;
  startTime: string;
  title: string;
  seatsLeft: number;
}

/** A carnet's hand-out receipt: the carnet, its holder, and whether the printer can print the holder's language. */
interface ReceiptSubject {
  row: CarnetRow;
  carnet: CarnetDto;
  person: PersonRef;
  languagePrintable: boolean;
}

/** How many upcoming workshops the receipt lists. */
const RECEIPT_WORKSHOPS = 3;

/** What the stock needs of the printer (DevicesService). */
export interface StockPrinter {
  printReceipt(kind: 'distribution', layout: ReceiptLayout): PrintRequestDto;
  printsText(text: string): boolean;
}

/** Issuers, lots and their stock; carnets handed out, taken back, revoked; the lookup of any number. */
export class StockService {
  constructor(
    private readonly db: GuichetDatabase,
    private readonly clock: Clock,
    private readonly printer: StockPrinter,
    /** The priority criteria a lot may target (the scheme's and the desk's own). */
    private readonly criteriaCodes: () => string[] = () => [],
    /** The place's next workshops that take a pass and have seats left (WorkshopsService). */
    private readonly upcomingWorkshops: (limit: number) => UpcomingWorkshop[] = () => [],
    /** The other places' next collective workshops that take a pass (the hub's reference data). */
    private readonly workshopsElsewhere: (limit: number) => WorkshopElsewhere[] = () => [],
  ) {}

  private today(): string {
    return parisDate(this.clock());
  }

  private actions(actorId: string): CarnetActionContext {
    return { db: this.db, clock: this.clock, actorId };
  }

  private agentName = (id: string | null): string | null => (id ? (agentName(this.db, id) ?? null) : null);

  private lotOf(carnet: CarnetRow): LotRow {
    return findLot(this.db, carnet.lotId) as LotRow;
  }

  private carnetDto(row: CarnetRow, lot: LotRow = this.lotOf(row)): CarnetDto {
    const holder = row.beneficiaryId ? findPersonRef(this.db, row.beneficiaryId) : undefined;
    return toCarnetDto(row, {
      lot,
      issuerName: issuerName(this.db, lot.issuerId) ?? '',
      holder: holder ? { id: holder.id, nom: holder.nom, prenom: holder.prenom } : null,
      passes: listPassesOf(this.db, row.id),
      today: this.today(),
    });
  }

  private existingCarnet(id: string): CarnetRow {
    const carnet = findCarnet(this.db, id);
    if (!carnet) throw new AppError('NOT_FOUND', 'Carnet introuvable.');
    return carnet;
  }

  private existingLot(id: string): { lot: LotRow; issuer: IssuerRow } {
    const lot = findLot(this.db, id);
    if (!lot) throw new AppError('NOT_FOUND', 'Lot introuvable.');
    return { lot, issuer: findIssuer(this.db, lot.issuerId) as IssuerRow };
  }

  private history(carnet: CarnetRow, lot: LotRow): StockEventDto[] {
    return [...listEventsOfCarnet(this.db, carnet.id).map((row) => toStockEventDto(row, this.agentName)), receivedEvent(carnet, lot)];
  }

  // Settings

  settings(): StockSettingsDto {
    return { ...DEFAULT_STOCK_SETTINGS, ...getSetting<Partial<StockSettingsDto>>(this.db, STOCK_SETTINGS_KEY) };
  }

  setSettings(actorId: string, settings: StockSettingsDto): StockSettingsDto {
    writeChange(this.db, this.clock, (tx) => {
      setSetting(tx, STOCK_SETTINGS_KEY, settings, this.clock().toISOString());
      return { result: null, audit: { actorId, action: 'stock.settings-changed', targetType: 'setting', targetId: STOCK_SETTINGS_KEY, details: { ...settings } } };
    });
    return this.settings();
  }

  // Issuers and lots

  issuers(): IssuerDto[] {
    return listIssuers(this.db).map(toIssuerDto);
  }

  saveIssuer(actorId: string, input: Omit<IssuerDto, 'id'> & { id?: string }): IssuerDto {
    const clash = findIssuerByName(this.db, input.name);
    if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `Un émetteur s’appelle déjà « ${input.name} ».`, { name: 'Nom déjà utilisé.' });
    const before = input.id ? findIssuer(this.db, input.id) : undefined;
    if (input.id && !before) throw new AppError('NOT_FOUND', 'Émetteur introuvable.');
    const now = this.clock().toISOString();
    const row: IssuerRow = {
      id: before?.id ?? newId(),
      name: input.name,
      carnetPattern: input.carnetRule.pattern,
      carnetCheckDigit: input.carnetRule.checkDigit,
      passPattern: input.passRule.pattern,
      passCheckDigit: input.passRule.checkDigit,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    };
    writeChange(this.db, this.clock, (tx) => {
      if (before) updateIssuer(tx, row);
      else insertIssuer(tx, row);
      const dto = toIssuerDto(row);
      return {
        result: null,
        audit: { actorId, action: before ? 'issuer.updated' : 'issuer.created', targetType: 'issuer', targetId: row.id, details: { ...dto } },
        outbox: { entity: 'issuer', entityId: row.id, operation: 'issuer.saved', payload: { ...dto } },
      };
    });
    return toIssuerDto(row);
  }

  lots(): LotDto[] {
    return toLotDtos(this.db, listLots(this.db), this.today());
  }

  private lotDto(id: string): LotDto {
    return this.lots().find((lot) => lot.id === id) as LotDto;
  }

  createLot(actorId: string, fields: LotFields): LotDto {
    if (!findIssuer(this.db, fields.issuerId)) throw new AppError('NOT_FOUND', 'Émetteur introuvable.', { issuerId: 'Choisissez un émetteur.' });
    const known = new Set(this.criteriaCodes());
    const unknown = fields.targetCriteria.find((code) => !known.has(code));
    if (unknown) throw new AppError('INVALID_INPUT', `Critère inconnu : ${unknown}.`, { targetCriteria: `Critère inconnu : ${unknown}.` });
    const row: LotRow = {
      id: newId(),
      ...fields,
      targetCriteria: JSON.stringify(fields.targetCriteria),
      createdAt: this.clock().toISOString(),
      createdBy: actorId,
      siteId: null,
    };
    writeChange(this.db, this.clock, (tx) => {
      insertLot(tx, row);
      const { perimeter: _perimeter, ...uploaded } = fields;
      return {
        result: null,
        audit: { actorId, action: 'lot.created', targetType: 'pass_lot', targetId: row.id, details: { reference: row.reference } },
        outbox: { entity: 'pass_lot', entityId: row.id, operation: 'lot.created', payload: { ...uploaded } },
      };
    });
    return this.lotDto(row.id);
  }

  // Stock coming in

  private intake(actorId: string, lotId: string): IntakeContext {
    return { db: this.db, clock: this.clock, actorId, ...this.existingLot(lotId) };
  }

  importCsv(actorId: string, input: { lotId: string; csv: string; mode: 'all-or-nothing' | 'good-lines'; dryRun: boolean }): ImportReportDto {
    return importStockCsv(this.intake(actorId, input.lotId), input);
  }

  addRange(actorId: string, input: { lotId: string; firstCarnet: string; carnetCount: number; firstPass: string; dryRun: boolean }): RangeReportDto {
    return addStockRange(this.intake(actorId, input.lotId), input);
  }

  // Carnets

  carnetsOf(beneficiaryId: string): CarnetDto[] {
    return listCarnetsOf(this.db, beneficiaryId).map((row) => this.carnetDto(row));
  }

  /** Accueil and médiateurs hand carnets out after a finished bilan; referents and administrators also without one. */
  handOut(actor: { agentId: string; role: Role }, input: { beneficiaryId: string; code: string; printReceipt: boolean }): HandOutDto {
    const actorId = actor.agentId;
    const match = matchStockCode(this.db, input.code);
    if (match.kind === 'not-found') throw new AppError(match.reason === 'mal-lu' ? 'INVALID_INPUT' : 'NOT_FOUND', match.message, { code: match.message });
    const settings = this.settings();
    const warning = handOutCarnet({ ...this.actions(actorId), role: actor.role }, match.carnet, input.beneficiaryId, settings.maxCarnetsPerPerson);
    const row = this.existingCarnet(match.carnet.id);
    const carnet = this.carnetDto(row);
    const warnings = [warning];
    // The carnet is handed over whatever happens to its receipt: a printing problem is a warning, reprint later.
    const receipts: PrintRequestDto[] = [];
    try {
      if (!input.printReceipt) return { carnet, warning, receipts };
      const subject = this.receiptSubject(row, carnet);
      receipts.push(this.printCarnetReceipt(actorId, subject, 'person'));
      if (settings.agentCopy) receipts.push(this.printCarnetReceipt(actorId, subject, 'agent'));
      if (subject.person.language !== 'fr' && !subject.languagePrintable) {
        warnings.push('Cette imprimante ne peut pas imprimer la langue de la personne : le reçu donne les consignes en français.');
      }
    } catch (error) {
      const reason = error instanceof AppError ? error.message : 'erreur d’impression.';
      warnings.push(`Carnet remis, mais reçu non imprimé : ${reason} Réimprimez-le depuis la fiche.`);
    }
    return { carnet, warning: warnings.filter((w) => w !== null).join(' ') || null, receipts };
  }

  printReceipt(actorId: string, input: { carnetId: string; copy: 'person' | 'agent' }): PrintRequestDto {
    const row = this.existingCarnet(input.carnetId);
    return this.printCarnetReceipt(actorId, this.receiptSubject(row, this.carnetDto(row)), input.copy);
  }

  /** What a hand-out receipt is about: the carnet (row and DTO, built once for both copies) and its holder. */
  private receiptSubject(row: CarnetRow, carnet: CarnetDto): ReceiptSubject {
    if (!row.beneficiaryId) throw new AppError('CONFLICT', `Carnet ${row.number} en stock : pas de reçu de remise.`);
    const person = findPersonRef(this.db, row.beneficiaryId);
    if (!person) throw new AppError('NOT_FOUND', 'Personne introuvable.');
    return { row, carnet, person, languagePrintable: this.printer.printsText(handoutLines(person.language, '').join(' ')) };
  }

  private printCarnetReceipt(actorId: string, { row, carnet, person, languagePrintable }: ReceiptSubject, copy: 'person' | 'agent'): PrintRequestDto {
    const layout = carnetHandoutLayout({
      copy,
      siteName: getSite(this.db)?.name ?? null,
      handedAt: new Date(row.distributedAt ?? this.clock().toISOString()),
      agentName: this.agentName(row.distributedBy ?? actorId),
      person: { prenom: person.prenom, nom: person.nom },
      carnetNumber: carnet.number,
      issuerName: carnet.issuerName,
      lotReference: carnet.lotReference,
      passNumbers: carnet.passes.map((p) => p.number),
      faceValueCents: carnet.faceValueCents,
      validUntil: carnet.validUntil,
      language: person.language,
      languagePrintable,
      nextWorkshops: this.upcomingWorkshops(RECEIPT_WORKSHOPS),
      workshopsElsewhere: this.workshopsElsewhere(RECEIPT_WORKSHOPS),
    });
    return this.printer.printReceipt('distribution', layout);
  }

  takeBack(actorId: string, input: { carnetId: string; note: string }): CarnetDto {
    takeBackCarnet(this.actions(actorId), this.existingCarnet(input.carnetId), input.note);
    return this.carnetDto(this.existingCarnet(input.carnetId));
  }

  reassign(actorId: string, input: { carnetId: string; beneficiaryId: string; note: string }): CarnetDto {
    reassignCarnetTo(this.actions(actorId), this.existingCarnet(input.carnetId), input.beneficiaryId, input.note);
    return this.carnetDto(this.existingCarnet(input.carnetId));
  }

  revokeCarnet(actorId: string, input: { carnetId: string; reason: RevocationReason; note: string }): CarnetDto {
    revokeCarnet(this.actions(actorId), this.existingCarnet(input.carnetId), input.reason, input.note);
    return this.carnetDto(this.existingCarnet(input.carnetId));
  }

  revokePass(actorId: string, input: { passNumber: string; reason: RevocationReason; note: string }): CarnetDto {
    const pass = findPassByNumber(this.db, normalizeNumber(input.passNumber));
    if (!pass) throw new AppError('NOT_FOUND', 'Pass introuvable.');
    const carnet = this.existingCarnet(pass.carnetId);
    revokePass(this.actions(actorId), carnet, pass, input.reason, input.note);
    return this.carnetDto(this.existingCarnet(carnet.id));
  }

  // Lookup and history

  lookup(code: string): LookupDto {
    const match = matchStockCode(this.db, code);
    if (match.kind === 'not-found') return match;
    const lot = this.lotOf(match.carnet);
    const carnet = this.carnetDto(match.carnet, lot);
    const history = this.history(match.carnet, lot);
    if (match.kind === 'carnet') return { kind: 'carnet', carnet, history };
    const { pass } = match;
    const redemption = checkRedemption(
      {
        number: pass.number,
        distributedAt: match.carnet.distributedAt,
        redeemedAt: pass.redeemedAt,
        revokedAt: pass.revokedAt,
        revokedReason: pass.revokedReason,
        lot: lotDates(lot),
      },
      this.clock(),
    );
    return { kind: 'pass', passNumber: pass.number, carnet, redemption, history };
  }

  /** The person's carnet events, for the timeline of the person's page. */
  timelineOf(beneficiaryId: string): TimelineEntryDto[] {
    const numbers = new Map<string, string>();
    return listEventsOfPerson(this.db, beneficiaryId).map((row) => {
      if (!numbers.has(row.carnetId)) numbers.set(row.carnetId, findCarnet(this.db, row.carnetId)?.number ?? '');
      return { kind: 'stock' as const, at: row.at, carnetId: row.carnetId, carnetNumber: numbers.get(row.carnetId) ?? '', event: toStockEventDto(row, this.agentName) };
    });
  }
}
