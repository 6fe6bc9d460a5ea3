import { describe, expect, it } from 'vitest';
import type { RegionDto } from '@xiezuo/domain';
import { ancestorsInTree, buildRegionTree } from './region-tree';

const r = (code: string, level: RegionDto['level'], parentCode: string | null): RegionDto => ({
  code,
  name: code,
  level,
  parentCode,
  side: 'west',
});

describe('buildRegionTree', () => {
  const county = r('621022', 'county', '6210');
  const town = r('621022100', 'township', '621022');
  const village = r('621022100001', 'village', '621022100');

  it('leaves unloaded nodes expandable and marks villages and empty nodes as leaves', () => {
    expect(buildRegionTree([county], new Map())).toEqual([
      { key: '621022', title: '621022', region: county, isLeaf: false },
    ]);
    const tree = buildRegionTree(
      [county],
      new Map([
        ['621022', [town, r('621022101', 'township', '621022')]],
        ['621022101', []],
        ['621022100', [village]],
      ]),
    );
    expect(tree[0]?.children?.map((n) => [n.key, n.isLeaf])).toEqual([
      ['621022100', false],
      ['621022101', true],
    ]);
    expect(tree[0]?.children?.[0]?.children?.[0]?.isLeaf).toBe(true);
  });
});

describe('ancestorsInTree', () => {
  it('keeps only the ancestors at or below a root', () => {
    const path = [
      r('62', 'province', null),
      r('6210', 'city', '62'),
      r('621022', 'county', '6210'),
      r('621022100', 'township', '621022'),
    ];
    expect(ancestorsInTree(path, ['120104', '621022'])).toEqual(['621022', '621022100']);
    expect(ancestorsInTree(path, ['120104'])).toEqual([]);
  });
});
