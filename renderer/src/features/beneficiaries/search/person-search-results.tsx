import { displayPhone } from '../../../../../electron/common/domain/beneficiaries/phone';
import { Text, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeneficiarySummaryDto } from '../../../../../electron/common/contract';
import { personName } from './person-label';

/**
 * The results as a listbox (at most the backend's page of results, so no virtualisation is needed yet); the
 * highlighted option follows the arrow keys and stays scrolled into view.
 */
export function PersonSearchResults({
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
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const option = list.current?.children[active];
    if (option instanceof HTMLElement && typeof option.scrollIntoView === 'function') option.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <ul ref={list} id={id} role="listbox" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 420, overflowY: 'auto' }}>
      {results.map((person, index) => {
        const selected = index === active;
        const details = [
          person.birthYear ? t('beneficiaries.search.born', { year: person.birthYear }) : null,
          person.communeName,
          person.phone ? displayPhone(person.phone) : null,
          person.email,
        ].filter(Boolean);
        return (
          <UnstyledButton
            component="li"
            key={person.id}
            id={`${id}-${person.id}`}
            role="option"
            aria-selected={selected}
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
              minHeight: 48,
              background: selected ? 'var(--mantine-color-blue-1)' : undefined,
              outline: selected ? '2px solid var(--mantine-color-blue-7)' : undefined,
              outlineOffset: -2,
            }}
          >
            <Text fw={700} size="lg">
              {personName(person)}
            </Text>
            {details.length > 0 ? <Text size="sm">{details.join(' — ')}</Text> : null}
          </UnstyledButton>
        );
      })}
    </ul>
  );
}
