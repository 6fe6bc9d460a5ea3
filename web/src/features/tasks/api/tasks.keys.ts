import type { TaskApiQuery } from '../utils/task-filters';

/** Query keys of tasks, documents and unit plans. */
export const tasksKeys = {
  all: ['tasks'] as const,
  list: (q: TaskApiQuery) => ['tasks', 'list', q] as const,
  one: (id: string) => ['tasks', 'one', id] as const,
  documents: (year: number) => ['tasks', 'documents', year] as const,
  unitPlans: (year: number) => ['tasks', 'unit-plans', year] as const,
};
