import { IconAddressBook, IconBox, IconCalendarEvent, IconChartBar, IconCloudUpload, IconReceipt2, IconListDetails, IconClipboardList, IconDevices, IconHome, IconListCheck, IconMapPin, IconUserCircle, IconUsers, type Icon } from '@tabler/icons-react';
import type { MethodName } from '../../../electron/common/contract';

export type NavKey = 'home' | 'people' | 'workshops' | 'places' | 'stock' | 'close' | 'reports' | 'sync' | 'services' | 'agents' | 'criteria' | 'grid' | 'devices' | 'account';

export interface AppRoute {
  path: string;
  nav: NavKey;
  icon: Icon;
  /** The contract method the page depends on: its access rule decides who sees the page. */
  requires?: MethodName;
}

/** The pages of the app, in menu order. */
/** The full-screen sign-in of one session (outside the menu's layout). */
export const signInPath = (sessionId: string): string => `/emargement/${sessionId}`;
/** A session's page (bookings, waiting list, close). */
export const sessionPath = (sessionId: string): string => `/ateliers/${sessionId}`;
/** The close of one Paris day (`YYYY-MM-DD`). */
export const dayClosePath = (date: string): string => `/cloture/${date}`;

export const APP_ROUTES: readonly AppRoute[] = [
  { path: '/', nav: 'home', icon: IconHome },
  { path: '/personnes', nav: 'people', icon: IconAddressBook, requires: 'beneficiaries.search' },
  { path: '/ateliers', nav: 'workshops', icon: IconCalendarEvent, requires: 'workshops.calendar' },
  { path: '/lieux', nav: 'places', icon: IconMapPin, requires: 'sync.places' },
  { path: '/stock', nav: 'stock', icon: IconBox, requires: 'stock.lots' },
  { path: '/cloture', nav: 'close', icon: IconReceipt2, requires: 'reports.close-day' },
  { path: '/rapports', nav: 'reports', icon: IconChartBar, requires: 'reports.period' },
  { path: '/synchronisation', nav: 'sync', icon: IconCloudUpload, requires: 'sync.status' },
  { path: '/services', nav: 'services', icon: IconListDetails, requires: 'services.save' },
  { path: '/agents', nav: 'agents', icon: IconUsers, requires: 'agents.list' },
  { path: '/criteres', nav: 'criteria', icon: IconListCheck, requires: 'beneficiaries.set-extra-criteria' },
  { path: '/grille-bilan', nav: 'grid', icon: IconClipboardList, requires: 'bilans.grid-update' },
  { path: '/peripheriques', nav: 'devices', icon: IconDevices, requires: 'devices.set-scanner' },
  { path: '/mon-compte', nav: 'account', icon: IconUserCircle },
];

export function routeFor(nav: NavKey): AppRoute {
  const route = APP_ROUTES.find((candidate) => candidate.nav === nav);
  if (!route) throw new Error(`unknown route ${nav}`);
  return route;
}
