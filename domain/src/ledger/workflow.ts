/** The ledger record workflow (双向确认) as an explicit state machine. */
export const RECORD_STATUSES = ['draft', 'in_review', 'submitted', 'confirmed', 'disputed', 'withdrawn'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const RECORD_ACTIONS = ['submit', 'review', 'return', 'withdraw', 'confirm', 'dispute'] as const;
export type RecordAction = (typeof RECORD_ACTIONS)[number];

/** Who may take an action: the reporting side, the owning working group, or the other (confirming) side. */
export type WorkflowParty = 'reporter' | 'group' | 'confirmer';

type Transition = { from: readonly RecordStatus[]; by: WorkflowParty; needsReason: boolean };

export const TRANSITIONS: Record<RecordAction, Transition> = {
  submit: { from: ['draft', 'disputed'], by: 'reporter', needsReason: false },
  review: { from: ['in_review'], by: 'group', needsReason: false },
  return: { from: ['in_review'], by: 'group', needsReason: true },
  withdraw: { from: ['draft', 'in_review', 'submitted', 'disputed'], by: 'reporter', needsReason: false },
  confirm: { from: ['submitted'], by: 'confirmer', needsReason: false },
  dispute: { from: ['submitted'], by: 'confirmer', needsReason: true },
};

/** The status an action leads to; `submit` goes to review first when the type asks for it. */
export function nextStatus(action: RecordAction, opts: { review: boolean }): RecordStatus {
  switch (action) {
    case 'submit':
      return opts.review ? 'in_review' : 'submitted';
    case 'review':
      return 'submitted';
    case 'return':
      return 'draft';
    case 'withdraw':
      return 'withdrawn';
    case 'confirm':
      return 'confirmed';
    case 'dispute':
      return 'disputed';
    default: {
      const never: never = action;
      return never;
    }
  }
}

export const canTransition = (action: RecordAction, from: RecordStatus) => TRANSITIONS[action].from.includes(from);

/** Statuses in which the reporter may still edit the record's content. */
export const EDITABLE_STATUSES: readonly RecordStatus[] = ['draft', 'disputed'];

export const RECORD_STATUS_LABELS: Record<RecordStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '专项组审核中', en: 'In group review' },
  submitted: { zh: '待对方确认', en: 'Awaiting confirmation' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  disputed: { zh: '有异议', en: 'Disputed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** Period keys a date falls in: month, quarter and year. */
export function periodKeys(isoDate: string): { month: string; quarter: string; year: string } {
  const y = isoDate.slice(0, 4);
  const m = Number(isoDate.slice(5, 7));
  return { month: `${y}-${String(m).padStart(2, '0')}`, quarter: `${y}-Q${Math.ceil(m / 3)}`, year: y };
}
