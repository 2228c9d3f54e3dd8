import { z } from 'zod';
import { CHECK_DIGITS, patternProblem } from '../domain/passes/number-rule';
import { IsoDateSchema } from '../domain/passes/paris-date';
import { CARNET_STATES, PASS_STATES, REVOCATION_REASONS } from '../domain/passes/pass-state';
import { REDEMPTION_REFUSALS } from '../domain/passes/redemption-rule';
import { PrintRequestDto } from './devices';
import { Id } from './dto';
import type { MethodSpec } from './methods';
import { anyAgent, onlyRoles } from './roles';

/**
 * Carnets and passes: issuers and their numbering rules, lots (orders) and their stock, the hand-out of a
 * carnet to a person, revocations and corrections, and the lookup of any scanned number.
 */

const method = <T extends MethodSpec>(spec: T): T => spec;

export const NumberRuleSchema = z.object({
  pattern: z
    .string()
    .trim()
    .min(1, 'Règle de numérotation obligatoire.')
    .max(200)
    .superRefine((pattern, ctx) => {
      const problem = patternProblem(pattern);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  checkDigit: z.enum(CHECK_DIGITS),
});

export const IssuerDto = z.object({
  id: Id,
  name: z.string(),
  carnetRule: NumberRuleSchema,
  passRule: NumberRuleSchema,
});
export type IssuerDto = z.infer<typeof IssuerDto>;

export const CarnetCountsDto = z.object({
  carnets: z.record(z.enum(CARNET_STATES), z.number().int()),
  passes: z.number().int(),
  passesUsed: z.number().int(),
  passesRevoked: z.number().int(),
  /** Passes neither used nor revoked, and what they are worth (the credit note once the lot has expired). */
  passesUnused: z.number().int(),
  unusedValueCents: z.number().int(),
});
export type CarnetCountsDto = z.infer<typeof CarnetCountsDto>;

export const LotFields = z
  .object({
    issuerId: Id,
    reference: z.string().trim().min(1, 'Référence de la commande obligatoire.').max(80),
    faceValueCents: z.number().int().min(1, 'Valeur faciale : au moins 0,01 €.').max(100_000, 'Valeur faciale : 1 000 € au plus.'),
    carnetSize: z.number().int().min(1, 'Pass par carnet : au moins 1.').max(50, 'Pass par carnet : 50 au plus.'),
    validUntil: IsoDateSchema,
    graceUntil: IsoDateSchema,
    blockDays: z.number().int().min(0).max(120),
    warningDays: z.number().int().min(0).max(180),
    targetCriteria: z.array(z.string().max(60)).max(20).default([]),
    perimeter: z.string().trim().max(300).nullable().default(null),
  })
  .superRefine((lot, ctx) => {
    if (lot.graceUntil < lot.validUntil) ctx.addIssue({ code: 'custom', path: ['graceUntil'], message: 'La fin de la période de grâce précède la fin de validité.' });
    if (lot.warningDays < lot.blockDays) ctx.addIssue({ code: 'custom', path: ['warningDays'], message: 'L’alerte doit venir avant le blocage de la distribution.' });
  });
export type LotFields = z.output<typeof LotFields>;

export const LotDto = z.object({
  id: Id,
  issuerId: Id,
  issuerName: z.string(),
  reference: z.string(),
  faceValueCents: z.number().int(),
  carnetSize: z.number().int(),
  validUntil: z.string(),
  graceUntil: z.string(),
  blockDays: z.number().int(),
  warningDays: z.number().int(),
  targetCriteria: z.array(z.string()),
  perimeter: z.string().nullable(),
  createdAt: z.string(),
  phase: z.enum(['active', 'warning', 'blocked', 'grace', 'expired']),
  /** What the desk should know today (J-30 warning, J-15 block, expiry and the unused value), or null. */
  alert: z.string().nullable(),
  counts: CarnetCountsDto,
});
export type LotDto = z.infer<typeof LotDto>;

export const PersonRefDto = z.object({ id: Id, nom: z.string(), prenom: z.string() });
export type PersonRefDto = z.infer<typeof PersonRefDto>;

/** A pass; its number is its key (the same on every desk and at the hub). */
export const PassDto = z.object({
  number: z.string(),
  position: z.number().int(),
  state: z.enum(PASS_STATES),
  redeemedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedReason: z.enum(REVOCATION_REASONS).nullable(),
});
export type PassDto = z.infer<typeof PassDto>;

export const CarnetDto = z.object({
  id: Id,
  number: z.string(),
  lotId: Id,
  lotReference: z.string(),
  issuerName: z.string(),
  state: z.enum(CARNET_STATES),
  faceValueCents: z.number().int(),
  validUntil: z.string(),
  graceUntil: z.string(),
  receivedAt: z.string(),
  distributedAt: z.string().nullable(),
  /** The person holding it; null when in stock, or for roles that may not see it. */
  holder: PersonRefDto.nullable(),
  revokedAt: z.string().nullable(),
  revokedReason: z.enum(REVOCATION_REASONS).nullable(),
  passes: z.array(PassDto),
});
export type CarnetDto = z.infer<typeof CarnetDto>;

export const STOCK_EVENT_KINDS = ['received', 'distributed', 'taken-back', 'reassigned', 'revoked', 'redeemed'] as const;

export const StockEventDto = z.object({
  at: z.string(),
  kind: z.enum(STOCK_EVENT_KINDS),
  /** The event as a French sentence, ready to show. */
  text: z.string(),
  agentName: z.string().nullable(),
  passNumber: z.string().nullable(),
});
export type StockEventDto = z.infer<typeof StockEventDto>;

export const RedemptionCheckDto = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.enum(REDEMPTION_REFUSALS), message: z.string() }),
]);

