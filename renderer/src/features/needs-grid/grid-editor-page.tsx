import { ActionIcon, Alert, Button, Group, List, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsGridDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { formatDate } from '../beneficiaries/person/format-date';
import { GridQuestionEditor } from './grid-question-editor';
import { errorPlace, move, newQuestion, newSection, QUESTION_TYPES, withCodes, type GridDraft, type QuestionType } from './grid-draft';

/**
 * « Grille de bilan » (administrators): the needs-assessment grid as data. Saving makes a new version; the bilans
 * already answered keep the version they were answered with.
 */
export function GridEditorPage() {
  const { t } = useTranslation();
  const client = useClient();
  const [current, setCurrent] = useState<NeedsGridDto | null>(null);
  const [draft, setDraft] = useState<GridDraft | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [saving, setSaving] = useState(false);
  const [newType, setNewType] = useState<Record<number, QuestionType>>({});

  const show = (grid: NeedsGridDto) => {
    setCurrent(grid);
    setDraft(grid.definition);
  };

  useEffect(() => {
    client.call('bilans.grid', {}).then(show, (caught: unknown) => setError(toClientError(caught)));
  }, [client]);

  if (!draft || !current) {
    return (
      <Stack gap="lg" maw={960}>
        <Title order={1}>{t('grid.title')}</Title>
        <ErrorAlert error={error} />
      </Stack>
    );
  }

  const setSections = (sections: GridDraft['sections']) => setDraft({ ...draft, sections });
  const updateSection = (index: number, change: Partial<GridDraft['sections'][number]>) =>
    setSections(draft.sections.map((section, i) => (i === index ? { ...section, ...change } : section)));

  const save = async () => {
    setError(null);
    setSaving(true);
    try {
      const saved = await client.call('bilans.grid-update', { definition: withCodes(draft) });
      show(saved);
      notifySuccess(t('grid.saved', { version: saved.version }));
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setSaving(false);
    }
  };

  const fieldErrors = Object.entries(error?.fields ?? {});

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t('grid.title')}</Title>
      <Text>{t('grid.intro')}</Text>
      <Text fw={600}>{t('grid.version', { version: current.version, date: formatDate(current.createdAt) })}</Text>
      {error ? (
        <Alert color="red" variant="light" role="alert" title={error.message}>
          {fieldErrors.length > 0 ? (
            <List>
              {fieldErrors.map(([path, message]) => (
                <List.Item key={path}>{`${errorPlace(path, draft)} : ${message}`}</List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      <TextInput size="md" label={t('grid.gridTitle')} value={draft.title} maxLength={200} onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })} />
      {draft.sections.map((section, sectionIndex) => {
        const sectionName = section.label || t('grid.section', { n: sectionIndex + 1 });
        const type = newType[sectionIndex] ?? 'single';
        return (
          <Paper key={section.code || `new-section-${sectionIndex}`} withBorder p="lg" component="section" aria-label={sectionName}>
            <Stack gap="md">
              <Group align="flex-end" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  size="md"
                  label={t('grid.sectionLabel', { n: sectionIndex + 1 })}
                  value={section.label}
                  maxLength={200}
                  onChange={(event) => updateSection(sectionIndex, { label: event.currentTarget.value })}
                />
                <ActionIcon
                  size="xl"
                  variant="default"
                  aria-label={t('grid.removeSection', { name: sectionName })}
                  onClick={() => setSections(draft.sections.filter((_, i) => i !== sectionIndex))}
                >
                  <IconTrash aria-hidden />
                </ActionIcon>
              </Group>
              {section.questions.map((question, questionIndex) => (
                <GridQuestionEditor
                  key={question.code || `new-question-${questionIndex}`}
                  question={question}
                  number={questionIndex + 1}
                  onChange={(changed) => updateSection(sectionIndex, { questions: section.questions.map((q, i) => (i === questionIndex ? changed : q)) })}
                  onMove={(step) => updateSection(sectionIndex, { questions: move(section.questions, questionIndex, step) })}
                  onRemove={() => updateSection(sectionIndex, { questions: section.questions.filter((_, i) => i !== questionIndex) })}
                />
              ))}
              <Group align="flex-end">
                <Select
                  size="md"
                  label={t('grid.newQuestionType', { name: sectionName })}
                  data={QUESTION_TYPES.map((value) => ({ value, label: t(`grid.types.${value}`) }))}
                  value={type}
                  allowDeselect={false}
                  onChange={(value) => value && setNewType({ ...newType, [sectionIndex]: value as QuestionType })}
                />
                <Button
                  size="md"
                  variant="default"
                  leftSection={<IconPlus aria-hidden />}
                  onClick={() => updateSection(sectionIndex, { questions: [...section.questions, newQuestion(type, '')] })}
                >
                  {t('grid.addQuestion')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button size="md" variant="default" leftSection={<IconPlus aria-hidden />} onClick={() => setSections([...draft.sections, newSection('', newQuestion('yes-no', ''))])}>
          {t('grid.addSection')}
        </Button>
        <Button size="md" leftSection={<IconDeviceFloppy aria-hidden />} loading={saving} onClick={() => void save()}>
          {t('grid.save')}
        </Button>
        <Button size="md" variant="subtle" onClick={() => { setDraft(current.definition); setError(null); }}>
          {t('grid.reset')}
        </Button>
      </Group>
    </Stack>
  );
}
