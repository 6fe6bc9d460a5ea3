import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CertifiedListResultDto, OrderImportResultDto, PlatformMapping, PlatformMappingDto } from '@xiezuo/domain';
import { api, apiRequest } from '../../../api/api-client';
import { consumptionKeys } from './consumption.keys';

/** `GET /api/consumption/import-mappings`: the column mapping saved for each online platform. */
export function useImportMappings(enabled: boolean) {
  return useQuery({
    queryKey: [...consumptionKeys.all, 'import-mappings'],
    queryFn: () => api.get<{ items: PlatformMappingDto[] }>('/api/consumption/import-mappings'),
    enabled,
  });
}

export type OrderImportInput = { platform: string; mapping: PlatformMapping; file: File };

/**
 * `POST /api/consumption/imports` (multipart: platform, mapping, then the file): every line in, or none with the
 * bad lines by row; the mapping is saved for the platform.
 */
export function useImportOrders() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: OrderImportInput) => {
      const form = new FormData();
      form.append('platform', v.platform);
      form.append('mapping', JSON.stringify(v.mapping));
      form.append('file', v.file);
      return apiRequest<OrderImportResultDto>('POST', '/api/consumption/imports', { body: form });
    },
    meta: {
      handledErrors: [
        'UNSUPPORTED_MEDIA_TYPE',
        'PAYLOAD_TOO_LARGE',
        'XLSX_REFUSED',
        'IMPORT_HEADER_INVALID',
        'IMPORT_ROWS_INVALID',
        'VALIDATION_FAILED',
        'DUPLICATE',
      ],
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: consumptionKeys.all }),
  });
}

/** `POST /api/consumption/certified-list/imports` (multipart "file"): the province's certified list, all or nothing. */
export function useImportCertifiedList() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload<CertifiedListResultDto>('/api/consumption/certified-list/imports', file),
    meta: {
      handledErrors: [
        'UNSUPPORTED_MEDIA_TYPE',
        'PAYLOAD_TOO_LARGE',
        'XLSX_REFUSED',
        'IMPORT_HEADER_INVALID',
        'IMPORT_ROWS_INVALID',
      ],
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: consumptionKeys.all }),
  });
}
