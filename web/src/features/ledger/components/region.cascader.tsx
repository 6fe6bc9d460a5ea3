import { useState } from 'react';
import { Cascader } from 'antd';
import { useQueries } from '@tanstack/react-query';
import type { RegionDetailDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { useRegion } from '../../org/api/use-region.query';
import { orgKeys } from '../../org/api/org.keys';
import { regionPath } from '../utils/field-controls';

type Props = {
  county: string | null;
  value?: string | null;
  onChange?: (v: string | null) => void;
  disabled?: boolean;
  id?: string;
  placeholder?: string;
};
type Option = { value: string; label: string; isLeaf?: boolean; children?: Option[] };

/** Township, then (optionally) village of one county; villages load when a township opens. */
export function RegionCascader({ county, value, onChange, disabled, id, placeholder }: Props) {
  const townships = useRegion(county);
  const [opened, setOpened] = useState<string[]>([]);
  const wanted = [...new Set([...opened, ...(value && value.length > 9 ? [value.slice(0, 9)] : [])])];
  const villages = useQueries({
    queries: wanted.map((code) => ({
      queryKey: orgKeys.region(code),
      queryFn: () => api.get<RegionDetailDto>(`/api/regions/${code}`),
      staleTime: 10 * 60_000,
    })),
  });
  const byTownship = new Map(wanted.map((code, i) => [code, villages[i]?.data?.children]));
  const options: Option[] = (townships.data?.children ?? []).map((t) => {
    const kids = byTownship.get(t.code);
    return {
      value: t.code,
      label: t.name,
      isLeaf: t.childCount === 0,
      children: kids?.map((v) => ({ value: v.code, label: v.name, isLeaf: true })),
    };
  });
  return (
    <Cascader<Option>
      id={id}
      options={options}
      value={regionPath(value)}
      changeOnSelect
      allowClear
      disabled={disabled || !county}
      placeholder={placeholder}
      showSearch={{ filter: (input, path) => path.some((o) => o.label.includes(input)) }}
      loadData={(selected) => {
        const code = selected[selected.length - 1]?.value;
        if (code) setOpened((prev) => (prev.includes(code) ? prev : [...prev, code]));
      }}
      onChange={(path) => onChange?.(path && path.length ? String(path[path.length - 1]) : null)}
    />
  );
}
