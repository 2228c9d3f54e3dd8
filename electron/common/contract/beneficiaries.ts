import { SOCIAL_STATUSES } from '../domain/reports/social-status';
import { z } from 'zod';
import { AGE_BANDS } from '../domain/beneficiaries/criteria';
import { GENRE_LABELS, GENRES } from '../domain/beneficiaries/genre';
import { normalizePhone } from '../domain/beneficiaries/phone';
import { BilanAnswers, NeedsGridDefinition } from '../domain/bilans/needs-grid';
import { PrintRequestDto } from './devices';
import { StockEventDto } from './passes';
import { Id, InseeCode } from './dto';
import type { MethodSpec } from './methods';
import { anyAgent, onlyRoles } from './roles';

/**
 * Beneficiaries (the people helped) and their needs assessments (bilans). Inputs carry French messages per
 * field; the renderer can run the same schemas to show them beside the fields before sending.
 */

export { GENRES, GENRE_LABELS };
export const Genre = z.enum(GENRES);

export const QPV_ANSWERS = ['oui', 'non', 'ne-sait-pas'] as const;
export const QpvAnswer = z.enum(QPV_ANSWERS);

/** Languages the documents handed over exist in (French is the fallback). */
export const LANGUAGES = ['fr', 'en', 'ar', 'es', 'pt', 'ro', 'ta', 'zh'] as const;
export const Language = z.enum(LANGUAGES);
export const LANGUAGE_LABELS: Record<z.infer<typeof Language>, string> = {
  fr: 'Français',
  en: 'Anglais',
  ar: 'Arabe',
  es: 'Espagnol',
  pt: 'Portugais',
  ro: 'Roumain',
  ta: 'Tamoul',
  zh: 'Chinois',
};

export const NOTE_MAX_LENGTH = 500;

/**
 * An optional field: null, absent or an empty text means absent. Typed as `T | null` (optional) for callers;
 * at run time an empty text typed in a form is also accepted, as null.
 */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    schema.nullable().default(null),
  ) as unknown as z.ZodDefault<z.ZodNullable<T>>;

const PersonName = (label: string) =>
  z
    .string({ error: `${label} obligatoire.` })
    .trim()
    .min(1, `${label} obligatoire.`)
    .max(80, `${label} : 80 caractères au plus.`)
    .refine((value) => /\p{L}/u.test(value), `${label} : au moins une lettre.`);

export const BirthYear = z
  .number({ error: 'Année de naissance : 4 chiffres, par exemple 1962.' })
  .int('Année de naissance : 4 chiffres, par exemple 1962.')
  .min(1900, 'Année de naissance : 1900 ou après.')
  .max(9999, 'Année de naissance : 4 chiffres, par exemple 1962.');

export const Phone = z
  .string()
  .trim()
  .max(30, 'Numéro de téléphone trop long.')
  .refine((value) => normalizePhone(value) !== null, 'Numéro de téléphone invalide : 10 chiffres (06 12 34 56 78) ou +indicatif.')
  .transform((value) => normalizePhone(value) as string);

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Adresse e-mail trop longue.')
  .pipe(z.email('Adresse e-mail invalide, par exemple prenom.nom@exemple.fr.'));

export const CriterionCode = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Code de critère invalide.');

export const BeneficiaryFields = z
  .object({
    nom: PersonName('Nom'),
    prenom: PersonName('Prénom'),
    birthYear: optional(BirthYear),
    genre: Genre.default('non-communique'),
    socialStatus: z.enum(SOCIAL_STATUSES).default('non-communique'),
    communeCode: optional(InseeCode),
    qpv: QpvAnswer.default('ne-sait-pas'),
    qpvCode: optional(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^Q[PN][0-9A-Z]{5,7}$/, 'Code QPV attendu : QP ou QN suivi de chiffres et lettres, par exemple QP034001.'),
    ),
    phone: optional(Phone),
    noPhone: z.boolean().default(false),
    email: optional(Email),
    language: Language.default('fr'),
    priorityCriteria: z.array(CriterionCode).max(20).default([]),
    noticeGivenOn: optional(z.iso.date('Date de remise de la notice invalide.')),
    note: optional(z.string().trim().max(NOTE_MAX_LENGTH, `Note : ${NOTE_MAX_LENGTH} caractères au plus.`)),
  })
  .superRefine((value, ctx) => {
    if (value.noPhone && value.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'Téléphone saisi alors que « pas de téléphone » est coché.' });
    if (value.qpv !== 'oui' && value.qpvCode) ctx.addIssue({ code: 'custom', path: ['qpvCode'], message: 'Code QPV seulement si la personne réside dans un QPV.' });
  });
