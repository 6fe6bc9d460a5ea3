import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Tree, Typography, type GetRef } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { RegionDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { loadRegion } from '../api/use-region.query';
import { ancestorsInTree, buildRegionTree, type RegionNode } from '../utils/region-tree';

type Props = { roots: RegionDto[]; selected: string | null; onSelect: (code: string) => void; height: number };

/** Lazy-loading region tree: children come from `GET /api/regions/:code` when a node opens; a selection is revealed. */
export function RegionTree({ roots, selected, onSelect, height }: Props) {
  const { t } = useT();
  const qc = useQueryClient();
  const treeRef = useRef<GetRef<typeof Tree>>(null);
  const [loaded, setLoaded] = useState<Map<string, RegionDto[]>>(new Map());
  const [expanded, setExpanded] = useState<string[]>([]);
  const rootCodes = useMemo(() => roots.map((r) => r.code), [roots]);
  const treeData = useMemo(() => buildRegionTree(roots, loaded), [roots, loaded]);

  const loadChildren = useCallback(
    async (code: string) => {
      const detail = await loadRegion(qc, code);
      setLoaded((prev) => (prev.has(code) ? prev : new Map(prev).set(code, detail.children)));
      return detail;
    },
    [qc],
  );

  // Reveal a selection made elsewhere (search result, shared link): load each ancestor's children, then expand them.
  useEffect(() => {
    if (!selected) return;
    let cancelled = false;
    void (async () => {
      const detail = await loadRegion(qc, selected);
      const chain = ancestorsInTree(detail.path, rootCodes);
      for (const code of chain) {
        if (cancelled) return;
        await loadChildren(code);
      }
      if (cancelled) return;
      setExpanded((prev) => [...new Set([...prev, ...chain])]);
      window.setTimeout(() => treeRef.current?.scrollTo({ key: selected, align: 'auto' }), 50);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [selected, rootCodes, qc, loadChildren]);

  return (
    <Tree<RegionNode>
      ref={treeRef}
      aria-label={t('org.region.tree')}
      treeData={treeData}
      height={height}
      blockNode
      showLine
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys.map(String))}
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(String(key));
      }}
      loadData={async (node) => {
        // a failure is already reported by the global handler; resolving stops the tree from retrying in a loop
        await loadChildren(node.key).catch(() => undefined);
      }}
      titleRender={(node) => (
        <span>
          {node.region.name}{' '}
          <Typography.Text type="secondary" className="xz-mono">
            {node.region.code}
          </Typography.Text>
        </span>
      )}
    />
  );
}
