import { useCallback, type ReactNode } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import type { MethodName, SessionDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { AccountPage } from '../account/account-page';
import { AgentsPage } from '../agents/agents-page';
import { BilanPage } from '../beneficiaries/bilan/bilan-page';
import { CreatePersonPage } from '../beneficiaries/form/create-person-page';
import { EditPersonPage } from '../beneficiaries/form/edit-person-page';
import { PersonPage } from '../beneficiaries/person/person-page';
import { PeoplePage } from '../beneficiaries/search/people-page';
import { CriteriaPage } from '../criteria/criteria-page';
import { GridEditorPage } from '../needs-grid/grid-editor-page';
import { DevicesProvider } from '../devices/devices-context';
import { DevicesPage } from '../devices/devices-page';
import { KeyboardScanner } from '../scanning/keyboard-scanner';
import { ScanBusProvider } from '../scanning/scan-bus';
import { canCall } from '../auth/access';
import { useSession } from '../auth/session-context';
import { useIdleLock } from '../auth/use-idle-lock';
import { AccessDeniedPage } from '../errors/access-denied-page';
import { NotFoundPage } from '../errors/not-found-page';
import { HomePage } from '../home/home-page';
import { PassLookupProvider } from '../stock/lookup/pass-lookup-context';
import { StockPage } from '../stock/stock-page';
import { DayClosePage } from '../reports/day-close/day-close-page';
import { ReportsPage } from '../reports/period/reports-page';
import { ServicesPage } from '../workshops/services/services-page';
import { WorkshopsPage } from '../workshops/calendar/workshops-page';
import { SessionPage } from '../workshops/session/session-page';
import { RemindersPage } from '../workshops/session/reminders-page';
import { SignInPage } from '../workshops/signin/signin-page';
import { PlacesPage } from '../sync/places-page';
import { SyncPage } from '../sync/sync-page';
import { routeFor } from '../../app/routes';
import { AppLayout } from './app-layout';

/** A page (or, without children, a group of nested routes) that the role must be allowed to open. */
function Guarded({ session, requires, children }: { session: SessionDto; requires?: MethodName; children?: ReactNode }) {
  if (requires && !canCall(session.agent.role, requires)) return <AccessDeniedPage role={session.agent.role} />;
  return children === undefined ? <Outlet /> : <>{children}</>;
}

/** The app behind a valid, unlocked session: idle lock, devices and scans, routes, shell. */
export function AuthenticatedApp({ session }: { session: SessionDto }) {
  const client = useClient();
  const { lock } = useSession();
  const onIdle = useCallback(() => void lock(), [lock]);
  const onActivity = useCallback(() => {
    client.call('auth.touch', {}).catch(() => undefined);
  }, [client]);
  useIdleLock({ idleMs: session.idleLockMinutes * 60_000, onIdle, onActivity });

  const people = routeFor('people');
  const stock = routeFor('stock');
  const workshops = routeFor('workshops');
  const services = routeFor('services');
  const close = routeFor('close');
  const reports = routeFor('reports');
  const sync = routeFor('sync');
  const places = routeFor('places');
  const agents = routeFor('agents');
  const criteria = routeFor('criteria');
  const grid = routeFor('grid');
  const devices = routeFor('devices');
  const account = routeFor('account');
  return (
    <DevicesProvider>
      <ScanBusProvider>
        <KeyboardScanner role={session.agent.role} />
        <PassLookupProvider>
          <Routes>
            <Route path="emargement/:id" element={<Guarded session={session} requires="signin.scan" />}>
              <Route index element={<SignInPage />} />
            </Route>
            <Route element={<AppLayout />}>
              <Route index element={<HomePage session={session} />} />
              <Route path={people.path.slice(1)} element={<Guarded session={session} requires={people.requires} />}>
                <Route index element={<PeoplePage />} />
                <Route path="nouvelle" element={<CreatePersonPage />} />
                <Route path=":id" element={<PersonPage />} />
                <Route path=":id/modifier" element={<EditPersonPage />} />
                <Route path=":id/bilans/nouveau" element={<BilanPage />} />
                <Route path=":id/bilans/:bilanId" element={<BilanPage />} />
              </Route>
              <Route path={workshops.path.slice(1)} element={<Guarded session={session} requires={workshops.requires} />}>
                <Route index element={<WorkshopsPage />} />
                <Route path="rappels" element={<RemindersPage />} />
                <Route path=":id" element={<SessionPage />} />
              </Route>
              <Route path={close.path.slice(1)} element={<Guarded session={session} requires={close.requires} />}>
                <Route index element={<DayClosePage />} />
                <Route path=":date" element={<DayClosePage />} />
              </Route>
              <Route
                path={reports.path.slice(1)}
                element={
                  <Guarded session={session} requires={reports.requires}>
                    <ReportsPage />
                  </Guarded>
                }
              />
              <Route
                path={places.path.slice(1)}
                element={
                  <Guarded session={session} requires={places.requires}>
                    <PlacesPage />
                  </Guarded>
                }
              />
              <Route
                path={sync.path.slice(1)}
                element={
                  <Guarded session={session} requires={sync.requires}>
                    <SyncPage />
                  </Guarded>
                }
              />
              <Route
                path={services.path.slice(1)}
                element={
                  <Guarded session={session} requires={services.requires}>
                    <ServicesPage />
                  </Guarded>
                }
              />
              <Route
                path={stock.path.slice(1)}
                element={
                  <Guarded session={session} requires={stock.requires}>
                    <StockPage />
                  </Guarded>
                }
              />
              <Route
                path={agents.path.slice(1)}
                element={
                  <Guarded session={session} requires={agents.requires}>
                    <AgentsPage />
                  </Guarded>
                }
              />
              <Route
                path={criteria.path.slice(1)}
                element={
                  <Guarded session={session} requires={criteria.requires}>
                    <CriteriaPage />
                  </Guarded>
                }
              />
              <Route
                path={grid.path.slice(1)}
                element={
                  <Guarded session={session} requires={grid.requires}>
                    <GridEditorPage />
                  </Guarded>
                }
              />
              <Route
                path={devices.path.slice(1)}
                element={
                  <Guarded session={session} requires={devices.requires}>
                    <DevicesPage />
                  </Guarded>
                }
              />
              <Route path={account.path.slice(1)} element={<AccountPage session={session} />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </PassLookupProvider>
      </ScanBusProvider>
    </DevicesProvider>
  );
}
