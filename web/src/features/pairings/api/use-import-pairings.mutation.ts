import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { pairingsKeys } from './pairings.keys';
import type { ImportResultDto } from './pairings.types';

/** `POST /api/pairings/import` (multipart "file", xlsx): valid rows go in, the others into a rejects report. */
export function useImportPairings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload<ImportResultDto>('/api/pairings/import', file),
    meta: {
      handledErrors: [
        'UNSUPPORTED_MEDIA_TYPE',
        'PAYLOAD_TOO_LARGE',
        'XLSX_REFUSED',
        'IMPORT_HEADER_INVALID',
        'BAD_REQUEST',
        'VALIDATION_FAILED',
      ],
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: pairingsKeys.all }),
  });
}