export const LookupDto = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pass'), passNumber: z.string(), carnet: CarnetDto, redemption: RedemptionCheckDto, history: z.array(StockEventDto) }),
  z.object({ kind: z.literal('carnet'), carnet: CarnetDto, history: z.array(StockEventDto) }),
  /** Unknown here, or misread (breaks every issuer's rule): the message says which. */
  z.object({ kind: z.literal('not-found'), reason: z.enum(['inconnu', 'mal-lu']), message: z.string() }),
]);
export type LookupDto = z.infer<typeof LookupDto>;

export const IMPORT_MODES = ['all-or-nothing', 'good-lines'] as const;

export const ImportReportDto = z.object({
  /** False when nothing was written (problems in all-or-nothing mode, or a dry run). */
  imported: z.boolean(),
  carnets: z.number().int(),
  passes: z.number().int(),
  dataLines: z.number().int(),
  /** Every bad line is counted; the first ones are listed (a wrong file could have 200,000). */
  problemCount: z.number().int(),
  problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type ImportReportDto = z.infer<typeof ImportReportDto>;

export const RangeReportDto = z.object({
  imported: z.boolean(),
  carnets: z.number().int(),
  passes: z.number().int(),
  firstCarnet: z.string(),
  lastCarnet: z.string(),
  firstPass: z.string(),
  lastPass: z.string(),
});
export type RangeReportDto = z.infer<typeof RangeReportDto>;

export const StockSettingsDto = z.object({
  maxCarnetsPerPerson: z.number().int().min(1, 'Au moins 1 carnet par personne.').max(20, '20 carnets par personne au plus.'),
  agentCopy: z.boolean(),
});
export type StockSettingsDto = z.infer<typeof StockSettingsDto>;

export const HandOutDto = z.object({
  carnet: CarnetDto,
  /** A warning for the agent (the lot ends soon), or null. */
  warning: z.string().nullable(),
  /** The person's receipt (and the agent's copy when the desk keeps one). */
  receipts: z.array(PrintRequestDto),
});
export type HandOutDto = z.infer<typeof HandOutDto>;

/** A scanned or typed number, carnet or pass. */
export const StockCode = z.string().trim().min(1, 'Numéro vide.').max(80, 'Numéro trop long.');
const Note = z.string().trim().max(200, 'Motif : 200 caractères au plus.').default('');

/** Every agent hands carnets out (roles are cumulative); referents and administrators manage the stock and correct. */
const stockManagers = onlyRoles('referent', 'admin');

export const passMethods = {
  'stock.issuers': method({ input: z.object({}).strict(), output: z.array(IssuerDto), access: anyAgent }),
  /** Creates an issuer (no `id`) or changes its name and numbering rules. */
  'stock.save-issuer': method({
    input: z.object({ id: Id.optional(), name: z.string().trim().min(1, 'Nom de l’émetteur obligatoire.').max(80), carnetRule: NumberRuleSchema, passRule: NumberRuleSchema }),
    output: IssuerDto,
    access: stockManagers,
  }),
  'stock.lots': method({ input: z.object({}).strict(), output: z.array(LotDto), access: anyAgent }),
  'stock.create-lot': method({ input: LotFields, output: LotDto, access: stockManagers }),
  /** An issuer's delivery file (`carnet;pass`, one line per pass). `dryRun` only checks. */
  'stock.import-csv': method({
    input: z.object({
      lotId: Id,
      csv: z.string().max(30_000_000, 'Fichier trop gros : 30 Mo au plus.'),
      mode: z.enum(IMPORT_MODES).default('all-or-nothing'),
      dryRun: z.boolean().default(false),
    }),
    output: ImportReportDto,
    access: stockManagers,
  }),
  /** Consecutive carnets (and passes) from the first numbers; a carnet scanned on arrival is a range of one. */
  'stock.add-range': method({
    input: z.object({
      lotId: Id,
      firstCarnet: StockCode,
      carnetCount: z.number().int().min(1, 'Au moins 1 carnet.').max(20_000, '20 000 carnets au plus.'),
      firstPass: StockCode,
      dryRun: z.boolean().default(false),
    }),
    output: RangeReportDto,
    access: stockManagers,
  }),
  'stock.settings': method({ input: z.object({}).strict(), output: StockSettingsDto, access: anyAgent }),
  'stock.set-settings': method({ input: StockSettingsDto, output: StockSettingsDto, access: onlyRoles('admin') }),

  /** Scanning a carnet or any pass of it hands the whole carnet to the person and prints the receipt. */
  'carnets.hand-out': method({
    input: z.object({
      beneficiaryId: Id,
      code: StockCode,
      /** False when the person needs no paper now (the receipt can be printed later from the person's page). */
      printReceipt: z.boolean().default(true),
    }),
    output: HandOutDto,
    access: anyAgent,
  }),
  'carnets.of-person': method({ input: z.object({ beneficiaryId: Id }), output: z.array(CarnetDto), access: anyAgent }),
  'carnets.print-receipt': method({
    input: z.object({ carnetId: Id, copy: z.enum(['person', 'agent']).default('person') }),
    output: PrintRequestDto,
    access: anyAgent,
  }),
  /** Back to stock: an unused carnet returned by the person. */
  'carnets.take-back': method({ input: z.object({ carnetId: Id, note: Note }), output: CarnetDto, access: stockManagers }),
  /** A hand-out to the wrong person, corrected: the unused carnet goes to the right one. */
  'carnets.reassign': method({ input: z.object({ carnetId: Id, beneficiaryId: Id, note: Note }), output: CarnetDto, access: stockManagers }),
  'carnets.revoke': method({ input: z.object({ carnetId: Id, reason: z.enum(REVOCATION_REASONS), note: Note }), output: CarnetDto, access: stockManagers }),
  'passes.revoke': method({ input: z.object({ passNumber: StockCode, reason: z.enum(REVOCATION_REASONS), note: Note }), output: CarnetDto, access: stockManagers }),
  /** What a scanned or typed number is: its state, its carnet, its holder and its history. */
  'passes.lookup': method({ input: z.object({ code: StockCode }), output: LookupDto, access: anyAgent }),
} satisfies Record<string, MethodSpec>;
