import { useMemo } from 'react';
import { PAIRING_KIND_LABELS, type PairingKind } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EChart } from '../../../components/e-chart';
import { buildPairingsBarOption } from '../utils/pairings-bar.option';
import type { StatsPivot } from '../utils/pairing-stats';

/** Stacked bars: pairings of each kind, split by county. */
export function PairingsBarChart({
  pivot,
  compact,
  ariaLabel,
}: {
  pivot: StatsPivot;
  compact: boolean;
  ariaLabel: string;
}) {
  const { lang } = useT();
  const option = useMemo(
    () => buildPairingsBarOption({ pivot, compact, kindLabel: (k: PairingKind) => PAIRING_KIND_LABELS[k][lang] }),
    [pivot, compact, lang],
  );
  return <EChart option={option} ariaLabel={ariaLabel} height={80 + pivot.kinds.length * 44} />;
}
