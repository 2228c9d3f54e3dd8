import { displayPhone } from '../../../../../electron/common/domain/beneficiaries/phone';
import { Text, UnstyledButton } from '@mantine/core';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeneficiarySummaryDto } from '../../../../../electron/common/contract';
import { personName } from './person-label';
import { useWindowedRows } from './windowed-rows';

/** Each result is one row of this height (name, then one line of details): the list is virtualised. */
const ROW_HEIGHT = 72;
const LIST_HEIGHT = 432;

interface PersonOptionProps {
  listId: string;
  person: BeneficiarySummaryDto;
  index: number;
  setSize: number;
  selected: boolean;
  onHover(index: number): void;
  onPick(person: BeneficiarySummaryDto): void;
}

/** One result; memoised, so that typing or moving the highlight re-renders only the rows that changed. */
const PersonOption = memo(function PersonOption({ listId, person, index, setSize, selected, onHover, onPick }: PersonOptionProps) {
  const { t } = useTranslation();
  const details = [
    person.birthYear ? t('beneficiaries.search.born', { year: person.birthYear }) : null,
    person.communeName,
    person.phone ? displayPhone(person.phone) : null,
    person.email,
  ].filter(Boolean);
  return (
    <UnstyledButton
      component="li"
      id={`${listId}-${person.id}`}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      tabIndex={-1}
      // The field keeps the focus: a click picks without blurring it first.
      onMouseDown={(event) => event.preventDefault()}
      onMouseEnter={() => onHover(index)}
      onClick={() => onPick(person)}
      px="md"
      py="sm"
      style={{
        display: 'block',
        width: '100%',
        borderRadius: 6,
        height: ROW_HEIGHT,
        overflow: 'hidden',
        background: selected ? 'var(--mantine-color-blue-1)' : undefined,
        outline: selected ? '2px solid var(--mantine-color-blue-7)' : undefined,
        outlineOffset: -2,
      }}
    >
      <Text fw={700} size="lg" truncate="end">
        {personName(person)}
      </Text>
      {details.length > 0 ? (
        <Text size="sm" truncate="end">
          {details.join(' — ')}
        </Text>
      ) : null}
    </UnstyledButton>
  );
});

/**
 * The results as a virtualised listbox: only the rows in view are in the page, each saying its position in the
 * whole list (`aria-posinset` / `aria-setsize`); the highlighted option follows the arrow keys and stays in view.
 * Memoised: a keystroke that brings no new answer does not re-render the list.
 */
export const PersonSearchResults = memo(function PersonSearchResults({
  id,
  label,
  results,
  active,
  onHover,
  onPick,
}: {
  id: string;
  label: string;
  results: BeneficiarySummaryDto[];
  active: number;
  onHover(index: number): void;
  onPick(person: BeneficiarySummaryDto): void;
}) {
  const list = useRef<HTMLUListElement>(null);
  const rows = useWindowedRows(list, results.length, ROW_HEIGHT, LIST_HEIGHT, active);

  return (
    <ul
      ref={list}
      id={id}
      role="listbox"
      aria-label={label}
      onScroll={rows.onScroll}
      style={{ listStyle: 'none', margin: 0, paddingTop: rows.padTop, paddingBottom: rows.padBottom, paddingLeft: 0, paddingRight: 0, maxHeight: LIST_HEIGHT, overflowY: 'auto' }}
    >
      {results.slice(rows.first, rows.last).map((person, offset) => (
        <PersonOption
          key={person.id}
          listId={id}
          person={person}
          index={rows.first + offset}
          setSize={results.length}
          selected={rows.first + offset === active}
          onHover={onHover}
          onPick={onPick}
        />
      ))}
    </ul>
  );
});
