import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  FindingActionBody,
  FindingInput,
  FundSettings,
  PaymentActionBody,
  PaymentInput,
  ProjectTransitionBody,
  ReceiptInput,
} from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import type { ApiErrorCode } from '../../../api/api-error';
import { fundsKeys } from './funds.keys';
import type { Finding, Payment, Project, Receipt } from './funds.types';
import type { FundSettings as FundSettingsDto } from './funds.types';

/** Any funds change can move stages, money, shares and warnings: refetch the module's queries. */
function useFundsMutation<V, R>(fn: (v: V) => Promise<R>, handled: readonly ApiErrorCode[] = ['VALIDATION_FAILED']) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { handledErrors: handled },
    onSuccess: () => qc.invalidateQueries({ queryKey: fundsKeys.all }),
  });
}

const path = (id: string) => encodeURIComponent(id);

export const useProposeProject = () =>
  useFundsMutation(
    (body: Record<string, unknown>) => api.post<Project>('/api/projects', body),
    ['VALIDATION_FAILED', 'DUPLICATE', 'FORBIDDEN'],
  );

/** A stage step; a broken fund rule (409 FUND_RULE_BROKEN) is shown in the dialog, not as a global error. */
export const useProjectStep = (id: string) =>
  useFundsMutation(
    (body: Partial<ProjectTransitionBody> & { to: string }) =>
      api.post<Project>(`/api/projects/${path(id)}/transitions`, body),
    ['VALIDATION_FAILED', 'FUND_RULE_BROKEN', 'EVIDENCE_REQUIRED', 'SAME_MAKER_CHECKER', 'INVALID_TRANSITION'],
  );

/** 修改申报: the proposer changes a proposed or returned project (version checked). */
export const useEditProject = (id: string) =>
  useFundsMutation(
    (body: Record<string, unknown> & { version: number }) => api.patch<Project>(`/api/projects/${path(id)}`, body),
    ['VALIDATION_FAILED', 'CONFLICT', 'INVALID_TRANSITION'],
  );

export const usePutFundSettings = () =>
  useFundsMutation((body: FundSettings) => api.put<FundSettingsDto>('/api/fund-settings', body), ['VALIDATION_FAILED']);

export const useAdjustProject = (id: string) =>
  useFundsMutation(
    (body: Record<string, unknown>) => api.post<Project>(`/api/projects/${path(id)}/adjustments`, body),
    ['VALIDATION_FAILED', 'AMOUNT_OVER_OPEN', 'INVALID_TRANSITION'],
  );

export const useDecideAdjustment = () =>
  useFundsMutation(
    ({ id, ...body }: { id: string; approve: boolean; override?: boolean; reason?: string; note?: string }) =>
      api.post<Project>(`/api/project-adjustments/${path(id)}/decision`, body),
    ['VALIDATION_FAILED', 'FUND_RULE_BROKEN', 'SAME_MAKER_CHECKER', 'INVALID_TRANSITION', 'CONFLICT'],
  );

export const useSpend = (id: string) =>
  useFundsMutation(
    (body: Record<string, unknown>) => api.post<Project>(`/api/projects/${path(id)}/expenditures`, body),
    ['VALIDATION_FAILED', 'AMOUNT_OVER_RECEIVED'],
  );

export const useAttachProjectFile = (id: string) =>
  useFundsMutation((file: File) => api.upload<Project>(`/api/projects/${path(id)}/files`, file), []);

export const useRecordPayment = () =>
  useFundsMutation(
    (body: PaymentInput) => api.post<Payment>('/api/fund-payments', body),
    ['VALIDATION_FAILED', 'AMOUNT_OVER_OPEN', 'INVALID_TRANSITION'],
  );

export const usePaymentAction = (id: string) =>
  useFundsMutation(
    (body: Partial<PaymentActionBody> & { action: 'confirm' | 'cancel' }) =>
      api.post<Payment>(`/api/fund-payments/${path(id)}/actions`, body),
    ['VALIDATION_FAILED', 'FUND_RULE_BROKEN', 'SAME_MAKER_CHECKER'],
  );

export const useRecordReceipt = () =>
  useFundsMutation(
    (body: ReceiptInput) => api.post<Receipt>('/api/fund-receipts', body),
    ['VALIDATION_FAILED', 'DUPLICATE'],
  );

export const useImportReceipts = () =>
  useFundsMutation(
    (file: File) =>
      api.upload<{ accepted: number; rejected: number; matched: number; rejectsUrl: string | null }>(
        '/api/fund-receipts/import',
        file,
      ),
    [],
  );

export const useImportProjects = () =>
  useFundsMutation(
    (file: File) =>
      api.upload<{ accepted: number; rejected: number; rejectsUrl: string | null }>('/api/projects/import', file),
    [],
  );

export const useRaiseFinding = () =>
  useFundsMutation(
    (body: Partial<FindingInput>) => api.post<Finding>('/api/audit-findings', body),
    ['VALIDATION_FAILED'],
  );

export const useFindingAction = (id: string) =>
  useFundsMutation(
    (body: FindingActionBody) => api.post<Finding>(`/api/audit-findings/${path(id)}/actions`, body),
    ['VALIDATION_FAILED'],
  );

export const useAttachFindingFile = (id: string) =>
  useFundsMutation((file: File) => api.upload<Finding>(`/api/audit-findings/${path(id)}/files`, file), []);
