import type { Label } from '../ledger/declarations';

/**
 * A project's stages, from the county's proposal to the district's performance evaluation, as an explicit state
 * machine. Two stages are reached by money, not by hand: `allocated` when a payment covering the project is
 * confirmed, `received` when the county's receipt of it is matched. Every other step is one transition, taken by
 * the party the table names; a step from any other stage is a skip and is refused.
 */
export const PROJECT_STAGES = [
  'proposed',
  'returned',
  'approved',
  'allocated',
  'received',
  'under_way',
  'completed',
  'assets_transferred',
  'evaluated',
  'cancelled',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

/**
 * Who takes a step: the proposing side (the county, or the district office for it), the approver (the funds
 * working group, never the maker), the county carrying the project out, or money (payments and receipts).
 */
export type StageParty = 'proposer' | 'approver' | 'county' | 'money';

type StageStep = { from: readonly ProjectStage[]; by: StageParty; needsReason: boolean };

/** The transitions, by the stage they lead to. */
export const PROJECT_TRANSITIONS: Record<ProjectStage, StageStep> = {
  proposed: { from: ['returned'], by: 'proposer', needsReason: false },
  returned: { from: ['proposed'], by: 'approver', needsReason: true },
  approved: { from: ['proposed'], by: 'approver', needsReason: false },
  allocated: { from: ['approved'], by: 'money', needsReason: false },
  received: { from: ['allocated'], by: 'money', needsReason: false },
  under_way: { from: ['received'], by: 'county', needsReason: false },
  completed: { from: ['under_way'], by: 'county', needsReason: false },
  assets_transferred: { from: ['completed'], by: 'county', needsReason: false },
  evaluated: { from: ['assets_transferred'], by: 'approver', needsReason: false },
  // withdrawing a proposal needs no approval; an approved project is cancelled only by an approved adjustment
  cancelled: { from: ['proposed', 'returned'], by: 'proposer', needsReason: true },
};

/** The stages a project may be moved to by hand (POST /api/projects/:id/transitions). */
export const HAND_STAGES = PROJECT_STAGES.filter((s) => PROJECT_TRANSITIONS[s].by !== 'money');

export const canMoveTo = (from: ProjectStage, to: ProjectStage) => PROJECT_TRANSITIONS[to].from.includes(from);

/** Stages in which a project is approved and its money may still be paid. */
export const PAYABLE_STAGES: readonly ProjectStage[] = ['approved', 'allocated', 'received', 'under_way', 'completed'];
/** Stages in which an approved project may be adjusted (amount, scope) or cancelled through an adjustment. */
export const ADJUSTABLE_STAGES: readonly ProjectStage[] = ['approved', 'allocated', 'received', 'under_way'];
/** Stages that hold an approved amount (the portfolio the rules and the dashboard read). */
export const APPROVED_STAGES: readonly ProjectStage[] = [
  'approved',
  'allocated',
  'received',
  'under_way',
  'completed',
  'assets_transferred',
  'evaluated',
];
/** Stages in which the proposing side may still edit the proposal. */
export const EDITABLE_STAGES: readonly ProjectStage[] = ['proposed', 'returned'];

export const PROJECT_STAGE_LABELS: Record<ProjectStage, Label> = {
  proposed: { zh: '已申报', en: 'Proposed' },
  returned: { zh: '已退回', en: 'Returned' },
  approved: { zh: '已批复', en: 'Approved' },
  allocated: { zh: '资金已拨付', en: 'Funds allocated' },
  received: { zh: '资金已到县', en: 'Received by the county' },
  under_way: { zh: '实施中', en: 'Under way' },
  completed: { zh: '已竣工验收', en: 'Completed and accepted' },
  assets_transferred: { zh: '资产已确权移交', en: 'Assets handed over' },
  evaluated: { zh: '已绩效评价', en: 'Evaluated' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};

/** The main line of stages, in order (the timeline draws these; returned and cancelled are side steps). */
export const STAGE_LINE: readonly ProjectStage[] = [
  'proposed',
  'approved',
  'allocated',
  'received',
  'under_way',
  'completed',
  'assets_transferred',
  'evaluated',
];
