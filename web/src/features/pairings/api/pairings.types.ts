import type { z } from 'zod';
import type {
  dormantDto,
  ImportResultDto,
  pairingStatsDto,
  Page,
  PairingDto,
  AgreementDto,
  RecordSummaryDto,
} from '@xiezuo/domain';

export type PairingsPage = Page<PairingDto>;
export type AgreementsPage = Page<AgreementDto>;
export type RecordsPage = Page<RecordSummaryDto>;
export type PairingStats = z.infer<typeof pairingStatsDto>;
export type DormantList = z.infer<typeof dormantDto>;
export type DormantPairing = DormantList['items'][number];
export type { ImportResultDto };
