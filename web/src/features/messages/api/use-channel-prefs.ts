import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelPrefsDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { messageKeys } from './messages.keys';

export type ChannelPrefsInput = { sms: boolean; wecom: boolean; phone?: string | null; wecomUserId?: string | null };

/** My channels besides the in-app centre, and the contact each goes to. */
export function useChannelPrefs() {
  return useQuery({ queryKey: messageKeys.prefs, queryFn: () => api.get<ChannelPrefsDto>('/api/messages/prefs') });
}

export function useSaveChannelPrefs() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ChannelPrefsInput) => api.put<ChannelPrefsDto>('/api/messages/prefs', body),
    meta: { handledErrors: ['PHONE_INVALID', 'VALIDATION_FAILED'] },
    onSuccess: (res) => qc.setQueryData(messageKeys.prefs, res),
  });
}
