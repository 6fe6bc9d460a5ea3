import { describe, expect, it } from 'vitest';
import { PAIRING_KIND_LABELS, type PairingKind } from '@xiezuo/domain';
import geo from '../geo/regions.geo.json';
import { regionShapes, type RegionCollection } from './geo-shapes';
import { buildPairingsBarOption, labelOf } from './pairings-bar.option';
import {
  buildPairingsMapOption,
  curvenessByBearing,
  lineWidth,
  mapTooltip,
  type MapInput,
} from './pairings-map.option';
import { pivotStats } from './pairing-stats';

const kindLabel = (k: PairingKind) => PAIRING_KIND_LABELS[k].zh;
const pivot = pivotStats(
  [
    { kind: 'enterprise_village', countyCode: '621022', countyName: '环县', count: 17 },
    { kind: 'district_county', countyCode: '621022', countyName: '环县', count: 1 },
    { kind: 'school_school', countyCode: '621021', countyName: '庆城县', count: 2 },
  ],
  [
    { code: '621022', name: '环县' },
    { code: '621021', name: '庆城县' },
    { code: '623027', name: '夏河县' },
  ],
);
const input = (compact = false): MapInput => ({
  mapName: 'test-map',
  shapes: regionShapes(geo as RegionCollection),
  eastCode: '120104',
  pivot,
  kindLabel,
  text: { pairings: (n) => `${n} 对`, inset: '南开区（放大）', eastTotal: '南开区结对合计', none: '暂无结对' },
  compact,
});

type Series = {
  type: string;
  name?: string;
  geoIndex?: number;
  data: {
    name: string;
    value: unknown;
    coords?: unknown;
    lineStyle?: { width: number };
    label?: { formatter: string };
  }[];
  tooltip?: { formatter: (p: unknown) => string };
};
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;

describe('pairings map option', () => {
  it('draws a line from the district to each county with pairings, wider for more, labelled with the count', () => {
    const lines = seriesOf(buildPairingsMapOption(input())).find((s) => s.type === 'lines')!;
    expect(lines.data.map((d) => [d.name, d.value, d.label?.formatter])).toEqual([
      ['环县', 18, '18 对'],
      ['庆城县', 2, '2 对'],
    ]);
    expect(lines.data[0]!.lineStyle!.width).toBeGreaterThan(lines.data[1]!.lineStyle!.width);
    const from = (lines.data[0]!.coords as [number, number][])[0]!;
    expect(from![0]).toBeCloseTo(117.15, 1);
  });

  it('shows the district twice: at its place and enlarged in an inset fitted to its bounds', () => {
    const option = buildPairingsMapOption(input()) as {
      geo: { map: string; boundingCoords?: [[number, number], [number, number]] }[];
    };
    expect(option.geo).toHaveLength(2);
    expect(option.geo.every((g) => g.map === 'test-map')).toBe(true);
    const [[w, n], [e, s]] = option.geo[1]!.boundingCoords!;
    expect(e - w).toBeLessThan(0.3);
    expect(n - s).toBeLessThan(0.3);
    expect(
      seriesOf(option)
        .filter((x) => x.type === 'effectScatter')
        .map((x) => x.geoIndex),
    ).toEqual([0, 1]);
  });

  it('lists counts by kind in the tooltips of counties and of the district', () => {
    const i = input();
    expect(mapTooltip(i, '环县')).toBe('<b>环县</b>：18 对<br/>区县结对：1<br/>企业—贫困村（万企帮万村）：17');
    expect(mapTooltip(i, '夏河县')).toBe('<b>夏河县</b>：0 对<br/>暂无结对');
    expect(mapTooltip(i, '南开区')).toContain('南开区结对合计</b>：20 对');
    const regions = seriesOf(buildPairingsMapOption(i)).find((s) => s.type === 'map')!;
    expect(regions.tooltip!.formatter({ name: '庆城县' })).toContain('学校结对：2');
  });

  it('bends lines by bearing so lines to neighbouring counties do not overlap', () => {
    const bends = curvenessByBearing(
      [117, 39],
      [
        { code: 'south', center: [107, 34] },
        { code: 'north', center: [107, 38] },
        { code: 'middle', center: [107, 36] },
      ],
    );
    expect(Object.fromEntries(bends)).toEqual({ north: -0.15, middle: 0.05, south: 0.25 });
    expect(curvenessByBearing([117, 39], [{ code: 'x', center: [107, 36] }]).get('x')).toBe(0.15);
  });

  it('scales line widths between a floor and a ceiling', () => {
    expect(lineWidth(0, 10)).toBe(1.5);
    expect(lineWidth(10, 10)).toBe(8);
    expect(lineWidth(5, 10)).toBeGreaterThan(1.5);
  });
});

describe('pairings bar option', () => {
  it('stacks one series per county over the kinds that occur, top-down', () => {
    const o = buildPairingsBarOption({ pivot, kindLabel, compact: false }) as {
      yAxis: { data: string[] };
      series: Series[];
    };
    expect(o.yAxis.data).toEqual(['学校结对', '企业—贫困村（万企帮万村）', '区县结对']);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['环县', [0, 17, 1]],
      ['庆城县', [2, 0, 0]],
      ['夏河县', [0, 0, 0]],
    ]);
    expect(labelOf({ value: 0 }, 17)).toBe('');
    expect(labelOf({ value: 4 }, 17)).toBe('4');
    // too short a segment for its number: the tooltip and the data table still have it
    expect(labelOf({ value: 1 }, 51)).toBe('');
  });
});
