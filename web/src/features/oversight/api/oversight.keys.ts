import type { OrderApiQuery } from '../utils/order-filters';
import type { WarningApiQuery } from '../utils/warning-view';

/** Query keys of warnings, supervision and assessment. */
export const oversightKeys = {
  allWarnings: ['oversight', 'warnings'] as const,
  warnings: (q: WarningApiQuery) => ['oversight', 'warnings', q] as const,
  warningSettings: ['oversight', 'warning-settings'] as const,
  orders: ['oversight', 'orders'] as const,
  orderList: (q: OrderApiQuery) => ['oversight', 'orders', 'list', q] as const,
  order: (id: string) => ['oversight', 'orders', 'one', id] as const,
  assessment: (year: number) => ['oversight', 'assessment', year] as const,
  scores: (year: number, asOf: string | null) => ['oversight', 'assessment', year, 'scores', asOf ?? 'today'] as const,
  scheme: (year: number) => ['oversight', 'assessment', year, 'scheme'] as const,
  appeals: (year: number) => ['oversight', 'assessment', year, 'appeals'] as const,
  adjustments: (year: number) => ['oversight', 'assessment', year, 'adjustments'] as const,
};