export type BeneficiaryFields = z.output<typeof BeneficiaryFields>;

export const BeneficiaryDto = z.object({
  id: Id,
  nom: z.string(),
  prenom: z.string(),
  birthYear: z.number().int().nullable(),
  ageBand: z.enum(AGE_BANDS),
  genre: Genre,
  socialStatus: z.enum(SOCIAL_STATUSES),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  qpv: QpvAnswer,
  qpvCode: z.string().nullable(),
  phone: z.string().nullable(),
  noPhone: z.boolean(),
  email: z.string().nullable(),
  language: Language,
  priorityCriteria: z.array(z.string()),
  noticeGivenOn: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set when the record was merged into another one (open that one instead). */
  mergedInto: Id.nullable(),
});
export type BeneficiaryDto = z.infer<typeof BeneficiaryDto>;

/** One line of the search results. */
export const BeneficiarySummaryDto = BeneficiaryDto.pick({
  id: true,
  nom: true,
  prenom: true,
  birthYear: true,
  communeName: true,
  phone: true,
  email: true,
});
export type BeneficiarySummaryDto = z.infer<typeof BeneficiarySummaryDto>;

export const DuplicateReason = z.enum(['nom', 'prenom', 'telephone', 'email']);
export const DuplicateCandidateDto = BeneficiarySummaryDto.extend({ reasons: z.array(DuplicateReason) });
export type DuplicateCandidateDto = z.infer<typeof DuplicateCandidateDto>;

export const CriterionDto = z.object({ code: z.string(), label: z.string(), builtIn: z.boolean() });
export type CriterionDto = z.infer<typeof CriterionDto>;

export const NeedsGridDto = z.object({ version: z.number().int().positive(), definition: NeedsGridDefinition, createdAt: z.string() });
export type NeedsGridDto = z.infer<typeof NeedsGridDto>;

export const BilanStatus = z.enum(['draft', 'completed']);
export const BilanDto = z.object({
  id: Id,
  beneficiaryId: Id,
  gridVersion: z.number().int().positive(),
  status: BilanStatus,
  answers: BilanAnswers,
  agentId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
});
export type BilanDto = z.infer<typeof BilanDto>;

export const TimelineEntryDto = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bilan'), at: z.string(), bilan: BilanDto }),
  /** A record merged into this one; `undoneAt` once a referent undid it. */
  z.object({ kind: z.literal('merge'), at: z.string(), mergedId: Id, mergeId: Id, undoneAt: z.string().nullable() }),
  /** A carnet handed over, taken back, revoked… or one of its passes used or revoked. */
  z.object({ kind: z.literal('stock'), at: z.string(), carnetId: Id, carnetNumber: z.string(), event: StockEventDto }),
  /** Booked into a workshop (`booked`), or the attendance recorded there (`attendance`): the text says which. */
  z.object({ kind: z.literal('booking'), at: z.string(), sessionId: Id, moment: z.enum(['booked', 'attendance']), text: z.string() }),
  /** Booked through the hub into another place's workshop (that place keeps the attendance). */
  z.object({ kind: z.literal('booking-elsewhere'), at: z.string(), bookingId: Id, siteName: z.string(), text: z.string(), agentName: z.string().nullable() }),
]);
export type TimelineEntryDto = z.infer<typeof TimelineEntryDto>;

/** Keeps each spec's exact types (like `method()` in methods.ts, without importing it at run time). */
const method = <T extends MethodSpec>(spec: T): T => spec;

