import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { messageKeys } from './messages.keys';

/** Marks some of my messages (or all) read; the bell and the lists refresh. */
export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids?: string[]; all?: boolean }) => api.post<{ unread: number }>('/api/messages/read', body),
    onSuccess: (res) => {
      qc.setQueryData(messageKeys.unread, res);
      void qc.invalidateQueries({ queryKey: messageKeys.all });
    },
  });
}
