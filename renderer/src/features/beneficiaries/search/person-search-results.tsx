import { displayPhone } from '../../../../../electron/common/domain/beneficiaries/phone';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeneficiarySummaryDto } from '../../../../../electron/common/contract';
import { personName } from './person-label';
import { useWindowedRows } from './windowed-rows';
import './person-search.css';

/** Each result is one row of this height (name, then one line of details; person-search.css): the list is virtualised. */
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

/**
 * One result, in plain HTML (each answer renders a screenful of them); memoised, so that typing or moving the
 * highlight re-renders only the rows that changed.
 */
const PersonOption = memo(function PersonOption({ listId, person, index, setSize, selected, onHover, onPick }: PersonOptionProps) {
  const { t } = useTranslation();
  const details = [
    person.birthYear ? t('beneficiaries.search.born', { year: person.birthYear }) : null,
    person.communeName,
    person.phone ? displayPhone(person.phone) : null,
    person.email,
  ].filter(Boolean);
  return (
    <li
      id={`${listId}-${person.id}`}
      className="guichet-person-option"
      style={{ height: ROW_HEIGHT }}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      tabIndex={-1}
      // The field keeps the focus: a click picks without blurring it first.
      onMouseDown={(event) => event.preventDefault()}
      onMouseEnter={() => onHover(index)}
      onClick={() => onPick(person)}
    >
      <span className="guichet-person-option-name">{personName(person)}</span>
      {details.length > 0 ? <span className="guichet-person-option-details">{details.join(' — ')}</span> : null}
    </li>
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
