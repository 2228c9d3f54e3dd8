import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { methods, testMethods, type MethodName, type SignInResultDto } from '../../common/contract';
import { offsetClock, systemClock } from '../../common/domain/clock';
import { newId } from '../../common/domain/ids';
import { openDatabase } from '../../../db/open-database';
import { rotateDailyBackup } from '../../../db/backup';
import { startBackgroundCheckpoints } from '../../../db/checkpoint';
import { recordAudit } from '../../../db/change';
import { getSite } from '../../../db/repositories/site.repo';
import { verifyAuditChain } from '../../../db/audit';
import packageJson from '../../../package.json';
import { AgentsService } from '../app/agents/agents.service';
import { AuthService } from '../app/auth/auth.service';
import { DEFAULT_SCRYPT } from '../app/auth/password-hash';
import { CommunesService } from '../app/communes/communes.service';
import { DevicesService } from '../app/devices/devices.service';
import { startFakeDevices } from '../app/devices/fake-devices';
import { SetupService } from '../app/setup/setup.service';
import { BeneficiariesService } from '../app/beneficiaries/beneficiaries.service';
import { printBilanSummary } from '../app/bilans/bilan-printing';
import { BilansService } from '../app/bilans/bilans.service';
import { StatusService } from '../app/status/status.service';
import { StockService } from '../app/stock/stock.service';
import { ReportsService } from '../app/reports/reports.service';
import { WorkshopsService } from '../app/workshops/workshops.service';
import { findAgentById } from '../../../db/repositories/agent.repo';
import { CredentialStore } from '../sync/credential-store';
import { listPlaces, workshopsElsewhere } from '../sync/places';
import { SyncEngine } from '../sync/sync-engine';
import { SyncService } from '../sync/sync.service';
import type { Backend, BackendOptions, FrameSink } from './backend-types';
import type { CallContext } from './connection-context';
import { createDeviceEvents, type DeviceEvents } from './device-events';
import { dispatch, type DispatchHooks } from './dispatch';
import type { ProductionHandlers, TestHandlers } from './router';
import { SessionRegistry } from './session-registry';

export const DATABASE_FILE_NAME = 'guichet.db';
const DAY_MS = 24 * 3600 * 1000;

function requireAgent(ctx: CallContext): string {
  return requireSession(ctx).agentId;
}

function requireSession(ctx: CallContext): NonNullable<CallContext['session']> {
  // The dispatcher has already refused calls without a session; this narrows the type.
  if (!ctx.session) throw new Error('session expected');
  return ctx.session;
}

