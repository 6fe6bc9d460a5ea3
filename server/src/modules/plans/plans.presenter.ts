import type { PlanDto, PlanListDto, PlanYearsDto } from '@xiezuo/domain';
import { declOf, type IndicatorRow, type PlanRow } from '../progress/progress.repository';

/** A plan year with its indicators (declaration, order, whether the engine counts it). */
export function presentPlan(
  year: number,
  plan: PlanRow,
  rows: IndicatorRow[],
  abilities: PlanDto['abilities'],
): PlanDto {
  return {
    year,
    status: plan.status,
    publishedAt: plan.publishedAt?.toISOString() ?? null,
    version: plan.version,
    indicators: rows.map((r) => ({
      ...declOf(r),
      id: r.id,
      year,
      version: r.version,
      sort: r.sort,
      isActive: r.isActive,
    })),
    abilities,
  };
}

type PlanListRow = { plan: PlanRow; indicatorCount: number; activeCount: number };

export function presentPlanList(rows: PlanListRow[], abilities: PlanListDto['abilities']): PlanListDto {
  return {
    items: rows.map((r) => ({
      year: r.plan.year,
      status: r.plan.status,
      publishedAt: r.plan.publishedAt?.toISOString() ?? null,
      version: r.plan.version,
      indicatorCount: r.indicatorCount,
      activeCount: r.activeCount,
    })),
    abilities,
  };
}

export const presentPlanYears = (years: number[], selectable: number[]): PlanYearsDto => ({ years, selectable });
