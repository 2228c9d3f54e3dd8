import { Button, Group, Loader, Paper, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeneficiarySummaryDto } from '../../../../../electron/common/contract';
import { ErrorAlert } from '../../errors/error-alert';
import { PersonSearchResults } from './person-search-results';
import { SEARCH_LIMIT, usePersonSearch } from './use-person-search';

export interface PersonSearchProps {
  /** `header`: a compact field whose results float over the page; `page` and `inline`: results below the field. */
  variant: 'header' | 'page' | 'inline';
  onPick(person: BeneficiarySummaryDto): void;
  /** Shows « Inscrire une nouvelle personne » when nothing is found (prefilled with the query). */
  onRegister?(query: string): void;
  /** Ctrl+K focuses this field from anywhere (the header's field only). */
  withShortcut?: boolean;
  /** A record not to offer (the merge dialog's own person). */
  excludeId?: string;
  label?: string;
  autoFocus?: boolean;
  /** Sets the query from outside (a scanned code). */
  externalQuery?: { value: string; at: number } | null;
}

/** An answer slower than this shows a spinner in the field; a normal one (a few ms) comes before it would. */
const SLOW_ANSWER_MS = 400;

/**
 * The field's busy spinner, only for a slow answer: shown on every keystroke it would flicker, and adding and
 * removing it twice per key re-lays out the field while the agent types.
 */
function SlowAnswerSpinner({ busy }: { busy: boolean }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) {
      setSlow(false);
      return undefined;
    }
    const timer = setTimeout(() => setSlow(true), SLOW_ANSWER_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  return busy && slow ? <Loader size="xs" aria-hidden /> : null;
}

