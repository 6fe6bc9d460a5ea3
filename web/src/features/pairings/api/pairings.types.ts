import type { z } from 'zod';
import type {
  dormantDto,
  ImportResultDto,
  pairingStatsDto,
  PairingDto,
  AgreementDto,
  RecordSummaryDto,
} from '@xiezuo/domain';

/** One server page of a list. */
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };

export type PairingsPage = Paged<PairingDto>;
export type AgreementsPage = Paged<AgreementDto>;
export type RecordsPage = Paged<RecordSummaryDto>;
export type PairingStats = z.infer<typeof pairingStatsDto>;
export type DormantList = z.infer<typeof dormantDto>;
export type DormantPairing = DormantList['items'][number];
export type { ImportResultDto };
