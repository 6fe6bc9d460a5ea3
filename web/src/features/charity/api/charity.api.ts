import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CharityDashboardDto,
  ClaimDto,
  DonorDto,
  NeedDto,
  Page,
  PublicNeedsDto,
  PublicSummaryDto,
  PublicVerifyDto,
  ReceiptDto,
  TransferDto,
} from '@xiezuo/domain';
import { api, type QueryParams } from '../../../api/api-client';

export const CHARITY_KEY = ['charity'] as const;
const useInvalidate = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: CHARITY_KEY });
};

export const useNeeds = (q: QueryParams) =>
  useQuery({ queryKey: [...CHARITY_KEY, 'needs', q], queryFn: () => api.get<Page<NeedDto>>('/api/charity/needs', q) });
export const useClaims = (q: QueryParams, enabled = true) =>
  useQuery({
    enabled,
    queryKey: [...CHARITY_KEY, 'claims', q],
    queryFn: () => api.get<Page<ClaimDto>>('/api/charity/claims', q),
  });
export const useDonors = (enabled: boolean) =>
  useQuery({
    enabled,
    queryKey: [...CHARITY_KEY, 'donors'],
    queryFn: () => api.get<DonorDto[]>('/api/charity/donors'),
  });
export const useReceipts = () =>
  useQuery({
    queryKey: [...CHARITY_KEY, 'receipts'],
    queryFn: () => api.get<Page<ReceiptDto>>('/api/charity/receipts', { pageSize: 100 }),
  });
export const useTransfers = () =>
  useQuery({
    queryKey: [...CHARITY_KEY, 'transfers'],
    queryFn: () => api.get<Page<TransferDto>>('/api/charity/transfers', { pageSize: 100 }),
  });
export const useCharityDashboard = () =>
  useQuery({
    queryKey: [...CHARITY_KEY, 'dashboard'],
    queryFn: () => api.get<CharityDashboardDto>('/api/charity/dashboard'),
  });

/** A POST that refreshes every charity list after it succeeds. */
function usePost<B, T>(path: (b: B) => string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: B) => api.post<T>(path(b), b), onSuccess: invalidate });
}
export const useCreateNeed = () => usePost<Record<string, unknown>, NeedDto>(() => '/api/charity/needs');
export const useNeedTransition = () =>
  usePost<{ id: string; action: string; reason: string | null; version: number }, NeedDto>(
    (b) => `/api/charity/needs/${b.id}/transitions`,
  );
export const useDeliver = () => usePost<Record<string, unknown>, NeedDto>(() => '/api/charity/deliveries');
export const useRecordReceipt = () => usePost<Record<string, unknown>, ReceiptDto>(() => '/api/charity/receipts');
export const useCreateTransfer = () => usePost<Record<string, unknown>, TransferDto>(() => '/api/charity/transfers');
export const useConfirmTransfer = () =>
  usePost<{ id: string; version: number }, TransferDto>((b) => `/api/charity/transfers/${b.id}/confirm`);
export const useClaim = () => usePost<Record<string, unknown>, ClaimDto>(() => '/api/charity/claims');
export const useMyDonations = () =>
  useQuery({
    queryKey: [...CHARITY_KEY, 'my'],
    queryFn: () => api.get<{ donor: DonorDto | null; claims: ClaimDto[] }>('/api/charity/my'),
  });

export const usePublicSummary = () =>
  useQuery({
    queryKey: ['public-charity', 'summary'],
    queryFn: () => api.get<PublicSummaryDto>('/api/public/charity/summary'),
  });
export const usePublicNeeds = (q: QueryParams) =>
  useQuery({
    queryKey: ['public-charity', 'needs', q],
    queryFn: () => api.get<PublicNeedsDto>('/api/public/charity/needs', q),
  });
export const usePublicVerify = (code: string) =>
  useQuery({
    queryKey: ['public-charity', 'verify', code],
    queryFn: () => api.get<PublicVerifyDto>(`/api/public/charity/verify/${code}`),
    retry: false,
  });
