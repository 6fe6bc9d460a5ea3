import type { DemoRecord } from './demo-ledger';

// What the 2018 demo ledger's parts share: the counties, 万元 in fen, and person keys unique across the whole demo.
export const HUAN = '621022';
export const QING = '621021';
export const XIA = '623027';
export const COUNTIES = [HUAN, QING, XIA];
export const WAN = 1_000_000; // 1 万元 in fen

/** Person keys are unique across the whole demo: 2018 uses 1–99,999, 2019 from 100,000. */
let nextKey = 1;
export const resetPersonKeys = () => void (nextKey = 1);
export const person = (county: string, isPoor: boolean) => ({ key: nextKey++, county, isPoor });

export function times<T>(n: number, f: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => f(i));
}

export type Part = (y: number, out: DemoRecord[]) => void;
