import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Role } from '../../../../electron/common/contract';
import { APP_ROUTES } from '../../app/routes';
import { canCall } from '../auth/access';

/** The main menu: only the pages the agent's role may open. */
export function NavLinks({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
      {APP_ROUTES.filter((route) => !route.requires || canCall(role, route.requires)).map((route) => {
        const active = route.path === '/' ? pathname === '/' : pathname.startsWith(route.path);
        const RouteIcon = route.icon;
        return (
          <NavLink
            key={route.path}
            component={Link}
            to={route.path}
            label={t(`shell.nav.${route.nav}`)}
            leftSection={<RouteIcon aria-hidden size={22} />}
            active={active}
            aria-current={active ? 'page' : undefined}
            variant="filled"
            styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
          />
        );
      })}
    </Stack>
  );
}
