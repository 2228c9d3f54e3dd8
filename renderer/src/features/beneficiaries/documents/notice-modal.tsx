import { Button, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_LABELS, type BeneficiaryDto } from '../../../../../electron/common/contract';
import { useOpenSession } from '../../auth/session-context';
import { printHtml } from '../../devices/browser-print';
import { noticeFor, type Notice } from '../notice/notice-texts';
import { noticeHtml } from './notice-html';

function NoticeText({ notice, heading }: { notice: Notice; heading: string }) {
  return (
    <Stack gap="xs" component="section" aria-label={heading}>
      <Text size="sm" fw={700} c="dimmed">
        {heading}
      </Text>
      <div lang={notice.lang} dir={notice.dir} data-testid={`notice-${notice.lang}`}>
        <Title order={3}>{notice.title}</Title>
        {notice.paragraphs.map((paragraph) => (
          <Text key={paragraph} mt="xs">
            {paragraph}
          </Text>
        ))}
      </div>
    </Stack>
  );
}

/** The information notice, in French and in the person's preferred language, to read together or print. */
export function NoticeModal({ person, opened, onClose }: { person: BeneficiaryDto; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const session = useOpenSession();
  const commune = session.site.communeName;
  const french = noticeFor('fr', commune);
  const translated = person.language === 'fr' ? null : noticeFor(person.language, commune);
  const language = LANGUAGE_LABELS[person.language];
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('beneficiaries.documents.noticeTitle', { language })}
      size={translated ? 'xl' : 'lg'}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: translated ? 2 : 1 }} spacing="xl">
          <NoticeText notice={french} heading={t('beneficiaries.documents.noticeFrench')} />
          {translated ? <NoticeText notice={translated} heading={t('beneficiaries.documents.noticeTranslated', { language })} /> : null}
        </SimpleGrid>
        <Group gap="sm">
          <Button size="md" leftSection={<IconPrinter aria-hidden />} onClick={() => void printHtml(noticeHtml(french, translated)).catch(() => undefined)}>
            {t('beneficiaries.documents.printNotice')}
          </Button>
          <Button variant="default" size="md" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
