import { z } from 'zod';
import { anyAgent, onlyRoles, publicAccess, type Access, Role } from './roles';
import {
  AgentDto,
  AppStatusDto,
  CommuneDto,
  DisplayName,
  Id,
  InseeCode,
  Login,
  Password,
  Pin,
  SessionDto,
  SiteDto,
  SiteKind,
  StatusDto,
} from './dto';
import {
  CapturedKey,
  DevicesDto,
  PrinterChoicesDto,
  PrinterSettings,
  PrintJobDto,
  PrintRequestDto,
  ScannerSettings,
} from './devices';
import { beneficiaryMethods } from './beneficiaries';
import { passMethods } from './passes';
import { reportMethods } from './reports';
import { syncMethods } from './sync';
import { workshopMethods } from './workshops';

export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  access: Access;
  /** Callable while the session is locked (unlock, logout, status). */
  whileLocked?: boolean;
  /** Background call (polling): does not count as the agent's activity for the idle lock. */
  passive?: boolean;
}

function method<I extends z.ZodType, O extends z.ZodType>(spec: {
  input: I;
  output: O;
  access: Access;
  whileLocked?: boolean;
  passive?: boolean;
}) {
  return spec;
}

const None = z.object({}).strict();
const Done = z.null();

/** Every method of the backend, declared once. Names are `domain.verb`. */
export const methods = {
  'app.status': method({ input: None, output: AppStatusDto, access: publicAccess }),
  'communes.search': method({
    input: z.object({ query: z.string().trim().min(1).max(60), limit: z.number().int().min(1).max(50).default(10) }),
    output: z.array(CommuneDto),
    access: publicAccess,
  }),
  'setup.complete': method({
    input: z.object({
      site: z.object({ name: z.string().trim().min(2).max(100), kind: SiteKind, communeCode: InseeCode }),
      admin: z.object({ displayName: DisplayName, login: Login, password: Password }),
    }),
    output: SiteDto,
    access: publicAccess,
  }),

  'auth.session': method({
    input: None,
    output: SessionDto.nullable(),
    access: publicAccess,
    whileLocked: true,
    passive: true,
  }),
  'auth.login': method({
    input: z.object({ login: z.string().trim().toLowerCase().min(1).max(40), password: z.string().min(1).max(200) }),
    output: SessionDto,
    access: publicAccess,
  }),
  'auth.logout': method({ input: None, output: Done, access: anyAgent, whileLocked: true }),
  'auth.lock': method({ input: None, output: Done, access: anyAgent, whileLocked: true }),
  'auth.unlock': method({
    input: z.union([z.object({ pin: Pin }).strict(), z.object({ password: z.string().min(1).max(200) }).strict()]),
    output: SessionDto,
    access: anyAgent,
    whileLocked: true,
  }),
  'auth.touch': method({ input: None, output: Done, access: anyAgent }),
  'auth.set-pin': method({
    input: z.object({ pin: Pin, password: z.string().min(1).max(200) }),
    output: Done,
    access: anyAgent,
  }),

  'status.get': method({ input: None, output: StatusDto, access: anyAgent, whileLocked: true, passive: true }),

  'agents.list': method({ input: None, output: z.array(AgentDto), access: onlyRoles('admin') }),
  'agents.create': method({
    input: z.object({ displayName: DisplayName, login: Login, role: Role, password: Password }),
    output: AgentDto,
    access: onlyRoles('admin'),
  }),
  'agents.update': method({
    input: z.object({ id: Id, displayName: DisplayName, role: Role }),
    output: AgentDto,
    access: onlyRoles('admin'),
  }),
  'agents.set-disabled': method({
    input: z.object({ id: Id, disabled: z.boolean() }),
    output: AgentDto,
    access: onlyRoles('admin'),
  }),
  'agents.reset-password': method({
    input: z.object({ id: Id, password: Password }),
    output: AgentDto,
    access: onlyRoles('admin'),
  }),

  'devices.state': method({ input: None, output: DevicesDto, access: anyAgent, passive: true }),
  'devices.printer-choices': method({ input: None, output: PrinterChoicesDto, access: onlyRoles('admin') }),
  'devices.set-scanner': method({ input: ScannerSettings, output: DevicesDto, access: onlyRoles('admin') }),
  'devices.set-printer': method({ input: PrinterSettings, output: DevicesDto, access: onlyRoles('admin') }),
  /** Support's capture mode: raw HID reports and keystroke timings recorded to a file in the data folder. */
  'devices.capture-start': method({ input: None, output: DevicesDto, access: onlyRoles('admin') }),
  'devices.capture-stop': method({ input: None, output: DevicesDto, access: onlyRoles('admin') }),
  /** The renderer's keystrokes while capture is on (ignored when it is off). */
  'devices.capture-keys': method({ input: z.object({ keys: z.array(CapturedKey).max(500) }), output: Done, access: onlyRoles('admin'), passive: true }),

  'printer.print-test': method({ input: None, output: PrintRequestDto, access: anyAgent }),
  'printer.reprint-last': method({ input: None, output: PrintRequestDto.nullable(), access: anyAgent }),
  'printer.retry': method({ input: z.object({ id: Id }), output: PrintJobDto, access: anyAgent }),
  'printer.cancel': method({ input: z.object({ id: Id }), output: PrintJobDto, access: anyAgent }),
  /** Browser mode: the browser's print dialog was shown for this job. */
  'printer.mark-printed': method({ input: z.object({ id: Id }), output: PrintJobDto, access: anyAgent }),

  ...beneficiaryMethods,
  ...passMethods,
  ...workshopMethods,
  ...reportMethods,
  ...syncMethods,

  'audit.verify': method({
    input: None,
    output: z.object({ ok: z.boolean(), rows: z.number().int(), firstBrokenSeq: z.number().int().nullable() }),
    access: onlyRoles('admin'),
  }),
} satisfies Record<string, MethodSpec>;

