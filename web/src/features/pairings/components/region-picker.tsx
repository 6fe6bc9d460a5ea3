import { useCallback, useMemo, useState } from 'react';
import { TreeSelect } from '../../../components/select';
import { useQueryClient } from '@tanstack/react-query';
import type { RegionDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useRegionSearch } from '../../org/api/use-region-search.query';
import { loadRegion } from '../../org/api/use-region.query';
import type { RegionValue } from '../utils/pairing-form';

type Node = { id: string; pId: string | 0; value: string; title: string; isLeaf: boolean };
/** A root of the picker: the district, or an assisted county. */
export type RegionRoot = { code: string; name: string };
type Props = {
  id?: string;
  roots: readonly RegionRoot[];
  value?: RegionValue;
  onChange?: (v: RegionValue | undefined) => void;
  placeholder?: string;
};

const toNode = (r: RegionDto, pId: string | 0): Node => ({
  id: r.code,
  pId,
  value: r.code,
  title: r.name,
  isLeaf: r.level === 'village' || r.childCount === 0,
});

/**
 * Picks a region below the given roots: browse level by level (children from `GET /api/regions/:code`), or type to
 * search (`GET /api/regions?q=`, limited to the roots' subtrees). Holds `{ value: code, label }`.
 */
export function RegionPicker({ id, roots, value, onChange, placeholder }: Props) {
  const { t } = useT();
  const qc = useQueryClient();
  const [loaded, setLoaded] = useState<Node[]>([]);
  const [q, setQ] = useState('');
  const search = useRegionSearch(q);
  const rootCodes = useMemo(() => roots.map((r) => r.code), [roots]);

  const tree = useMemo(
    () => [...roots.map((r): Node => ({ id: r.code, pId: 0, value: r.code, title: r.name, isLeaf: false })), ...loaded],
    [roots, loaded],
  );
  const found = useMemo(
    () =>
      (search.data?.items ?? [])
        .filter((r) => rootCodes.some((c) => r.code.startsWith(c)))
        .map((r) => ({ ...toNode(r, 0), isLeaf: true, title: `${r.name}（${t(`org.level.${r.level}`)} ${r.code}）` })),
    [search.data, rootCodes, t],
  );

  const loadData = useCallback(
    async (node: { value?: string | number }) => {
      const code = String(node.value);
      const detail = await loadRegion(qc, code);
      setLoaded((prev) =>
        prev.some((n) => n.pId === code) ? prev : [...prev, ...detail.children.map((c) => toNode(c, code))],
      );
    },
    [qc],
  );

  const searching = q.trim().length > 0;
  return (
    <TreeSelect<RegionValue>
      id={id}
      labelInValue
      allowClear
      value={value}
      placeholder={placeholder}
      treeDataSimpleMode
      treeData={searching ? found : tree}
      loadData={searching ? undefined : loadData}
      showSearch={{ searchValue: q, onSearch: setQ, filterTreeNode: false, autoClearSearchValue: true }}
      notFoundContent={searching && search.isFetching ? t('pairings.form.searching') : t('pairings.form.noRegion')}
      onChange={(v) => {
        setQ('');
        onChange?.(v ? { value: String(v.value), label: v.label } : undefined);
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(480px, 92vw)' } } }}
      style={{ width: '100%' }}
    />
  );
}