/** Composition root: database → services → handlers → connections. Throws DatabaseOpenError on refusal. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const movableClock = options.testHooks ? offsetClock(options.clock ?? systemClock) : null;
  const clock = movableClock ?? options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  mkdirSync(options.dataDir, { recursive: true });
  const backupDir = path.join(options.dataDir, 'backups');
  const db = openDatabase({
    file: path.join(options.dataDir, DATABASE_FILE_NAME),
    key: options.key,
    migrationsFolder: options.migrationsFolder,
    backupDir,
    clock,
  });
  const backupNow = () => {
    try {
      rotateDailyBackup(db, backupDir, clock);
    } catch (error) {
      log(`Sauvegarde quotidienne impossible : ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  backupNow();
  const backupTimer = setInterval(backupNow, DAY_MS / 24);
  backupTimer.unref();
  const checkpoints = startBackgroundCheckpoints(db, undefined, (error) =>
    log(`Point de contrôle de la base impossible : ${error instanceof Error ? error.message : String(error)}`),
  );

  const hashing = options.passwordHashing ?? DEFAULT_SCRYPT;
  const sessions = new SessionRegistry();
  const communes = new CommunesService();
  const setup = new SetupService(db, clock, communes, packageJson.version, hashing);
  const auth = new AuthService(db, clock, hashing);
  const agents = new AgentsService(db, clock, sessions, hashing);
  let deviceEvents: DeviceEvents | null = null;
  const fake = options.fakeDevices ? await startFakeDevices(options.fakeScanner) : null;
  const devices = new DevicesService({
    db,
    clock,
    dataDir: options.dataDir,
    host: options.host ?? null,
    fake,
    log,
    onScan: (scan) => deviceEvents?.scanned(scan),
    onScanFailed: (failure) => deviceEvents?.scanFailed(failure),
    onChange: () => deviceEvents?.changed(),
  });
  const host = options.host;
  const sealer = host?.sealSecret && host.unsealSecret ? { seal: host.sealSecret.bind(host), unseal: host.unsealSecret.bind(host) } : null;
  const credentials = new CredentialStore(options.dataDir, sealer);
  const syncEngine = new SyncEngine({
    db,
    clock,
    dataDir: options.dataDir,
    credentials,
    intervalMs: options.syncIntervalMs,
    fetch: options.hubFetch,
    log,
    onChange: (syncStatus) => {
      sessions.broadcastToUnlocked('sync.changed', syncStatus);
      deviceEvents?.changed();
    },
    onAgentsDisabled: (agentIds) => agentIds.forEach((agentId) => sessions.endAgentSessions(agentId)),
    onSessionsBooked: (sessionIds) => sessionIds.forEach((sessionId) => workshops.onChanged(sessionId)),
  });
  const sync = new SyncService(db, clock, syncEngine, credentials, packageJson.version, (id) => findAgentById(db, id)?.displayName ?? 'compte supprimé');
  const status = new StatusService(devices, syncEngine);
  const stock: StockService = new StockService(
    db,
    clock,
    devices,
    (): string[] => beneficiaries.criteria().map((criterion) => criterion.code),
    (limit) => workshops.upcomingWithSeats(limit),
    (limit) => workshopsElsewhere(db, clock(), limit),
  );
  const beneficiaries: BeneficiariesService = new BeneficiariesService(db, clock, communes, (id) => [...stock.timelineOf(id), ...workshops.timelineOf(id)]);
  const workshops: WorkshopsService = new WorkshopsService(db, clock, devices, (change) => sessions.broadcastToUnlocked('workshops.changed', change));
  const bilans = new BilansService(db, clock);
  bilans.ensureGrid();
  const reports = new ReportsService({
    db,
    clock,
    communeName: (code) => communes.getByCode(code)?.nom ?? code,
    criteria: () => beneficiaries.criteria(),
    lots: () => stock.lots(),
    printReceipt: (kind, layout) => devices.printReceipt(kind, layout),
    announceClose: (close) => sessions.broadcastToUnlocked('reports.day-closed', close),
  });
  deviceEvents = createDeviceEvents({
    sessions,
    devices: () => devices.state(),
    status: () => status.get(),
    expireIdle: (ctx) => auth.expireIdle(ctx),
    log,
  });
  await devices.start();
  syncEngine.start();

  /** A pass just used goes to the hub at once; its answer (≤ 2 s) is shown while the person is at the door. */
  async function withDoorCheck(result: SignInResultDto): Promise<SignInResultDto> {
    if (result.outcome !== 'present' || result.passNumber === null) return result;
    const hub = await sync.checkRedemption(result.passNumber);
    if (!hub) return result;
    // A pass accepted « à confirmer » keeps its explanation while the hub has not answered; once it has, the booking
    // is read again (its pass is no longer « à confirmer »).
    if (hub.status === 'waiting') return { ...result, hub: result.hub ?? hub };
    return { ...result, booking: workshops.booking(result.booking.id), hub };
  }

  const handlers: ProductionHandlers = {
    'app.status': () => setup.status(),
    'communes.search': (input) => communes.search(input.query, input.limit),
    'setup.complete': (input) => setup.complete(input),
    'auth.session': (_input, ctx) => auth.session(ctx),
    'auth.login': (input, ctx) => auth.login(ctx, input),
    'auth.logout': (_input, ctx) => auth.logout(ctx),
    'auth.lock': (_input, ctx) => auth.lock(ctx, 'manual'),
    'auth.unlock': (input, ctx) => auth.unlock(ctx, input),
    'auth.touch': () => null,
    'auth.set-pin': (input, ctx) => auth.setPin(ctx, input),
    'status.get': () => status.get(),
    'agents.list': () => agents.list(),
    'agents.create': (input, ctx) => agents.create(requireAgent(ctx), input),
    'agents.update': (input, ctx) => agents.update(requireAgent(ctx), input),
    'agents.set-disabled': (input, ctx) => agents.setDisabled(requireAgent(ctx), input),
    'agents.reset-password': (input, ctx) => agents.resetPassword(requireAgent(ctx), input),
    'devices.state': () => devices.state(),
    'devices.printer-choices': () => devices.printerChoices(),
    'devices.set-scanner': (input, ctx) => devices.setScanner(requireAgent(ctx), input),
    'devices.set-printer': (input, ctx) => devices.setPrinter(requireAgent(ctx), input),
    'devices.capture-start': (_input, ctx) => devices.startCapture(requireAgent(ctx)),
    'devices.capture-stop': (_input, ctx) => devices.stopCapture(requireAgent(ctx)),
    'devices.capture-keys': (input) => devices.captureKeys(input.keys),
    'printer.print-test': () => devices.printTest(),
    'printer.reprint-last': () => devices.reprintLast(),
    'printer.retry': (input) => devices.retry(input.id),
    'printer.cancel': (input) => devices.cancel(input.id),
    'printer.mark-printed': (input) => devices.markPrinted(input.id),
    'beneficiaries.search': (input) => beneficiaries.search(input.query, input.limit),
    'beneficiaries.get': (input) => beneficiaries.get(input.id),
    'beneficiaries.create': (input, ctx) => beneficiaries.create(requireAgent(ctx), input),
    'beneficiaries.update': (input, ctx) => beneficiaries.update(requireAgent(ctx), input),
    'beneficiaries.check-duplicates': (input) => beneficiaries.checkDuplicates(input),
    'beneficiaries.merge': (input, ctx) => beneficiaries.merge(requireAgent(ctx), input),
    'beneficiaries.undo-merge': (input, ctx) => beneficiaries.undoMerge(requireAgent(ctx), input.mergeId),
    'beneficiaries.history': (input) => beneficiaries.history(input.id),
    'beneficiaries.criteria': () => beneficiaries.criteria(),
    'beneficiaries.set-extra-criteria': (input, ctx) => beneficiaries.setExtraCriteria(requireAgent(ctx), input.criteria),
    'bilans.grid': (input) => bilans.grid(input.version),
    'bilans.grid-update': (input, ctx) => bilans.updateGrid(requireAgent(ctx), input.definition),
    'bilans.save-draft': (input, ctx) => bilans.saveDraft(requireAgent(ctx), input),
    'bilans.complete': (input, ctx) => bilans.complete(requireAgent(ctx), input),
    'bilans.get': (input) => bilans.get(input.id),
    'bilans.print-summary': (input) =>
      printBilanSummary(
        {
          clock,
          siteName: () => getSite(db)?.name ?? null,
          bilan: (id) => bilans.get(id),
          grid: (version) => bilans.grid(version),
          person: (id) => beneficiaries.get(id),
          print: (kind, layout) => devices.printReceipt(kind, layout),
        },
        input.id,
      ),
    'stock.issuers': () => stock.issuers(),
    'stock.save-issuer': (input, ctx) => stock.saveIssuer(requireAgent(ctx), input),
    'stock.lots': () => stock.lots(),
    'stock.create-lot': (input, ctx) => stock.createLot(requireAgent(ctx), input),
    'stock.import-csv': (input, ctx) => stock.importCsv(requireAgent(ctx), input),
    'stock.add-range': (input, ctx) => stock.addRange(requireAgent(ctx), input),
    'stock.settings': () => stock.settings(),
    'stock.set-settings': (input, ctx) => stock.setSettings(requireAgent(ctx), input),
    'carnets.hand-out': (input, ctx) => stock.handOut(requireSession(ctx), input),
    'carnets.of-person': (input) => stock.carnetsOf(input.beneficiaryId),
    'carnets.print-receipt': (input, ctx) => stock.printReceipt(requireAgent(ctx), input),
    'carnets.take-back': (input, ctx) => stock.takeBack(requireAgent(ctx), input),
    'carnets.reassign': (input, ctx) => stock.reassign(requireAgent(ctx), input),
    'carnets.revoke': (input, ctx) => stock.revokeCarnet(requireAgent(ctx), input),
    'passes.revoke': (input, ctx) => stock.revokePass(requireAgent(ctx), input),
    'passes.lookup': (input) => stock.lookup(input.code),
    'services.list': (input) => workshops.services(input.includeArchived),
    'services.save': (input, ctx) => workshops.saveService(requireAgent(ctx), input),
    'workshops.facilitators': () => workshops.facilitators(),
    'workshops.calendar': (input) => workshops.calendar(input),
    'workshops.get': (input) => workshops.get(input.id),
    'workshops.create': (input, ctx) => workshops.create(requireAgent(ctx), input),
    'workshops.update': (input, ctx) => workshops.update(requireAgent(ctx), input),
    'workshops.cancel': (input, ctx) => workshops.cancel(requireAgent(ctx), input),
    'workshops.close': (input, ctx) => workshops.close(requireAgent(ctx), input),
    'bookings.create': (input, ctx) => workshops.book(requireAgent(ctx), input),
    'bookings.cancel': (input, ctx) => workshops.cancelBooking(requireAgent(ctx), input.bookingId),
    'bookings.of-person': (input) => workshops.ofPerson(input.beneficiaryId),
    'bookings.print-slip': (input) => workshops.printSlip(input.bookingId),
    'bookings.reminders': (input) => workshops.reminders(input.date),
    'signin.scan': async (input, ctx) =>
      withDoorCheck(
        await workshops.signIn(requireSession(ctx), { sessionId: input.sessionId, code: input.code, beneficiaryId: input.expectedBeneficiaryId, confirm: input.confirm, approval: input.approval }),
      ),
    'signin.mark-present': (input, ctx) =>
      workshops.signIn(requireSession(ctx), { sessionId: input.sessionId, code: null, beneficiaryId: input.beneficiaryId, confirm: input.confirm, approval: input.approval }),
    'signin.mark-absent': (input, ctx) => workshops.markAbsent(requireAgent(ctx), input),
    'sync.status': () => sync.status(),
    'sync.now': () => sync.now(),
    'sync.enroll': (input, ctx) => sync.enroll(requireAgent(ctx), input),
    'sync.places': () => listPlaces(db, clock()),
    'sync.book-elsewhere': (input, ctx) => sync.bookElsewhere(requireAgent(ctx), input, (layout) => devices.printReceipt('booking', layout)),
    'sync.set-provisional-policy': (input, ctx) => sync.setProvisionalPolicy(requireAgent(ctx), input),
    'sync.review-list': (input) => sync.reviews(input.includeSettled),
    'sync.review-settle': (input, ctx) => sync.settle(requireAgent(ctx), input),
    'reports.day': (input, ctx) => reports.day(requireAgent(ctx), input.date),
    'reports.close-day': (input, ctx) => reports.closeDay(requireAgent(ctx), input.date),
    'reports.print-day': (input, ctx) => reports.printDay(requireAgent(ctx), input.date),
    'reports.open-days': () => reports.openDays(),
    'reports.period': (input) => reports.period(input.period, input.filters),
    'reports.filter-options': () => reports.filterOptions(),
    'reports.regie': (input) => reports.regie(input.month, input.issuerId),
    'reports.export': (input, ctx) => reports.export(requireAgent(ctx), input),
    'reports.dashboard': () => reports.dashboard(),
    'reports.settings': () => reports.settings(),
    'reports.save-settings': (input, ctx) => reports.saveSettings(requireAgent(ctx), input),
    'audit.verify': () => verifyAuditChain(db.sqlite),
  };
  const testHandlers: TestHandlers = {
    'test.clock.advance': (input) => {
      movableClock?.advance(input.ms);
      return { now: clock().toISOString() };
    },
    'test.scanner.emit': (input) => devices.emitTestScan(input),
    'test.printer.script': (input) => devices.scriptPrinter(input.state),
    'test.printer.received': () => devices.printedByFake(),
  };

  const enabled = new Set<MethodName>(Object.keys(methods) as MethodName[]);
  if (options.testHooks) for (const name of Object.keys(testMethods)) enabled.add(name as MethodName);

  const hooks: DispatchHooks = {
    enabled,
    handlers: options.testHooks ? { ...handlers, ...testHandlers } : handlers,
    beforeCall: (ctx) => auth.expireIdle(ctx),
    afterCall: (ctx, spec) => {
      if (!spec.passive) auth.touch(ctx);
    },
    onDenied: (ctx, method, code) =>
      recordAudit(db, clock, {
        actorId: ctx.session?.agentId ?? null,
        action: 'access.denied',
        targetType: 'method',
        targetId: method,
        details: { code, role: ctx.session?.role ?? null, carrier: ctx.carrier },
      }),
    onInternalError: (method, error) =>
      log(`Erreur interne sur ${method} : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  };

  return {
    connect(sink: FrameSink, carrier) {
      let open = true;
      const ctx: CallContext = {
        connectionId: newId(),
        carrier,
        session: null,
        notify: (event, payload) => {
          if (open) sink.send({ event, payload });
        },
      };
      sessions.add(ctx);
      return {
        async receive(raw) {
          const response = await dispatch(raw, ctx, hooks);
          if (open) sink.send(response);
        },
        close() {
          open = false;
          sessions.remove(ctx);
        },
      };
    },
    async close() {
      syncEngine.stop();
      clearInterval(backupTimer);
      checkpoints.stop();
      deviceEvents?.close();
      try {
        await devices.close();
      } catch (error) {
        log(`Arrêt des périphériques incomplet : ${error instanceof Error ? error.message : String(error)}`);
      }
      db.close();
    },
  };
}

