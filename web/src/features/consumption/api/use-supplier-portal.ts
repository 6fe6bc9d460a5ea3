import { useMutation, useQuery } from '@tanstack/react-query';
import type { SupplierAccountDto, SupplierPortalDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { consumptionKeys } from './consumption.keys';

/** `POST /api/consumption/suppliers/:id/account`: a phone signs in as this supplier from now on. */
export function useGrantSupplierAccount() {
  return useMutation({
    mutationFn: (v: { supplierId: string; phone: string }) =>
      api.post<SupplierAccountDto>(`/api/consumption/suppliers/${encodeURIComponent(v.supplierId)}/account`, {
        phone: v.phone,
      }),
    meta: { handledErrors: ['PHONE_INVALID', 'CONFLICT', 'VALIDATION_FAILED'] },
  });
}

/** `GET /api/consumption/supplier-portal`: the signed-in supplier's own products and the purchases of them. */
export function useSupplierPortal() {
  return useQuery({
    queryKey: [...consumptionKeys.all, 'supplier-portal'],
    queryFn: () => api.get<SupplierPortalDto>('/api/consumption/supplier-portal', { pageSize: 100 }),
  });
}
