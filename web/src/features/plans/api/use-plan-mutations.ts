import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlanDto, PlanImportResultDto } from '@xiezuo/domain';
import { api, apiRequest } from '../../../api/api-client';
import type { IndicatorInputBody } from '../utils/indicator-form';
import { plansKeys } from './plans.keys';

/** After any change: the plan answer replaces the cached one, the year lists and every dashboard view refresh. */
function usePlanChanged() {
  const qc = useQueryClient();
  return (plan: PlanDto) => {
    qc.setQueryData(plansKeys.plan(plan.year), plan);
    void qc.invalidateQueries({ queryKey: plansKeys.list });
    void qc.invalidateQueries({ queryKey: plansKeys.years });
    void qc.invalidateQueries({ queryKey: ['dashboard'] });
  };
}

export type SaveIndicator = { isNew: boolean; body: IndicatorInputBody; version: number | null; reason?: string };

/**
 * `POST /api/plans/:year/indicators` (new) or `PUT …/:code` with the version read. 409 CONFLICT reloads the plan so
 * the editor shows what changed.
 */
export function useSaveIndicator(year: number) {
  const qc = useQueryClient();
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: ({ isNew, body, version, reason }: SaveIndicator) =>
      isNew
        ? api.post<PlanDto>(`/api/plans/${year}/indicators`, { ...body, reason })
        : api.put<PlanDto>(`/api/plans/${year}/indicators/${encodeURIComponent(body.code)}`, {
            ...body,
            version,
            reason,
          }),
    meta: { handledErrors: ['VALIDATION_FAILED', 'CONFLICT', 'DUPLICATE'] },
    onSuccess: changed,
    onError: () => qc.invalidateQueries({ queryKey: plansKeys.plan(year) }),
  });
}

/** `PUT /api/plans/:year/indicators/:code/status`: deactivate or reactivate (never delete). */
export function useSetIndicatorActive(year: number) {
  const qc = useQueryClient();
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: (v: { code: string; version: number; isActive: boolean; reason?: string }) =>
      api.put<PlanDto>(`/api/plans/${year}/indicators/${encodeURIComponent(v.code)}/status`, {
        version: v.version,
        isActive: v.isActive,
        reason: v.reason,
      }),
    meta: { handledErrors: ['VALIDATION_FAILED', 'CONFLICT'] },
    onSuccess: changed,
    onError: () => qc.invalidateQueries({ queryKey: plansKeys.plan(year) }),
  });
}

/** `POST /api/plans/:year/publish` with the plan's version. */
export function usePublishPlan(year: number) {
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: (version: number) => api.post<PlanDto>(`/api/plans/${year}/publish`, { version }),
    onSuccess: changed,
  });
}

/** `POST /api/plans/:year/copy`: a draft for `toYear`; 409 PLAN_EXISTS is shown by the dialog. */
export function useCopyPlan(year: number) {
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: (toYear: number) => api.post<PlanDto>(`/api/plans/${year}/copy`, { toYear }),
    meta: { handledErrors: ['PLAN_EXISTS', 'VALIDATION_FAILED'] },
    onSuccess: changed,
  });
}

/** `POST /api/plans/:year/import`: multipart with the reason before the file; every row valid or nothing changes. */
export function useImportPlan(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, reason }: { file: File; reason?: string }) => {
      const form = new FormData();
      if (reason) form.append('reason', reason);
      form.append('file', file);
      return apiRequest<PlanImportResultDto>('POST', `/api/plans/${year}/import`, { body: form });
    },
    meta: {
      handledErrors: [
        'IMPORT_ROWS_INVALID',
        'IMPORT_HEADER_INVALID',
        'XLSX_REFUSED',
        'UNSUPPORTED_MEDIA_TYPE',
        'PAYLOAD_TOO_LARGE',
        'VALIDATION_FAILED',
        'BAD_REQUEST',
        'CONFLICT',
      ],
    },
    onSuccess: () =>
      qc.invalidateQueries({ queryKey: plansKeys.all }).then(() => qc.invalidateQueries({ queryKey: ['dashboard'] })),
  });
}
