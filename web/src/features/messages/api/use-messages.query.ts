import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MessageDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { messageKeys } from './messages.keys';

export type MessagePage = { items: MessageDto[]; total: number; unread: number; page: number; pageSize: number };

/** `GET /api/messages`: my messages, newest first. */
export function useMessages(q: { unread?: boolean; page?: number; pageSize?: number }, enabled = true) {
  const query = { unread: q.unread ? 'true' : undefined, page: q.page ?? 1, pageSize: q.pageSize ?? 20 };
  return useQuery({
    enabled,
    queryKey: messageKeys.list(query),
    queryFn: () => api.get<MessagePage>('/api/messages', query),
    placeholderData: keepPreviousData,
  });
}

/** The bell's unread count: polled every minute and whenever the window regains focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: messageKeys.unread,
    queryFn: () => api.get<{ unread: number }>('/api/messages/unread-count'),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}
