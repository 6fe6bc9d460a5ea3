import type { z } from 'zod';
import type {
  findingDto,
  FundRulesDto,
  fundSettingsDto,
  FundsOverviewDto,
  PaymentDto,
  ProjectDto,
  ProjectListDto,
  ProjectSummaryDto,
  FundReceiptDto,
} from '@xiezuo/domain';

// All shapes come from the domain contracts; nothing here is written by hand.
export type Project = ProjectDto;
export type ProjectSummary = ProjectSummaryDto;
export type ProjectPage = ProjectListDto;
export type Payment = PaymentDto;
export type Receipt = FundReceiptDto;
export type Finding = z.infer<typeof findingDto>;
export type FundRules = FundRulesDto;
export type FundsOverview = FundsOverviewDto;
export type FundSettings = z.infer<typeof fundSettingsDto>;
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
