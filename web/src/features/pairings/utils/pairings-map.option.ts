import type { PairingKind } from '@xiezuo/domain';
import type { ChartOption } from '../../../components/e-chart';
import { padBox, type LngLat, type RegionShape } from './geo-shapes';
import { countyColor, escapeHtml, type CountyStats, type StatsPivot } from './pairing-stats';

export type MapText = {
  /** "12 对" / "12 pairings" */
  pairings: (n: number) => string;
  /** caption of the enlarged district */
  inset: string;
  /** tooltip heading of the district: every pairing it takes part in */
  eastTotal: string;
  none: string;
};

export type MapInput = {
  mapName: string;
  shapes: readonly RegionShape[];
  eastCode: string;
  pivot: StatsPivot;
  kindLabel: (k: PairingKind) => string;
  text: MapText;
  /** phone layout: the inset sits below the map instead of in its corner */
  compact: boolean;
};

const EAST_COLOR = '#b91c1c';
const LINE_MIN = 1.5;
const LINE_MAX = 8;

/** Line width for a county's pairing count: proportional to the largest count, never thinner than LINE_MIN. */
export function lineWidth(count: number, max: number): number {
  if (max <= 0 || count <= 0) return LINE_MIN;
  return Math.round((LINE_MIN + (LINE_MAX - LINE_MIN) * (count / max)) * 10) / 10;
}

/**
 * Bends that keep lines to neighbouring counties apart: lines ordered by bearing from the district (the most
 * northerly first) get -0.15 … 0.25, so the northern line bows north and the southern one south; a single line 0.15.
 */
export function curvenessByBearing(
  from: LngLat,
  targets: readonly { code: string; center: LngLat }[],
): Map<string, number> {
  const bearing = (c: LngLat) => Math.atan2(c[1] - from[1], from[0] - c[0]);
  const sorted = [...targets].sort((a, b) => bearing(b.center) - bearing(a.center));
  const n = sorted.length;
  return new Map(
    sorted.map((t, i) => [t.code, n === 1 ? 0.15 : Math.round((-0.15 + (0.4 * i) / (n - 1)) * 100) / 100]),
  );
}

/** Tooltip lines "kind: n", in the order of the kinds that occur. */
export function kindLines(
  byKind: Partial<Record<PairingKind, number>>,
  kinds: readonly PairingKind[],
  kindLabel: (k: PairingKind) => string,
): string[] {
  return kinds.filter((k) => (byKind[k] ?? 0) > 0).map((k) => `${escapeHtml(kindLabel(k))}：${byKind[k]}`);
}

function nameOf(params: unknown): string {
  const p = params as { name?: unknown } | null;
  return typeof p?.name === 'string' ? p.name : '';
}

/** Tooltip text for a region or line, by the region's (or the line's county's) name. */
export function mapTooltip(input: MapInput, name: string): string {
  const { pivot, text, kindLabel } = input;
  const east = input.shapes.find((s) => s.code === input.eastCode);
  if (east && name === east.name) {
    return [
      `<b>${escapeHtml(text.eastTotal)}</b>：${text.pairings(pivot.total)}`,
      ...kindLines(pivot.byKind, pivot.kinds, kindLabel),
    ].join('<br/>');
  }
  const county = pivot.counties.find((c) => c.name === name);
  if (!county) return escapeHtml(name);
  const lines = kindLines(county.byKind, pivot.kinds, kindLabel);
  return [
    `<b>${escapeHtml(county.name)}</b>：${text.pairings(county.total)}`,
    ...(lines.length ? lines : [escapeHtml(text.none)]),
  ].join('<br/>');
}

function countyShapes(input: MapInput): { county: CountyStats; shape: RegionShape; color: string }[] {
  return input.pivot.counties.flatMap((county, i) => {
    const shape = input.shapes.find((s) => s.code === county.code);
    return shape ? [{ county, shape, color: countyColor(i) }] : [];
  });
}

/**
 * The pairing map: the district and its counties in one geographic view, a line from the district to each county
 * whose width and label carry the pairing count, and the district enlarged in an inset (it is a few pixels wide
 * at the scale that shows the counties). Tooltips list the counts by kind.
 */
