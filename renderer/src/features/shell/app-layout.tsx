import { AppShell, Button, Group, Text, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconLock, IconLogout, IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ErrorBoundary } from '../errors/error-boundary';
import { canCall } from '../auth/access';
import { useOpenSession, useSession } from '../auth/session-context';
import { HeaderPersonSearch } from '../beneficiaries/search/header-person-search';
import { useOptionalPassLookup } from '../stock/lookup/pass-lookup-context';
import { routeFor } from '../../app/routes';
import { NavLinks } from './nav-links';
import { StatusBar } from './status-bar';

const FOOTER_MIN_HEIGHT = 76;

/** Header (site, lock, logout), menu, the page, and the status bar. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useOpenSession();
  const { lock, logout } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const lookup = useOptionalPassLookup();
  // The status bar grows when a device needs attention (a long printer message): the footer follows it.
  const { ref: statusRef, height: statusHeight } = useElementSize();
  const footerHeight = Math.max(FOOTER_MIN_HEIGHT, Math.ceil(statusHeight) + 2);

  const signOut = async () => {
    await logout();
    navigate('/', { replace: true });
  };

  return (
    <AppShell
      header={{ height: 68 }}
      navbar={{ width: 240, breakpoint: 'xs' }}
      footer={{ height: footerHeight }}
      padding="xl"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text fw={800} size="xl" c="blue.9">
              {t('app.name')}
            </Text>
            <Text size="lg" fw={600} truncate>
              {session.site.name}
            </Text>
          </Group>
          {/* The « Personnes » page has its own, larger search field. */}
          {canCall(session.agent.role, 'beneficiaries.search') && pathname !== routeFor('people').path ? <HeaderPersonSearch /> : null}
          <Group gap="sm" wrap="nowrap">
            {lookup && canCall(session.agent.role, 'passes.lookup') ? (
              <Tooltip label={t('stock.lookup.shortcut')}>
                <Button variant="default" leftSection={<IconTicket aria-hidden />} aria-keyshortcuts="Control+L" onClick={() => lookup.open()}>
                  {t('stock.lookup.open')}
                </Button>
              </Tooltip>
            ) : null}
            <Button variant="default" leftSection={<IconLock aria-hidden />} onClick={() => void lock()}>
              {t('auth.lock')}
            </Button>
            <Button variant="default" leftSection={<IconLogout aria-hidden />} onClick={() => void signOut()}>
              {t('auth.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.nav.label')}>
        <NavLinks role={session.agent.role} />
      </AppShell.Navbar>
      <AppShell.Main>
        <ErrorBoundary key={pathname}>
          <Outlet />
        </ErrorBoundary>
      </AppShell.Main>
      <AppShell.Footer>
        <div ref={statusRef}>
          <StatusBar session={session} />
        </div>
      </AppShell.Footer>
    </AppShell>
  );
}