function isShortcut(event: globalThis.KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/**
 * Finds a person as the agent types: a combobox (the field) and a listbox of results. Arrow keys move through
 * the results, Enter opens the highlighted one, Escape closes the list (or empties the field).
 */
export function PersonSearch({ variant, onPick, onRegister, withShortcut, excludeId, label, autoFocus, externalQuery }: PersonSearchProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(variant !== 'header');
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const search = usePersonSearch();
  const { query, changeQuery } = search;
  const results = useMemo(
    () => (excludeId ? search.results.filter((person) => person.id !== excludeId) : search.results),
    [excludeId, search.results],
  );
  const trimmed = query.trim();
  const showPanel = open && trimmed.length > 0;
  // The highlighted result goes back to the first one with each new answer (no extra render to reset it).
  const [highlight, setHighlight] = useState<{ answered: string | null; index: number }>({ answered: null, index: 0 });
  const active = highlight.answered === search.answered ? highlight.index : 0;
  const moveActive = useCallback(
    (next: (index: number) => number) =>
      setHighlight((current) => {
        const from = current.answered === search.answered ? current.index : 0;
        const index = next(from);
        // The pointer resting on the row already highlighted (new rows slide under it) changes nothing.
        return index === from ? current : { answered: search.answered, index };
      }),
    [search.answered],
  );
  const highlightRow = useCallback((index: number) => moveActive(() => index), [moveActive]);

  const enterPending = useRef<string | null>(null);

  useEffect(() => {
    if (!externalQuery) return;
    changeQuery(externalQuery.value);
    setOpen(true);
  }, [externalQuery, changeQuery]);

  useEffect(() => {
    if (!withShortcut) return undefined;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [withShortcut]);

  const pick = (person: BeneficiarySummaryDto) => {
    enterPending.current = null;
    if (variant === 'header') {
      changeQuery('');
      setOpen(false);
    }
    onPick(person);
  };
  // The results list is memoised: it gets one picker for its whole life, which calls the latest `pick`.
  const latestPick = useRef(pick);
  useEffect(() => {
    latestPick.current = pick;
  });
  const pickFromList = useCallback((person: BeneficiarySummaryDto) => latestPick.current(person), []);

  // Enter pressed before the answer: open the first result once the answer to the same text is in.
  useEffect(() => {
    if (enterPending.current === null || search.loading || search.answered !== enterPending.current) return;
    if (enterPending.current !== trimmed) {
      enterPending.current = null;
      return;
    }
    const first = results[0];
    enterPending.current = null;
    if (first) pick(first);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      moveActive((index) => Math.min(index + 1, Math.max(results.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      moveActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Home' && showPanel && results.length > 0 && event.ctrlKey) {
      event.preventDefault();
      highlightRow(0);
    } else if (event.key === 'End' && showPanel && results.length > 0 && event.ctrlKey) {
      event.preventDefault();
      highlightRow(results.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const person = results[active];
      // Only the answer to what is typed now: never open a stale result. Typed faster than the answer came,
      // Enter opens the first result of the answer to what is typed now, as soon as it arrives.
      if (person && search.answered === trimmed && !search.loading) pick(person);
      else if (!(search.answered === trimmed && !search.loading)) enterPending.current = trimmed;
    } else if (event.key === 'Escape') {
      if (variant === 'header' && open) {
        event.preventDefault();
        setOpen(false);
      } else if (query) {
        event.preventDefault();
        changeQuery('');
      }
    }
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (variant !== 'header') return;
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setOpen(false);
  };

  const activeId = showPanel && results[active] ? `${listId}-${results[active].id}` : undefined;
  const settled = search.answered === trimmed && !search.loading;
  const panel = (
    <Stack gap="xs">
      <VisuallyHidden role="status">
        {settled && !search.error ? t('beneficiaries.search.count', { count: results.length }) : ''}
      </VisuallyHidden>
      <ErrorAlert error={search.error} />
      {results.length > 0 ? (
        <PersonSearchResults
          id={listId}
          label={t('beneficiaries.search.results')}
          results={results}
          active={active}
          onHover={highlightRow}
          onPick={pickFromList}
        />
      ) : null}
      {settled && results.length === 0 && !search.error ? (
        <Stack gap="sm" align="flex-start">
          <Text size="lg">{t('beneficiaries.search.none', { query: trimmed })}</Text>
          {onRegister ? (
            <Button size="md" leftSection={<IconUserPlus aria-hidden />} onClick={() => onRegister(trimmed)}>
              {t('beneficiaries.search.register')}
            </Button>
          ) : null}
        </Stack>
      ) : null}
      {search.results.length >= SEARCH_LIMIT ? (
        <Text size="sm" c="dimmed">
          {t('beneficiaries.search.limited', { count: SEARCH_LIMIT })}
        </Text>
      ) : null}
      {results.length > 0 && onRegister ? (
        <Group>
          <Button variant="subtle" size="sm" leftSection={<IconUserPlus aria-hidden />} onClick={() => onRegister(trimmed)}>
            {t('beneficiaries.search.register')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );

  return (
    <div
      onBlur={onBlur}
      role={variant === 'header' ? 'search' : undefined}
      // The query the shown results answer (benchmarks and tests wait for it).
      data-answered={settled ? trimmed : undefined}
      style={{ position: 'relative', width: variant === 'header' ? 420 : '100%' }}
    >
      <TextInput
        ref={input}
        label={variant === 'header' ? undefined : (label ?? t('beneficiaries.search.label'))}
        aria-label={variant === 'header' ? t('beneficiaries.search.label') : undefined}
        description={variant === 'page' ? `${t('beneficiaries.search.hint')} ${t('beneficiaries.search.shortcut')}` : undefined}
        placeholder={variant === 'header' ? `${t('beneficiaries.search.label')} (Ctrl+K)` : t('beneficiaries.search.placeholder')}
        size={variant === 'header' ? 'md' : 'lg'}
        leftSection={<IconSearch aria-hidden size={20} />}
        // Always there (empty while answers are quick), so that the field's width never changes as the agent types.
        rightSection={<SlowAnswerSpinner busy={search.loading} />}
        value={query}
        onChange={(event) => {
          enterPending.current = null;
          changeQuery(event.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={showPanel && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-keyshortcuts={withShortcut ? 'Control+K' : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        autoFocus={autoFocus}
        // Dialogs focus their [data-autofocus] field when they open.
        data-autofocus={autoFocus || undefined}
        type="search"
      />
      {showPanel ? (
        variant === 'header' ? (
          <Paper
            withBorder
            shadow="md"
            p="sm"
            style={{ position: 'absolute', top: '100%', left: 0, right: 0, marginTop: 4, zIndex: 300, maxHeight: '70vh', overflowY: 'auto' }}
          >
            {panel}
          </Paper>
        ) : (
          <div style={{ marginTop: 12 }}>{panel}</div>
        )
      ) : null}
    </div>
  );
}
