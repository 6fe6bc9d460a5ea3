import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WarningSettings, WarningSettingsDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { oversightKeys } from './oversight.keys';

/** `GET /api/warning-settings`: the tenant's thresholds and whether the caller may change them. */
export function useWarningSettings(enabled = true) {
  return useQuery({
    queryKey: oversightKeys.warningSettings,
    queryFn: () => api.get<WarningSettingsDto>('/api/warning-settings'),
    enabled,
  });
}

/** `PUT /api/warning-settings`: the office changes the thresholds; every warning list is recomputed. */
export function useSaveWarningSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: WarningSettings) => api.put<WarningSettingsDto>('/api/warning-settings', body),
    onSuccess: (saved) => {
      qc.setQueryData(oversightKeys.warningSettings, saved);
      return qc.invalidateQueries({ queryKey: oversightKeys.allWarnings });
    },
    meta: { handledErrors: ['VALIDATION_FAILED'] },
  });
}
