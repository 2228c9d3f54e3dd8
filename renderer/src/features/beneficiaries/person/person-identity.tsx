import { displayPhone } from '../../../../../electron/common/domain/beneficiaries/phone';
import { Alert, Card, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { GENRE_LABELS, LANGUAGE_LABELS, type BeneficiaryDto, type CriterionDto } from '../../../../../electron/common/contract';
import { SOCIAL_STATUS_LABELS } from '../../../../../electron/common/domain/reports/social-status';
import { formatDate } from './format-date';

/** The record as the agent reads it: identity, contact, situation, criteria and the note. */
export function PersonIdentity({ person, criteria }: { person: BeneficiaryDto; criteria: CriterionDto[] }) {
  const { t } = useTranslation();
  const band = t(`beneficiaries.ageBands.${person.ageBand}`);
  const labelOf = (code: string) => criteria.find((criterion) => criterion.code === code)?.label ?? code;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="person-identity">
      <Stack gap="sm">
        <Title order={2} size="h3" id="person-identity">
          {t('beneficiaries.person.identity')}
        </Title>
        <List spacing={4} listStyleType="none" data-testid="person-identity">
          <List.Item>{person.birthYear ? t('beneficiaries.person.born', { year: person.birthYear, band }) : t('beneficiaries.person.bornUnknown')}</List.Item>
          <List.Item>{t('beneficiaries.person.genre', { genre: GENRE_LABELS[person.genre] })}</List.Item>
          <List.Item>{t('beneficiaries.person.socialStatus', { status: SOCIAL_STATUS_LABELS[person.socialStatus] })}</List.Item>
          <List.Item>{person.communeName ? t('beneficiaries.person.commune', { name: person.communeName }) : t('beneficiaries.person.communeUnknown')}</List.Item>
          <List.Item>
            {t('beneficiaries.person.qpv', { answer: t(`beneficiaries.qpv.${person.qpv}`) })}
            {person.qpvCode ? ` (${person.qpvCode})` : ''}
          </List.Item>
          <List.Item>
            {person.noPhone
              ? t('beneficiaries.person.noPhone')
              : person.phone
                ? t('beneficiaries.person.phone', { phone: displayPhone(person.phone) })
                : t('beneficiaries.person.phoneUnknown')}
          </List.Item>
          {person.email ? <List.Item>{t('beneficiaries.person.email', { email: person.email })}</List.Item> : null}
          <List.Item>{t('beneficiaries.person.language', { language: LANGUAGE_LABELS[person.language] })}</List.Item>
          <List.Item>
            {person.noticeGivenOn ? t('beneficiaries.person.notice', { date: formatDate(person.noticeGivenOn) }) : t('beneficiaries.person.noNotice')}
          </List.Item>
        </List>
        <Title order={3} size="h4">
          {t('beneficiaries.person.criteria')}
        </Title>
        {person.priorityCriteria.length > 0 ? (
          <List spacing={2}>
            {person.priorityCriteria.map((code) => (
              <List.Item key={code}>{labelOf(code)}</List.Item>
            ))}
          </List>
        ) : (
          <Text>{t('beneficiaries.person.noCriteria')}</Text>
        )}
        {person.note ? (
          <Alert color="gray" variant="light" title={t('beneficiaries.person.note')} icon={<IconAlertTriangle aria-hidden />}>
            <Text size="xs" mb={4}>
              {t('beneficiaries.fields.noteWarning')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{person.note}</Text>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
