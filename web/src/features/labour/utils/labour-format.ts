import type { MessageKey } from '../../../app/i18n';

/** A fen wage range as whole yuan: "4000–6000". */
export function wageText(minFen: number, maxFen: number): string {
  return `${Math.round(minFen / 100)}–${Math.round(maxFen / 100)}`;
}

export const statusKey = (s: string) => `labour.status.${s}` as MessageKey;
export const destKey = (d: string) => `labour.dest.${d}` as MessageKey;
export const factorKey = (f: string) => `labour.factor.${f}` as MessageKey;
export const toKey = (s: string) => `labour.to.${s}` as MessageKey;

/** A reason as shown beside a ranked worker: "技能吻合 1 × 3". */
export function reasonText(label: string, r: { value: number; weight: number }): string {
  return `${label} ${r.value} × ${r.weight}`;
}
