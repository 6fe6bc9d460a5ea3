import { describe, expect, it } from 'vitest';
import geo from '../geo/regions.geo.json';
import { padBox, regionShapes, ringCentroid, type RegionCollection } from './geo-shapes';

describe('region shapes', () => {
  it('finds the area centroid of a ring', () => {
    const square = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(ringCentroid(square)).toEqual([1, 1]);
    // an L-shape: the centroid is pulled towards the heavier arm, not the bounding-box centre
    const l = [
      [0, 0],
      [3, 0],
      [3, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ];
    const [x, y] = ringCentroid(l);
    expect(x).toBeCloseTo(1.1, 1);
    expect(y).toBeCloseTo(1.1, 1);
  });

  it('places every bundled region’s label point inside its bounds', () => {
    const shapes = regionShapes(geo as RegionCollection);
    expect(shapes.map((s) => s.code).sort()).toEqual(['120104', '621021', '621022', '623027']);
    for (const s of shapes) {
      const [[w, n], [e, so]] = s.bbox;
      expect(s.center[0]).toBeGreaterThan(w);
      expect(s.center[0]).toBeLessThan(e);
      expect(s.center[1]).toBeGreaterThan(so);
      expect(s.center[1]).toBeLessThan(n);
    }
    const nankai = shapes.find((s) => s.code === '120104')!;
    expect(nankai.center[0]).toBeCloseTo(117.15, 1);
    expect(nankai.center[1]).toBeCloseTo(39.12, 1);
  });

  it('pads bounds on every side', () => {
    expect(
      padBox(
        [
          [0, 10],
          [10, 0],
        ],
        0.1,
      ),
    ).toEqual([
      [-1, 11],
      [11, -1],
    ]);
  });
});
