import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowBackUp, IconBan, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeneficiarySummaryDto, CarnetDto, PassDto } from '../../../../../electron/common/contract';
import { REVOCATION_REASONS, REVOCATION_REASON_LABELS, type RevocationReason } from '../../../../../electron/common/domain/passes/pass-state';
import { useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { toClientError, type ClientError } from '../../../transport';
import { canCall } from '../../auth/access';
import { useSession } from '../../auth/session-context';
import { PersonSearch } from '../../beneficiaries/search/person-search';
import { personName } from '../../beneficiaries/search/person-label';
import { ErrorAlert } from '../../errors/error-alert';

type Action = 'revoke-pass' | 'revoke-carnet' | 'take-back' | 'reassign';

/** Referents' corrections from the lookup: revoke a pass or the carnet, take an unused carnet back, reassign it. */
export function LookupActions({ carnet, pass, onChanged }: { carnet: CarnetDto; pass: PassDto | null; onChanged(): Promise<unknown> }) {
  const { t } = useTranslation();
  const client = useClient();
  const role = useSession().session?.agent.role;
  const [action, setAction] = useState<Action | null>(null);
  const [reason, setReason] = useState<RevocationReason>('perdu');
  const [note, setNote] = useState('');
  const [other, setOther] = useState<BeneficiarySummaryDto | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);

  if (!role) return null;
  const unused = carnet.passes.every((item) => item.state !== 'utilise' && item.state !== 'revoque');
  const handedOut = carnet.state === 'distribue' && carnet.holder !== null;
  const offers: Array<{ action: Action; label: string; icon: typeof IconBan; method: 'passes.revoke' | 'carnets.revoke' | 'carnets.take-back' | 'carnets.reassign' }> = [];
  if (pass && (pass.state === 'distribue' || pass.state === 'en-stock')) offers.push({ action: 'revoke-pass', label: t('stock.lookup.revokePass'), icon: IconBan, method: 'passes.revoke' });
  if (carnet.state !== 'revoque' && carnet.state !== 'epuise') offers.push({ action: 'revoke-carnet', label: t('stock.lookup.revokeCarnet'), icon: IconBan, method: 'carnets.revoke' });
  if (handedOut && unused) {
    offers.push({ action: 'take-back', label: t('stock.lookup.takeBack'), icon: IconArrowBackUp, method: 'carnets.take-back' });
    offers.push({ action: 'reassign', label: t('stock.lookup.reassign'), icon: IconUserShare, method: 'carnets.reassign' });
  }
  const allowed = offers.filter((offer) => canCall(role, offer.method));
  if (allowed.length === 0) return null;

  const start = (next: Action) => {
    setAction(next);
    setReason('perdu');
    setNote('');
    setOther(null);
    setError(null);
  };

  const confirm = async () => {
    if (!action) return;
    setBusy(true);
    setError(null);
    try {
      if (action === 'revoke-pass' && pass) await client.call('passes.revoke', { passNumber: pass.number, reason, note });
      else if (action === 'revoke-carnet') await client.call('carnets.revoke', { carnetId: carnet.id, reason, note });
      else if (action === 'take-back') await client.call('carnets.take-back', { carnetId: carnet.id, note });
      else if (action === 'reassign' && other) await client.call('carnets.reassign', { carnetId: carnet.id, beneficiaryId: other.id, note });
      else return;
      setAction(null);
      notifySuccess(t('stock.lookup.done'));
      await onChanged().catch(() => undefined);
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
    }
  };

  const question =
    action === 'revoke-pass'
      ? t('stock.lookup.confirmRevokePass', { number: pass?.number ?? '' })
      : action === 'revoke-carnet'
        ? t('stock.lookup.confirmRevokeCarnet', { number: carnet.number })
        : action === 'take-back'
          ? t('stock.lookup.confirmTakeBack', { number: carnet.number })
          : other
            ? t('stock.lookup.confirmReassign', { number: carnet.number, name: personName(other) })
            : t('stock.lookup.chooseOther');

  return (
    <Stack gap="sm" component="section" aria-labelledby="lookup-actions">
      <Title order={3} size="h4" id="lookup-actions">
        {t('stock.lookup.actions')}
      </Title>
      <Group gap="sm">
        {allowed.map((offer) => {
          const OfferIcon = offer.icon;
          return (
            <Button key={offer.action} variant={action === offer.action ? 'filled' : 'default'} color={offer.action.startsWith('revoke') ? 'red' : undefined} size="md" leftSection={<OfferIcon aria-hidden />} onClick={() => start(offer.action)}>
              {offer.label}
            </Button>
          );
        })}
      </Group>
      {action ? (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Text fw={700}>{question}</Text>
            <ErrorAlert error={error} />
            {action === 'reassign' && !other ? (
              <PersonSearch variant="inline" autoFocus excludeId={carnet.holder?.id} onPick={setOther} />
            ) : null}
            {action === 'reassign' && other ? (
              <Button variant="subtle" w="fit-content" onClick={() => setOther(null)}>
                {t('stock.lookup.changePerson')}
              </Button>
            ) : null}
            {action === 'revoke-pass' || action === 'revoke-carnet' ? (
              <NativeSelect
                size="md"
                label={t('stock.lookup.reason')}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value as RevocationReason)}
                data={REVOCATION_REASONS.map((value) => ({ value, label: REVOCATION_REASON_LABELS[value] }))}
              />
            ) : null}
            <TextInput size="md" label={t('stock.lookup.note')} value={note} maxLength={200} onChange={(event) => setNote(event.currentTarget.value)} />
            <Group gap="sm">
              <Button size="md" color={action.startsWith('revoke') ? 'red' : undefined} loading={busy} disabled={action === 'reassign' && !other} onClick={() => void confirm()}>
                {t('stock.lookup.confirm')}
              </Button>
              <Button size="md" variant="default" onClick={() => setAction(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
