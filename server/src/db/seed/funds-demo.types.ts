/**
 * The demo's projects as the seed states them: each with the dates of its steps, its payments (one line each, the
 * way the speech's figures were paid) and the county's receipts. Money in 万元 here; the seed writes fen.
 */
export type DemoPayment = {
  on: string;
  wan: number;
  voucher: string;
  batch?: string;
  /** The county's receipt; none: the payment is still unreceived. */
  receipt?: { on: string; voucher: string };
};

export type DemoProject = {
  name: string;
  county: string;
  region?: string;
  category: string;
  level: string;
  plannedWan: number;
  households: number;
  poorHouseholds: number;
  persons: number;
  poorPersons: number;
  outputs: { name: string; unit: string; planned: number; actual?: number }[];
  benefit: { kind: string; households: number }[];
  description?: string;
  proposedOn: string;
  returned?: { on: string; reason: string };
  approvedOn?: string;
  /** An approval that broke a fund rule, overridden with this reason (shares before and after at the time). */
  override?: { reason: string; rule: 'industryShare' | 'grassrootsLivelihoodShare'; before: number; after: number };
  payments?: DemoPayment[];
  startedOn?: string;
  completedOn?: string;
  assets?: { on: string; owner: string; valueWan: number };
  evaluation?: { on: string; score: number; note: string };
  spentWan?: number;
};

export type DemoFinding = {
  project: string;
  kind: string;
  amountWan: number;
  basis: string;
  description: string;
  raisedOn: string;
  deadline: string;
  rectified?: { on: string; text: string };
  accepted?: { on: string; text: string };
};

/** Beneficiaries and outputs in proportion to the money, so the demo reads plausibly. */
export function beneficiaries(wan: number, poorShare = 0.35) {
  const households = Math.max(20, Math.round(wan * 1.2));
  const persons = Math.round(households * 3.6);
  return {
    households,
    poorHouseholds: Math.round(households * poorShare),
    persons,
    poorPersons: Math.round(persons * poorShare),
  };
}
