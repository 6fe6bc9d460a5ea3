import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client';

export type QueueOverview = {
  adapters: { sms: string; wecom: string };
  counts: Record<string, number>;
  jobs: {
    name: string;
    cron: string;
    label: { zh: string; en: string };
    lastRunAt: string | null;
    lastOutcome: 'ok' | 'failed' | null;
    lastDetail: string | null;
    runs: number;
  }[];
};
export type Delivery = {
  id: string;
  template: string;
  channel: 'sms' | 'wecom';
  adapter: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  recipient: string;
  updatedAt: string;
};

const KEY = ['system', 'messages'] as const;

export function useQueueOverview() {
  return useQuery({ queryKey: [...KEY, 'overview'], queryFn: () => api.get<QueueOverview>('/api/jobs') });
}

export function useDeadLetters(page: number) {
  return useQuery({
    queryKey: [...KEY, 'dead', page],
    queryFn: () =>
      api.get<{ items: Delivery[]; total: number }>('/api/messages/deliveries', { status: 'dead', page, pageSize: 20 }),
  });
}

export function useRetryDelivery() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ ok: true }>(`/api/messages/deliveries/${encodeURIComponent(id)}/retry`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: KEY }),
  });
}
