import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ProductBody,
  ProductDto,
  ProductUpdateBody,
  SupplierBody,
  SupplierDto,
  SupplierUpdateBody,
} from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { consumptionKeys } from './consumption.keys';

const handled = { handledErrors: ['VALIDATION_FAILED', 'DUPLICATE', 'CONFLICT'] as const };

/** `POST /api/consumption/suppliers` or `PUT /api/consumption/suppliers/:id` (with its version). */
export function useSaveSupplier() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; body: SupplierUpdateBody } | { id: null; body: SupplierBody }) =>
      v.id
        ? api.put<SupplierDto>(`/api/consumption/suppliers/${encodeURIComponent(v.id)}`, v.body)
        : api.post<SupplierDto>('/api/consumption/suppliers', v.body),
    meta: handled,
    onSuccess: () => qc.invalidateQueries({ queryKey: consumptionKeys.all }),
  });
}

/** `POST /api/consumption/products` or `PUT /api/consumption/products/:id` (with its version). */
export function useSaveProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; body: ProductUpdateBody } | { id: null; body: ProductBody }) =>
      v.id
        ? api.put<ProductDto>(`/api/consumption/products/${encodeURIComponent(v.id)}`, v.body)
        : api.post<ProductDto>('/api/consumption/products', v.body),
    meta: handled,
    onSuccess: () => qc.invalidateQueries({ queryKey: consumptionKeys.all }),
  });
}
