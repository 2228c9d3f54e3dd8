import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconClockExclamation, IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REVIEW_OUTCOME_LABELS, type ReviewItemDto } from '../../../../electron/common/contract';
import { FactList, type Fact } from './fact-list';
import { instantText } from './sync-format';
import { reviewSubject } from './review-subject';

/**
 * One conflict or rejection: what happened (the operation, the pass, the session and the person as this desk knows
 * them, the other site, the hub's message, when), then its settlement or « Régler ».
 */
export function ReviewItemCard({ item, onSettle }: { item: ReviewItemDto; onSettle?: () => void }) {
  const { t } = useTranslation();
  const titleId = `sync-review-${item.id}`;
  const facts: Array<Fact | null> = [
    { label: t('sync.review.operation'), value: item.operationLabel },
    item.passNumber ? { label: t('sync.review.pass'), value: item.passNumber } : null,
    item.sessionTitle ? { label: t('sync.review.session'), value: item.sessionTitle } : null,
    item.personName ? { label: t('sync.review.person'), value: item.personName } : null,
    item.otherSite ? { label: t('sync.review.otherSite'), value: t('sync.review.otherSiteValue', { name: item.otherSite.name, instant: instantText(item.otherSite.at) }) } : null,
    { label: t('sync.review.message'), value: item.message },
    item.occurredAt ? { label: t('sync.review.occurredAt'), value: instantText(item.occurredAt) } : null,
    { label: t('sync.review.detectedAt'), value: instantText(item.detectedAt) },
  ];
  const { settlement } = item;

  return (
    <Paper withBorder p="lg" component="article" aria-labelledby={titleId} data-testid="review-item">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={3} size="h4" id={titleId}>
            {t(`sync.review.kinds.${item.kind}`)}
          </Title>
          {settlement ? (
            <Badge size="lg" variant="light" color="green" leftSection={<IconCircleCheck aria-hidden size={16} />}>
              {t('sync.review.settled')}
            </Badge>
          ) : (
            <Badge size="lg" variant="light" color="orange" leftSection={<IconClockExclamation aria-hidden size={16} />}>
              {t('sync.review.toSettle')}
            </Badge>
          )}
        </Group>
        <FactList facts={facts.filter((fact): fact is Fact => fact !== null)} />
        {settlement ? (
          <Stack gap={4} data-testid="review-settlement">
            <Text fw={700}>
              {t('sync.review.settlement', { instant: instantText(settlement.at), name: settlement.byName, outcome: REVIEW_OUTCOME_LABELS[settlement.outcome] })}
            </Text>
            {settlement.comment ? <Text>{t('sync.review.comment', { comment: settlement.comment })}</Text> : null}
          </Stack>
        ) : onSettle ? (
          <Group>
            <Button size="md" leftSection={<IconGavel aria-hidden />} aria-label={t('sync.review.settleLabel', { what: reviewSubject(t, item) })} onClick={onSettle}>
              {t('sync.review.settle')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
