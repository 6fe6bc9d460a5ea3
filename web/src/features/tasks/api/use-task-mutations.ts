import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TaskBody, TaskDetailDto, TaskReportBody } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { tasksKeys } from './tasks.keys';

/** `POST /api/tasks/:id/reports`, then the evidence file when one was picked; the answer is the task as it now is. */
export function useReportTask(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, file }: { body: TaskReportBody; file: File | null }) => {
      const task = await api.post<TaskDetailDto>(`/api/tasks/${encodeURIComponent(id)}/reports`, body);
      const mine = task.reports.find((r) => r.abilities.attach && r.period === body.period);
      if (!file || !mine) return task;
      return api.upload<TaskDetailDto>(`/api/tasks/${encodeURIComponent(id)}/reports/${mine.id}/files`, file);
    },
    onSuccess: (task) => {
      qc.setQueryData(tasksKeys.one(id), task);
      return qc.invalidateQueries({ queryKey: tasksKeys.all, refetchType: 'none' });
    },
    meta: { handledErrors: ['VALIDATION_FAILED'] },
  });
}

/** `POST /api/tasks/:id/reports/:reportId/files`: evidence added to a report afterwards. */
export function useAttachReportFile(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, file }: { reportId: string; file: File }) =>
      api.upload<TaskDetailDto>(`/api/tasks/${encodeURIComponent(id)}/reports/${reportId}/files`, file),
    onSuccess: (task) => qc.setQueryData(tasksKeys.one(id), task),
  });
}

/** `POST /api/tasks`: a clause added to a document the caller may change. */
export function useCreateTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TaskBody) => api.post<TaskDetailDto>('/api/tasks', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: tasksKeys.all }),
    meta: { handledErrors: ['VALIDATION_FAILED', 'DUPLICATE'] },
  });
}