const SearchQuery = z.string().max(100, 'Recherche : 100 caractères au plus.');

/** accueil finds and registers people; médiateurs run bilans; referents merge; admins edit the grid. */
const atDesk = anyAgent;
const assessors = onlyRoles('mediateur', 'referent', 'admin');

export const beneficiaryMethods = {
  'beneficiaries.search': method({
    input: z.object({ query: SearchQuery, limit: z.number().int().min(1).max(100).default(30) }),
    output: z.array(BeneficiarySummaryDto),
    access: atDesk,
  }),
  'beneficiaries.get': method({ input: z.object({ id: Id }), output: BeneficiaryDto, access: atDesk }),
  /** Without `confirmDuplicate`, nothing is created when probable duplicates exist: they are returned instead. */
  'beneficiaries.create': method({
    input: z.object({ fields: BeneficiaryFields, confirmDuplicate: z.boolean().default(false) }),
    output: z.object({ beneficiary: BeneficiaryDto.nullable(), duplicates: z.array(DuplicateCandidateDto) }),
    access: atDesk,
  }),
  'beneficiaries.update': method({ input: z.object({ id: Id, fields: BeneficiaryFields }), output: BeneficiaryDto, access: atDesk }),
  /** For the form as the agent types: probable duplicates of what is typed so far. */
  'beneficiaries.check-duplicates': method({
    input: z.object({
      nom: z.string().max(80).default(''),
      prenom: z.string().max(80).default(''),
      phone: z.string().max(30).nullable().default(null),
      email: z.string().max(254).nullable().default(null),
      excludeId: Id.optional(),
    }),
    output: z.array(DuplicateCandidateDto),
    access: atDesk,
  }),
  /** The survivor keeps its values and fills its gaps from the other record, which points to it afterwards. */
  'beneficiaries.merge': method({
    input: z.object({ survivorId: Id, mergedId: Id }),
    output: BeneficiaryDto,
    access: onlyRoles('referent', 'admin'),
  }),
  /** Undoes a merge while the surviving record is unchanged since: both records as they were, moved rows back. */
  'beneficiaries.undo-merge': method({ input: z.object({ mergeId: Id }), output: BeneficiaryDto, access: onlyRoles('referent', 'admin') }),
  'beneficiaries.history': method({ input: z.object({ id: Id }), output: z.array(TimelineEntryDto), access: atDesk }),
  'beneficiaries.criteria': method({ input: z.object({}).strict(), output: z.array(CriterionDto), access: atDesk }),
  /** The desk's own priority criteria, added to the closed list. */
  'beneficiaries.set-extra-criteria': method({
    input: z.object({
      criteria: z
        .array(z.object({ code: CriterionCode, label: z.string().trim().min(1, 'Libellé obligatoire.').max(80) }))
        .max(20),
    }),
    output: z.array(CriterionDto),
    access: onlyRoles('admin'),
  }),

  'bilans.grid': method({ input: z.object({ version: z.number().int().positive().optional() }), output: NeedsGridDto, access: atDesk }),
  'bilans.grid-update': method({ input: z.object({ definition: NeedsGridDefinition }), output: NeedsGridDto, access: onlyRoles('admin') }),
  /** Creates the draft (no `id`) or saves it again; answers are checked against the bilan's grid version. */
  'bilans.save-draft': method({
    input: z.object({ id: Id.optional(), beneficiaryId: Id, answers: BilanAnswers }),
    output: BilanDto,
    access: assessors,
  }),
  'bilans.complete': method({
    input: z.object({ id: Id.optional(), beneficiaryId: Id, answers: BilanAnswers }),
    output: BilanDto,
    access: assessors,
  }),
  'bilans.get': method({ input: z.object({ id: Id }), output: BilanDto, access: atDesk }),
  /** The short summary on the receipt printer, handed to the person (free-text answers left out). */
  'bilans.print-summary': method({ input: z.object({ id: Id }), output: PrintRequestDto, access: atDesk }),
} satisfies Record<string, MethodSpec>;
