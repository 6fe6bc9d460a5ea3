import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page, ProductDto, SupplierDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { consumptionKeys } from './consumption.keys';

/** `GET /api/consumption/suppliers?asOf=`: suppliers with certificates judged on `asOf`. */
export function useSuppliers(asOf: string) {
  return useQuery({
    queryKey: consumptionKeys.suppliers(asOf),
    queryFn: () => api.get<Page<SupplierDto>>('/api/consumption/suppliers', { asOf, pageSize: 500 }),
  });
}

export type ProductQuery = { asOf: string; certified?: boolean; county?: string; page: number; pageSize: number };

/** `GET /api/consumption/products`: one page of products (certified on `asOf` when asked). */
export function useProducts(q: ProductQuery) {
  return useQuery({
    queryKey: consumptionKeys.products(q),
    queryFn: () => api.get<Page<ProductDto>>('/api/consumption/products', q),
    placeholderData: keepPreviousData,
  });
}