/** Registered only when the backend starts with test hooks (`--test-hooks`). Never in production. */
export const testMethods = {
  'test.clock.advance': method({
    input: z.object({ ms: z.number().int().min(0).max(7 * 24 * 3600 * 1000) }),
    output: z.object({ now: z.string() }),
    access: publicAccess,
    whileLocked: true,
    /** Moving the clock is not activity at the counter. */
    passive: true,
  }),
  /** Fake scanner (`--fake-devices`): a scan, given as its code or as raw HID POS reports (hex). */
  'test.scanner.emit': method({
    input: z.union([
      z.object({ code: z.string().min(1).max(4000), symbology: z.string().max(40).optional() }).strict(),
      z
        .object({
          hidReports: z
            .array(z.string().regex(/^([0-9a-f]{2})+$/i, 'Rapport HID attendu en hexadécimal : des paires de caractères 0-9 et a-f.'))
            .min(1)
            .max(64),
        })
        .strict(),
    ]),
    output: Done,
    access: publicAccess,
    whileLocked: true,
    passive: true,
  }),
  /** Fake network printer (`--fake-devices`): the state it reports to status queries from now on. */
  'test.printer.script': method({
    input: z.object({ state: z.enum(['ready', 'paper-near-end', 'paper-out', 'cover-open', 'offline']) }),
    output: Done,
    access: publicAccess,
    whileLocked: true,
    passive: true,
  }),
  /** Fake network printer: the bytes of every job it printed, oldest first (hex). */
  'test.printer.received': method({
    input: None,
    output: z.object({ jobs: z.array(z.string()) }),
    access: publicAccess,
    whileLocked: true,
    passive: true,
  }),
} satisfies Record<string, MethodSpec>;

export const allMethods = { ...methods, ...testMethods };
export type Methods = typeof allMethods;
export type MethodName = keyof Methods;
export type Input<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type Output<M extends MethodName> = z.output<Methods[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(allMethods, name);
}
