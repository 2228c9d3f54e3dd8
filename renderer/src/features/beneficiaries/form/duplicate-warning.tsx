import { displayPhone } from '../../../../../electron/common/domain/beneficiaries/phone';
import { Alert, Anchor, Checkbox, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateCandidateDto } from '../../../../../electron/common/contract';
import { peoplePaths } from '../paths';
import { personName } from '../search/person-label';

/**
 * The people who may be the same person, with why; each opens in its page (the form's draft waits in memory).
 * Creating anyway takes the checkbox, when `confirmable`.
 */
export function DuplicateWarning({
  candidates,
  confirmable,
  confirmed,
  onConfirmedChange,
  error,
}: {
  candidates: DuplicateCandidateDto[];
  confirmable: boolean;
  confirmed: boolean;
  onConfirmedChange(confirmed: boolean): void;
  error?: string | null;
}) {
  const { t } = useTranslation();
  if (candidates.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('beneficiaries.duplicates.title')}
      role="region"
      aria-label={t('beneficiaries.duplicates.title')}
      data-testid="duplicate-warning"
    >
      <Stack gap="sm">
        <Text>{t('beneficiaries.duplicates.intro')}</Text>
        <List spacing="xs">
          {candidates.map((candidate) => (
            <List.Item key={candidate.id}>
              <Anchor component={Link} to={peoplePaths.person(candidate.id)} fw={700} c="blue.9" underline="always">
                {t('beneficiaries.duplicates.open', { name: personName(candidate) })}
              </Anchor>
              <Text size="sm">
                {[candidate.birthYear ? t('beneficiaries.search.born', { year: candidate.birthYear }) : null, candidate.communeName, candidate.phone ? displayPhone(candidate.phone) : null, candidate.email]
                  .filter(Boolean)
                  .join(' — ')}
              </Text>
              <Text size="sm">
                {t('beneficiaries.duplicates.reasons', {
                  reasons: candidate.reasons.map((reason) => t(`beneficiaries.duplicates.reason.${reason}`)).join(', '),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
        {confirmable ? (
          <Checkbox
            id="beneficiary-confirmDuplicate"
            size="md"
            label={t('beneficiaries.duplicates.confirm')}
            checked={confirmed}
            onChange={(event) => onConfirmedChange(event.currentTarget.checked)}
            error={error}
          />
        ) : null}
      </Stack>
    </Alert>
  );
}
