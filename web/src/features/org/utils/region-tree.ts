import type { RegionDto } from '@xiezuo/domain';

export type RegionNode = { key: string; title: string; isLeaf: boolean; region: RegionDto; children?: RegionNode[] };

/** Children loaded so far, by parent code. A parent with an empty list has been loaded and has none. */
export type ChildrenByCode = ReadonlyMap<string, readonly RegionDto[]>;

/**
 * Tree nodes for antd's Tree from the roots and whatever children have been loaded.
 * Villages never have children; other nodes are leaves only once loading showed them empty.
 */
export function buildRegionTree(roots: readonly RegionDto[], loaded: ChildrenByCode): RegionNode[] {
  const toNode = (region: RegionDto): RegionNode => {
    const kids = loaded.get(region.code);
    const node: RegionNode = {
      key: region.code,
      title: region.name,
      region,
      isLeaf: region.level === 'village' || (kids !== undefined && kids.length === 0),
    };
    if (kids && kids.length) node.children = kids.map(toNode);
    return node;
  };
  return roots.map(toNode);
}

/** The codes to expand so `target` shows: its ancestors that lie inside one of the tree's roots (root included). */
export function ancestorsInTree(path: readonly RegionDto[], rootCodes: readonly string[]): string[] {
  return path.map((p) => p.code).filter((code) => rootCodes.some((root) => code.startsWith(root)));
}
