import { useMemo } from 'react';
import { PAIRING_KIND_LABELS, type PairingKind } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EChart } from '../../../components/e-chart';
import { registerMap } from '../../../components/e-chart-geo';
import geoJson from '../geo/regions.geo.json';
import { regionShapes, type RegionCollection } from '../utils/geo-shapes';
import { buildPairingsMapOption } from '../utils/pairings-map.option';
import type { StatsPivot } from '../utils/pairing-stats';

const MAP_NAME = 'xz-pairings';
const GEO = geoJson as RegionCollection;
const SHAPES = regionShapes(GEO);
registerMap(MAP_NAME, GEO as Parameters<typeof registerMap>[1]);

type Props = { pivot: StatsPivot; eastCode: string; compact: boolean; ariaLabel: string };

/** The district, the counties and a line to each county, sized by the pairing count; the district enlarged in an inset. */
export function PairingsMapChart({ pivot, eastCode, compact, ariaLabel }: Props) {
  const { t, lang } = useT();
  const option = useMemo(
    () =>
      buildPairingsMapOption({
        mapName: MAP_NAME,
        shapes: SHAPES,
        eastCode,
        pivot,
        compact,
        kindLabel: (k: PairingKind) => PAIRING_KIND_LABELS[k][lang],
        text: {
          pairings: (n) => t('pairingsOverview.pairs', { n }),
          inset: t('pairingsOverview.inset'),
          eastTotal: t('pairingsOverview.eastTotal'),
          none: t('pairingsOverview.none'),
        },
      }),
    [pivot, eastCode, compact, lang, t],
  );
  return <EChart option={option} ariaLabel={ariaLabel} height={compact ? 380 : 480} />;
}
