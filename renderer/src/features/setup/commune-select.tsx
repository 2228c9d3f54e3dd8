import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { communeLabel } from './commune-label';

export const COMMUNE_SEARCH_DEBOUNCE_MS = 200;

/**
 * A searchable list of the French communes, searched in the backend as the agent types (name, postal code
 * or INSEE code). Arrow keys and Enter choose an option.
 */
export function CommuneSelect({
  value,
  onChange,
  error,
  label,
  description,
  required = true,
  id,
}: {
  value: CommuneDto | null;
  onChange(commune: CommuneDto | null): void;
  error?: string | null;
  label?: string;
  description?: string;
  required?: boolean;
  id?: string;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, COMMUNE_SEARCH_DEBOUNCE_MS);
  const [results, setResults] = useState<CommuneDto[]>([]);
  const [loading, setLoading] = useState(false);
  const [searched, setSearched] = useState(false);
  const sequence = useRef(0);
  const selectedLabel = value ? communeLabel(t, value) : null;

  useEffect(() => {
    const query = debounced.trim().slice(0, 60);
    if (!query || query === selectedLabel) return;
    const current = ++sequence.current;
    setLoading(true);
    client.call('communes.search', { query, limit: 10 }).then(
      (communes) => {
        if (current !== sequence.current) return;
        setResults(communes);
        setSearched(true);
        setLoading(false);
      },
      () => {
        if (current !== sequence.current) return;
        setResults([]);
        setLoading(false);
      },
    );
  }, [client, debounced, selectedLabel]);

  const byCode = useMemo(() => {
    const map = new Map<string, CommuneDto>();
    for (const commune of results) map.set(commune.code, commune);
    if (value) map.set(value.code, value);
    return map;
  }, [results, value]);
  const data = useMemo(
    () => [...byCode.values()].map((commune) => ({ value: commune.code, label: communeLabel(t, commune) })),
    [byCode, t],
  );
  const visibleCodes = useMemo(() => new Set(results.map((commune) => commune.code)), [results]);

  return (
    <Select
      id={id}
      label={label ?? t('setup.site.commune')}
      description={description ?? t('setup.site.communeHelp')}
      searchable
      required={required}
      data={data}
      value={value?.code ?? null}
      onChange={(code) => onChange(code ? (byCode.get(code) ?? null) : null)}
      onSearchChange={setSearch}
      // The backend already searched: show its results as they are, in its order.
      filter={({ options }) => options.filter((option) => 'value' in option && visibleCodes.has(option.value))}
      nothingFoundMessage={searched && !loading ? t('setup.site.communeNothingFound') : undefined}
      rightSection={loading ? <Loader size="xs" aria-hidden /> : undefined}
      allowDeselect={!required}
      maxDropdownHeight={320}
      autoComplete="off"
      // Mounted only while open: the hidden list would otherwise share the field's label.
      comboboxProps={{ keepMounted: false }}
      error={error}
    />
  );
}
