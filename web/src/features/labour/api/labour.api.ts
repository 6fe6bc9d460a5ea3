import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  applicationDto,
  ApplicationStatus,
  labourDashboardDto,
  Page,
  PostDto,
  pushDto,
  WorkerDto,
  workerMatches,
} from '@xiezuo/domain';
import { api } from '../../../api/api-client';

type ApplicationDto = z.infer<typeof applicationDto>;

/** Query keys of the labour module; `all` covers everything a push, application or hire can change. */
export const labourKeys = {
  all: ['labour'] as const,
  dashboard: ['labour', 'dashboard'] as const,
  posts: (q: object) => ['labour', 'posts', q] as const,
  post: (id: string) => ['labour', 'post', id] as const,
  matches: (id: string) => ['labour', 'matches', id] as const,
  workers: (q: object) => ['labour', 'workers', q] as const,
  applications: (q: object) => ['labour', 'applications', q] as const,
};

export const useLabourDashboard = () =>
  useQuery({
    queryKey: labourKeys.dashboard,
    queryFn: () => api.get<z.infer<typeof labourDashboardDto>>('/api/labour/dashboard'),
  });

export const usePosts = (q: { status?: string; page: number; pageSize: number }) =>
  useQuery({
    queryKey: labourKeys.posts(q),
    queryFn: () => api.get<Page<PostDto>>('/api/labour/posts', q),
    placeholderData: keepPreviousData,
  });

export const usePost = (id: string | null) =>
  useQuery({
    queryKey: labourKeys.post(id ?? ''),
    queryFn: () => api.get<PostDto>(`/api/labour/posts/${id}`),
    enabled: id !== null,
  });

export const useMatches = (id: string | null, enabled = true) =>
  useQuery({
    queryKey: labourKeys.matches(id ?? ''),
    queryFn: () => api.get<z.infer<typeof workerMatches>>(`/api/labour/posts/${id}/matches`, { limit: 20 }),
    enabled: id !== null && enabled,
  });

export const useWorkers = (q: { county?: string; wish?: string; page: number; pageSize: number }) =>
  useQuery({
    queryKey: labourKeys.workers(q),
    queryFn: () => api.get<{ items: WorkerDto[]; total: number }>('/api/labour/workers', q),
    placeholderData: keepPreviousData,
  });

export const useApplications = (q: { status?: ApplicationStatus; page: number; pageSize: number }) =>
  useQuery({
    queryKey: labourKeys.applications(q),
    queryFn: () => api.get<Page<ApplicationDto>>('/api/labour/applications', q),
    placeholderData: keepPreviousData,
  });

function useLabourMutation<B, R>(fn: (b: B) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: labourKeys.all }) });
}

/** `POST /api/labour/pushes`: pushes a post to chosen workers; answers how many were queued and skipped. */
export const usePush = () =>
  useLabourMutation((b: { postId: string; workerIds: string[]; channel: 'sms' | 'wecom' | 'inapp' }) =>
    api.post<z.infer<typeof pushDto>>('/api/labour/pushes', b),
  );

/** `POST /api/labour/posts`: publishes a post (an employer its own). */
export const useCreatePost = () =>
  useLabourMutation((b: Record<string, unknown>) => api.post<PostDto>('/api/labour/posts', b));

/** `POST /api/labour/applications`: the worker applies in one tap. */
export const useApply = () =>
  useLabourMutation((b: { postId: string }) => api.post<ApplicationDto>('/api/labour/applications', b));

/** `POST /api/labour/applications/:id/transitions`: one step of an application. */
export const useTransition = () =>
  useLabourMutation((b: { id: string; to: ApplicationStatus; version: number; startOn?: string }) =>
    api.post<ApplicationDto>(`/api/labour/applications/${b.id}/transitions`, {
      to: b.to,
      version: b.version,
      startOn: b.startOn,
    }),
  );
