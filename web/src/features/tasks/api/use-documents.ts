import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DocumentBody,
  DocumentDto,
  PlanTransitionBody,
  TaskImportResultDto,
  UnitPlanDto,
  UnitPlanListDto,
} from '@xiezuo/domain';
import type { z } from 'zod';
import type { documentBody } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { tasksKeys } from './tasks.keys';

/** `GET /api/documents?year=`: the year's documents, working-group plans and the unit plans in view. */
export function useDocuments(year: number) {
  return useQuery({
    queryKey: tasksKeys.documents(year),
    queryFn: () => api.get<{ items: DocumentDto[]; total: number }>('/api/documents', { year }),
    staleTime: 30_000,
  });
}

/** `POST /api/documents`, then its file when one was picked. */
export function useCreateDocument() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, file }: { body: z.input<typeof documentBody>; file: File | null }) => {
      const doc = await api.post<DocumentDto>('/api/documents', body as DocumentBody);
      return file ? api.upload<DocumentDto>(`/api/documents/${doc.id}/file`, file) : doc;
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: tasksKeys.all }),
    meta: { handledErrors: ['VALIDATION_FAILED'] },
  });
}

/** `POST /api/documents/:id/file`: the document itself. */
export function useUploadDocumentFile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) =>
      api.upload<DocumentDto>(`/api/documents/${id}/file`, file),
    onSuccess: () => qc.invalidateQueries({ queryKey: tasksKeys.all }),
  });
}

/** `POST /api/documents/:id/transitions`: submit a plan, or accept or return it. */
export function usePlanTransition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PlanTransitionBody }) =>
      api.post<DocumentDto>(`/api/documents/${id}/transitions`, body),
    onSettled: () => qc.invalidateQueries({ queryKey: tasksKeys.all }),
  });
}

/** `POST /api/documents/:id/tasks/import`: the document's clauses from Excel, all rows valid or nothing. */
export function useImportTasks() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) =>
      api.upload<TaskImportResultDto>(`/api/documents/${id}/tasks/import`, file),
    onSuccess: () => qc.invalidateQueries({ queryKey: tasksKeys.all }),
    meta: { handledErrors: ['IMPORT_ROWS_INVALID', 'IMPORT_HEADER_INVALID'] },
  });
}

/** `GET /api/unit-plans?year=`: every member unit in view with its plan or its absence. */
export function useUnitPlans(year: number) {
  return useQuery({
    queryKey: tasksKeys.unitPlans(year),
    queryFn: () => api.get<UnitPlanListDto>('/api/unit-plans', { year }),
    staleTime: 0,
  });
}

/** `POST /api/unit-plans`: a unit starts its plan for the year. */
export function useCreateUnitPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { year: number; title: string; unitId?: string }) =>
      api.post<UnitPlanDto>('/api/unit-plans', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: tasksKeys.all }),
  });
}
