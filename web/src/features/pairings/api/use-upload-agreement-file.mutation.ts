import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgreementDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { pairingsKeys } from './pairings.keys';

/** `POST /api/agreements/:id/files` (multipart "file"): a signed PDF, PNG or JPEG up to 20 MB; 415/413 shown by the caller. */
export function useUploadAgreementFile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ agreementId, file }: { agreementId: string; file: File }) =>
      api.upload<AgreementDto>(`/api/agreements/${encodeURIComponent(agreementId)}/files`, file),
    meta: { handledErrors: ['UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST'] },
    onSuccess: (a) => qc.invalidateQueries({ queryKey: pairingsKeys.agreements(a.pairingId) }),
  });
}
