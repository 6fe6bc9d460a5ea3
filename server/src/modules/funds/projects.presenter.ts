import {
  ADJUSTABLE_STAGES,
  APPROVED_STAGES,
  EDITABLE_STAGES,
  PROJECT_STAGE_LABELS,
  type ProjectAbilities,
  type ProjectStage,
  type ProjectSummaryDto,
} from '@xiezuo/domain';
import type { Actor } from '../../http/context';
import { isApprover, isAuditor, isCountySide, isProposer } from './funds.policy';
import type { ProjectRow, ProjectWide } from './projects.repository';

/** Approved money not yet covered by a payment, confirmed or awaiting its checker. */
export const openFenOf = (p: Pick<ProjectRow, 'stage' | 'approvedFen' | 'paidFen' | 'pendingFen'>) =>
  APPROVED_STAGES.includes(p.stage) && p.stage !== 'cancelled'
    ? Math.max(0, (p.approvedFen ?? 0) - p.paidFen - p.pendingFen)
    : 0;

const SPENDING_STAGES: readonly ProjectStage[] = ['received', 'under_way', 'completed'];

/** What the caller may do with a project now; the pages render their buttons from it. */
export function projectAbilities(actor: Actor, p: ProjectRow): ProjectAbilities {
  const proposer = isProposer(actor, p.countyCode);
  const county = isCountySide(actor, p.countyCode);
  const approver = isApprover(actor) && p.proposedBy !== actor.userId;
  const live = p.stage !== 'cancelled' && p.stage !== 'evaluated';
  return {
    edit: proposer && EDITABLE_STAGES.includes(p.stage),
    propose: proposer && p.stage === 'returned',
    approve: approver && p.stage === 'proposed',
    return: approver && p.stage === 'proposed',
    cancel: proposer && EDITABLE_STAGES.includes(p.stage),
    start: county && p.stage === 'received',
    complete: county && p.stage === 'under_way',
    handOver: county && p.stage === 'completed',
    evaluate: isApprover(actor) && p.stage === 'assets_transferred',
    adjust: proposer && ADJUSTABLE_STAGES.includes(p.stage),
    attach: (proposer || county) && live,
    spend: county && SPENDING_STAGES.includes(p.stage),
    raiseFinding: isAuditor(actor),
  };
}

export function presentProjectSummary(p: ProjectWide): ProjectSummaryDto {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    year: p.year,
    countyCode: p.countyCode,
    countyName: p.countyName,
    regionCode: p.regionCode,
    regionName: p.regionName,
    category: p.category,
    level: p.level,
    fundSource: p.fundSource,
    stage: p.stage,
    plannedFen: p.plannedFen,
    approvedFen: p.approvedFen ?? 0,
    paidFen: p.paidFen,
    receivedFen: p.receivedFen,
    spentFen: p.spentFen,
    openFen: openFenOf(p),
    households: p.households,
    persons: p.persons,
    poorHouseholds: p.poorHouseholds,
    poorPersons: p.poorPersons,
    openFindings: p.openFindings,
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

export const stageLabel = (s: ProjectStage) => PROJECT_STAGE_LABELS[s];
