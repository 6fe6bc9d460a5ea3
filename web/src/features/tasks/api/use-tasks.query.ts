import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TaskDetailDto, TaskListDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import type { TaskApiQuery } from '../utils/task-filters';
import { tasksKeys } from './tasks.keys';

/** `GET /api/tasks`: one page of a year's tasks with their status, and the counts per status. */
export function useTasks(q: TaskApiQuery) {
  return useQuery({
    queryKey: tasksKeys.list(q),
    queryFn: () => api.get<TaskListDto>('/api/tasks', q),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** `GET /api/tasks/:id`: one task with its reports, linked indicators and evidence. */
export function useTask(id: string) {
  return useQuery({
    queryKey: tasksKeys.one(id),
    queryFn: () => api.get<TaskDetailDto>(`/api/tasks/${encodeURIComponent(id)}`),
    staleTime: 0,
  });
}