export function buildPairingsMapOption(input: MapInput): ChartOption {
  const { mapName, shapes, eastCode, pivot, text, compact } = input;
  const east = shapes.find((s) => s.code === eastCode);
  const counties = countyShapes(input);
  const max = Math.max(0, ...counties.map((c) => c.county.total));
  const eastCenter: LngLat = east?.center ?? [117.16, 39.12];
  const tooltip = (params: unknown) => mapTooltip(input, nameOf(params));
  const bends = curvenessByBearing(
    eastCenter,
    counties.map((c) => ({ code: c.county.code, center: c.shape.center })),
  );
  const inset = compact
    ? { left: '60%', top: '66%', width: '38%', height: '30%' }
    : { left: '74%', top: '60%', width: '24%', height: '34%' };

  const regions = [
    // the district is a dot at this scale: its name goes on the marker (and the inset), not on the shape
    ...(east
      ? [{ name: east.name, itemStyle: { areaColor: '#fecaca', borderColor: EAST_COLOR }, label: { show: false } }]
      : []),
    ...counties.map((c) => ({
      name: c.shape.name,
      itemStyle: { areaColor: `${c.color}33`, borderColor: c.color, borderWidth: 1.2 },
    })),
  ];

  return {
    tooltip: { trigger: 'item', confine: true },
    title: [
      {
        text: text.inset,
        left: inset.left,
        top: `${parseFloat(inset.top) - 4}%`,
        textStyle: { fontSize: 12, fontWeight: 'normal', color: '#444' },
      },
    ],
    geo: [
      {
        map: mapName,
        roam: false,
        left: '3%',
        right: '3%',
        top: compact ? '4%' : '6%',
        bottom: compact ? '38%' : '6%',
        itemStyle: { areaColor: '#eef2f7', borderColor: '#94a3b8' },
        emphasis: { disabled: true },
        label: { show: true, color: '#1f2937', fontSize: compact ? 10 : 12 },
        regions,
        tooltip: { show: false },
      },
      {
        map: mapName,
        roam: false,
        silent: true,
        ...inset,
        boundingCoords: east ? padBox(east.bbox, 0.25) : undefined,
        itemStyle: { areaColor: '#fecaca', borderColor: EAST_COLOR, borderWidth: 1.5 },
        label: { show: false },
      },
    ],
    series: [
      {
        type: 'map',
        name: 'regions',
        geoIndex: 0,
        data: [
          ...(east ? [{ name: east.name, value: pivot.total }] : []),
          ...counties.map((c) => ({ name: c.shape.name, value: c.county.total })),
        ],
        tooltip: { formatter: tooltip },
      },
      {
        type: 'lines',
        name: 'pairings',
        coordinateSystem: 'geo',
        geoIndex: 0,
        zlevel: 1,
        symbol: ['none', 'arrow'],
        symbolSize: 8,
        effect: { show: true, period: 5, trailLength: 0, symbol: 'circle', symbolSize: 4, color: '#fff' },
        data: counties
          .filter((c) => c.county.total > 0)
          .map((c) => ({
            name: c.county.name,
            value: c.county.total,
            coords: [eastCenter, c.shape.center],
            // different bends keep lines to neighbouring counties apart
            lineStyle: {
              color: c.color,
              width: lineWidth(c.county.total, max),
              curveness: bends.get(c.county.code) ?? 0.15,
              opacity: 0.85,
            },
            label: {
              show: true,
              position: 'middle' as const,
              formatter: text.pairings(c.county.total),
              color: c.color,
              fontWeight: 'bold' as const,
              fontSize: 13,
              backgroundColor: '#ffffffcc',
              padding: [2, 4],
            },
          })),
        tooltip: { formatter: tooltip },
      },
      {
        type: 'effectScatter',
        name: 'district',
        coordinateSystem: 'geo',
        geoIndex: 0,
        zlevel: 2,
        symbolSize: 9,
        rippleEffect: { scale: 3, brushType: 'stroke' },
        itemStyle: { color: EAST_COLOR },
        label: { show: true, position: 'left', formatter: '{b}', color: EAST_COLOR, fontWeight: 'bold' },
        data: east ? [{ name: east.name, value: [...eastCenter, pivot.total] }] : [],
        tooltip: { formatter: tooltip },
      },
      {
        type: 'effectScatter',
        name: 'district-inset',
        coordinateSystem: 'geo',
        geoIndex: 1,
        zlevel: 2,
        symbolSize: 7,
        rippleEffect: { scale: 2.5, brushType: 'stroke' },
        itemStyle: { color: EAST_COLOR },
        label: {
          show: true,
          position: 'bottom',
          formatter: (p: unknown) => `${nameOf(p)}\n${text.pairings(pivot.total)}`,
          color: EAST_COLOR,
          fontSize: 12,
        },
        data: east ? [{ name: east.name, value: [...eastCenter, pivot.total] }] : [],
        tooltip: { formatter: tooltip },
      },
    ],
  };
}
