import type { NotCountedReason, PurchaseChannel } from './purchases.contracts';

/** A certificate's validity window (ISO dates, both ends included). */
export type Validity = { validFrom: string; validTo: string };

/**
 * The honest-counting rule: a purchase counts towards the consumption target only when its product was certified on
 * the purchase date. Returns null when it counts, else why not.
 */
export function notCountedReason(cert: Validity | null, purchasedOn: string): NotCountedReason | null {
  if (!cert) return 'no_certificate';
  if (purchasedOn < cert.validFrom) return 'not_yet_valid';
  if (purchasedOn > cert.validTo) return 'expired';
  return null;
}

/** Whether a certificate is valid on `today` and ends within `days` days (the catalogue highlights it). */
export function isExpiringSoon(cert: Validity, today: string, days = 60): boolean {
  if (today < cert.validFrom || today > cert.validTo) return false;
  const end = Date.parse(`${cert.validTo}T00:00:00Z`);
  return end - Date.parse(`${today}T00:00:00Z`) <= days * 86_400_000;
}

/** The ledger's channel option for a module channel (the ledger keeps its four broad channels). */
export const LEDGER_CHANNEL: Record<PurchaseChannel, 'unit' | 'market' | 'online'> = {
  unit: 'unit',
  sales_centre: 'market',
  counter: 'market',
  ecommerce_station: 'online',
  platform: 'online',
};
