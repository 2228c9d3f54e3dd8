import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAddressBook, IconDevices, IconLock, IconUserCircle, IconUsers, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLE_LABELS, type SessionDto } from '../../../../electron/common/contract';
import { routeFor } from '../../app/routes';
import { canCall } from '../auth/access';
import { ReferentDashboard } from '../reports/dashboard/referent-dashboard';

function Section({ icon: SectionIcon, title, text, link }: { icon: Icon; title: string; text: string; link?: { to: string; label: string } }) {
  return (
    <Card withBorder padding="lg" radius="md" component="section">
      <Stack gap="sm" h="100%">
        <Title order={2} size="h3" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <SectionIcon aria-hidden size={26} />
          {title}
        </Title>
        <Text style={{ flex: 1 }}>{text}</Text>
        {link ? (
          <div>
            <Button component={Link} to={link.to} variant="light" size="md">
              {link.label}
            </Button>
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Home: who and where, and the sections this role can use. */
export function HomePage({ session }: { session: SessionDto }) {
  const { t } = useTranslation();
  const role = session.agent.role;
  const people = routeFor('people');
  const agents = routeFor('agents');
  const devices = routeFor('devices');
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>{t('home.greeting', { name: session.agent.displayName })}</Title>
        <Text size="lg">{t('home.site', { site: session.site.name, commune: session.site.communeName })}</Text>
        <Text>{t('home.role', { role: ROLE_LABELS[role] })}</Text>
      </Stack>
      {canCall(role, 'reports.dashboard') ? <ReferentDashboard /> : null}
      <Stack gap="md">
        <Title order={2}>{t('home.sectionsTitle')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="lg">
          {people.requires && canCall(role, people.requires) ? (
            <Section
              icon={IconAddressBook}
              title={t('beneficiaries.home.title')}
              text={t('beneficiaries.home.text')}
              link={{ to: people.path, label: t('beneficiaries.home.link') }}
            />
          ) : null}
          {agents.requires && canCall(role, agents.requires) ? (
            <Section
              icon={IconUsers}
              title={t('home.agents.title')}
              text={t('home.agents.text')}
              link={{ to: agents.path, label: t('home.agents.link') }}
            />
          ) : null}
          {devices.requires && canCall(role, devices.requires) ? (
            <Section
              icon={IconDevices}
              title={t('home.devices.title')}
              text={t('home.devices.text')}
              link={{ to: devices.path, label: t('home.devices.link') }}
            />
          ) : null}
          <Section
            icon={IconUserCircle}
            title={t('home.account.title')}
            text={t('home.account.text')}
            link={{ to: routeFor('account').path, label: t('home.account.link') }}
          />
          <Section
            icon={IconLock}
            title={t('home.lockTip.title')}
            text={t('home.lockTip.text', { minutes: session.idleLockMinutes })}
          />
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
