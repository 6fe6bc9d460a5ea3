import type { z } from 'zod';
import type {
  pairingDto,
  periodDto,
  recordDto,
  RecordSummaryDto,
  revealDto,
  unitDto,
  unlockRequestDto,
} from '@xiezuo/domain';

// All shapes come from the domain contracts; nothing here is written by hand.
export type RecordSummary = RecordSummaryDto;
export type RecordDetail = z.infer<typeof recordDto>;
export type RecordPerson = RecordDetail['people'][number];
export type RecordEvent = RecordDetail['history'][number];
export type RecordAbilities = RecordSummary['abilities'];
export type PeriodDto = z.infer<typeof periodDto>;
export type UnlockRequest = z.infer<typeof unlockRequestDto>;
export type UnlockStatus = UnlockRequest['status'];
export type RevealResult = z.infer<typeof revealDto>;
export type Unit = z.infer<typeof unitDto>;
export type Pairing = z.infer<typeof pairingDto>;
export type { Page } from '@xiezuo/domain';
/** The masked answer of POST /api/persons/lookup (declared inline in persons.routes.ts, not yet in domain). */
export type KnownPerson = {
  personId: string;
  name: string;
  idMasked: string;
  isPoor: boolean;
  countyCode: string | null;
};
