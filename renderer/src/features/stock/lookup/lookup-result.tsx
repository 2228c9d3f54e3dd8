import { Alert, Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CarnetDto, LookupDto, StockEventDto } from '../../../../../electron/common/contract';
import { CARNET_STATE_LABELS, PASS_STATE_LABELS } from '../../../../../electron/common/domain/passes/pass-state';
import { peoplePaths } from '../../beneficiaries/paths';
import { personName } from '../../beneficiaries/search/person-label';
import { CARNET_STATE_COLORS, PASS_STATE_COLORS, displayDate, displayDateTime, formatCents } from '../format';
import { LookupActions } from './lookup-actions';

function History({ events }: { events: StockEventDto[] }) {
  const { t } = useTranslation();
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Stack gap={4} component="section" aria-labelledby="lookup-history">
      <Title order={3} size="h4" id="lookup-history">
        {t('stock.lookup.history')}
      </Title>
      {sorted.length === 0 ? <Text>{t('stock.lookup.noHistory')}</Text> : null}
      <List spacing={4} data-testid="lookup-history">
        {sorted.map((event, index) => (
          <List.Item key={`${event.at}-${index}`}>
            <Text span>{event.text}</Text>{' '}
            <Text span size="sm" c="dimmed">
              ({event.agentName ? t('stock.lookup.historyMeta', { date: displayDateTime(event.at), agent: event.agentName }) : t('stock.lookup.historyDate', { date: displayDateTime(event.at) })})
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function CarnetFacts({ carnet, onNavigate }: { carnet: CarnetDto; onNavigate(): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text>{t('stock.lookup.lot', { reference: carnet.lotReference, issuer: carnet.issuerName })}</Text>
      <Text>{t('stock.lookup.value', { value: formatCents(carnet.faceValueCents) })}</Text>
      <Text>{t('stock.lookup.validity', { validUntil: displayDate(carnet.validUntil), graceUntil: displayDate(carnet.graceUntil) })}</Text>
      <Text>
        {t('stock.lookup.holder')} :{' '}
        {carnet.holder ? (
          <Anchor component={Link} to={peoplePaths.person(carnet.holder.id)} onClick={onNavigate} fw={700} data-testid="lookup-holder">
            {personName(carnet.holder)}
          </Anchor>
        ) : (
          t('stock.lookup.noHolder')
        )}
      </Text>
    </Stack>
  );
}

/** What a looked-up number is: a pass (usable today or not), a carnet, or nothing known. */
export function LookupResult({ result, onChanged, onNavigate }: { result: LookupDto; onChanged(): Promise<unknown>; onNavigate(): void }) {
  const { t } = useTranslation();
  if (result.kind === 'not-found') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="lookup-result">
        {result.message}
      </Alert>
    );
  }
  const carnet = result.carnet;
  const pass = result.kind === 'pass' ? carnet.passes.find((candidate) => candidate.number === result.passNumber) ?? null : null;
  return (
    <Stack gap="md" data-testid="lookup-result">
      {result.kind === 'pass' && pass ? (
        <Card withBorder padding="md">
          <Stack gap="xs">
            <Title order={2} size="h3">
              {t('stock.lookup.pass', { number: pass.number })}
            </Title>
            <Group gap="xs">
              <Badge size="lg" color={PASS_STATE_COLORS[pass.state]} variant="filled">
                {t('stock.lookup.state', { state: PASS_STATE_LABELS[pass.state] })}
              </Badge>
            </Group>
            {result.redemption.ok ? (
              <Alert color="#1e6b31" variant="filled" icon={<IconCircleCheck aria-hidden />} data-testid="lookup-redemption">
                <Text fw={700} size="lg" c="white">
                  {t('stock.lookup.usable')}
                </Text>
              </Alert>
            ) : (
              <Alert color="#a51d1d" variant="filled" icon={<IconAlertTriangle aria-hidden />} data-testid="lookup-redemption">
                <Text fw={700} size="lg" c="white">
                  {result.redemption.message}
                </Text>
              </Alert>
            )}
          </Stack>
        </Card>
      ) : null}
      <Card withBorder padding="md">
        <Stack gap="xs">
          <Title order={result.kind === 'pass' ? 3 : 2} size="h3">
            {t('stock.lookup.carnet', { number: carnet.number })}
          </Title>
          <Group gap="xs">
            <Badge size="lg" color={CARNET_STATE_COLORS[carnet.state]} variant="filled">
              {t('stock.lookup.state', { state: CARNET_STATE_LABELS[carnet.state] })}
            </Badge>
          </Group>
          <CarnetFacts carnet={carnet} onNavigate={onNavigate} />
          {result.kind === 'carnet' ? (
            <Stack gap={4}>
              <Title order={3} size="h4">
                {t('stock.lookup.passes')}
              </Title>
              <List spacing={2} data-testid="lookup-passes">
                {carnet.passes.map((item) => (
                  <List.Item key={item.number}>{t('stock.lookup.passLine', { number: item.number, state: PASS_STATE_LABELS[item.state] })}</List.Item>
                ))}
              </List>
            </Stack>
          ) : null}
        </Stack>
      </Card>
      <LookupActions carnet={carnet} pass={pass} onChanged={onChanged} />
      <History events={result.history} />
    </Stack>
  );
}
