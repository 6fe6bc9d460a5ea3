import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../../api/api-client';
import { fundsKeys } from './funds.keys';
import type {
  Finding,
  FundRules,
  FundSettings,
  FundsOverview,
  Page,
  Payment,
  Project,
  ProjectPage,
  Receipt,
} from './funds.types';

/** `GET /api/projects`: a page of the library under the URL's filters, with totals over every match. */
export const useProjects = (q: QueryParams, enabled = true) =>
  useQuery({
    queryKey: fundsKeys.projects(q),
    queryFn: () => api.get<ProjectPage>('/api/projects', q),
    placeholderData: keepPreviousData,
    enabled,
  });

/** `GET /api/projects/:id`: one project with its stages, money, files and records. */
export const useProject = (id: string) =>
  useQuery({
    queryKey: fundsKeys.project(id),
    queryFn: () => api.get<Project>(`/api/projects/${encodeURIComponent(id)}`),
  });

/** `GET /api/fund-rules/:year`: the shares now, or before and after a what-if. */
export const useFundRules = (year: number | null, q: QueryParams, enabled = true) =>
  useQuery({
    queryKey: fundsKeys.rules(year ?? 0, q),
    queryFn: () => api.get<FundRules>(`/api/fund-rules/${year}`, q),
    enabled: enabled && year !== null,
  });

export const usePayments = (q: QueryParams) =>
  useQuery({
    queryKey: fundsKeys.payments(q),
    queryFn: () => api.get<Page<Payment>>('/api/fund-payments', q),
    placeholderData: keepPreviousData,
  });

export const usePayment = (id: string) =>
  useQuery({
    queryKey: fundsKeys.payment(id),
    queryFn: () => api.get<Payment>(`/api/fund-payments/${encodeURIComponent(id)}`),
  });

export const useReceipts = (q: QueryParams) =>
  useQuery({
    queryKey: fundsKeys.receipts(q),
    queryFn: () => api.get<Page<Receipt>>('/api/fund-receipts', q),
    placeholderData: keepPreviousData,
  });

export const useFindings = (q: QueryParams) =>
  useQuery({
    queryKey: fundsKeys.findings(q),
    queryFn: () => api.get<Page<Finding>>('/api/audit-findings', q),
    placeholderData: keepPreviousData,
  });

export const useFinding = (id: string) =>
  useQuery({
    queryKey: fundsKeys.finding(id),
    queryFn: () => api.get<Finding>(`/api/audit-findings/${encodeURIComponent(id)}`),
  });

export const useFundsOverview = (year: number) =>
  useQuery({
    queryKey: fundsKeys.overview(year),
    queryFn: () => api.get<FundsOverview>('/api/funds/overview', { year }),
  });

/** `GET /api/fund-settings`: the matching tolerance and window, and the days a payment may stay unreceived. */
export const useFundSettings = () =>
  useQuery({ queryKey: fundsKeys.settings, queryFn: () => api.get<FundSettings>('/api/fund-settings') });
