type Ring = number[][];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
export type RegionFeature = { type: 'Feature'; properties: { code: string; name: string }; geometry: Geometry };
export type RegionCollection = { type: 'FeatureCollection'; features: RegionFeature[] };

export type LngLat = [number, number];
/** A region's label point and bounds ([[west, north], [east, south]], the form ECharts' boundingCoords takes). */
export type RegionShape = { code: string; name: string; center: LngLat; bbox: [LngLat, LngLat] };

function signedArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return a / 2;
}

/** Area centroid of a closed ring (shoelace); the vertex mean when the ring has no area. */
export function ringCentroid(ring: Ring): LngLat {
  const a = signedArea(ring);
  if (Math.abs(a) < 1e-12) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0]!, 0) / n, ring.reduce((s, p) => s + p[1]!, 0) / n];
  }
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    const f = x0 * y1 - x1 * y0;
    x += (x0 + x1) * f;
    y += (y0 + y1) * f;
  }
  return [x / (6 * a), y / (6 * a)];
}

function outerRings(g: Geometry): Ring[] {
  return g.type === 'Polygon' ? [g.coordinates[0]!] : g.coordinates.map((poly) => poly[0]!);
}

/** Label point (centroid of the largest part) and bounding box of every region in the collection. */
export function regionShapes(geo: RegionCollection): RegionShape[] {
  return geo.features.map((f) => {
    const rings = outerRings(f.geometry);
    const largest = rings.reduce((best, r) => (Math.abs(signedArea(r)) > Math.abs(signedArea(best)) ? r : best));
    const points = rings.flat();
    const lngs = points.map((p) => p[0]!);
    const lats = points.map((p) => p[1]!);
    return {
      code: f.properties.code,
      name: f.properties.name,
      center: ringCentroid(largest),
      bbox: [
        [Math.min(...lngs), Math.max(...lats)],
        [Math.max(...lngs), Math.min(...lats)],
      ],
    };
  });
}

/** Bounds grown by a fraction on every side (an inset needs a margin around its region). */
export function padBox(bbox: [LngLat, LngLat], fraction: number): [LngLat, LngLat] {
  const [[w, n], [e, s]] = bbox;
  const dx = (e - w) * fraction;
  const dy = (n - s) * fraction;
  return [
    [w - dx, n + dy],
    [e + dx, s - dy],
  ];
}
