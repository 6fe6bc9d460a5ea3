import { maskIdNumber, type NeedAction, type NeedDto } from '@xiezuo/domain';
import type { Actor } from '../../http/context';
import { decryptField, type DataKeys } from '../../security/pii';
import { canActOnNeed, canDeliver } from './charity.policy';
import type { NeedView } from './needs.repository';

const can = (actor: Actor, n: NeedView, a: NeedAction) => canActOnNeed(actor, n, a);

/** A need for staff: the beneficiary masked (马*, 6230**********1234), with what the caller may do to it. */
export function presentNeed(n: NeedView, actor: Actor, keys: DataKeys): NeedDto {
  const hasPerson = n.beneficiaryIdEnc !== null && n.beneficiaryNameEnc !== null;
  return {
    id: n.id,
    countyCode: n.countyCode,
    countyName: n.countyName,
    regionCode: n.regionCode,
    regionName: n.regionName,
    kind: n.kind,
    beneficiaryKind: n.beneficiaryKind,
    title: n.title,
    description: n.description,
    amountFen: n.amountFen,
    goods: n.goods,
    deadline: n.deadline,
    evidenceNote: n.evidenceNote,
    status: n.status,
    claimedFen: n.claimedFen,
    receivedFen: n.receivedFen,
    beneficiary: hasPerson
      ? {
          nameMasked: n.beneficiaryInitial ?? '',
          idMasked: maskIdNumber(decryptField(keys, n.beneficiaryIdEnc!)),
          ageBand: n.beneficiaryAgeBand ?? '',
          initial: n.beneficiaryInitial ?? '',
        }
      : null,
    createdBy: n.createdBy,
    verifiedBy: n.verifiedBy,
    publishedOn: n.publishedOn,
    deliveredOn: n.deliveredOn,
    deliveryNote: n.deliveryNote,
    version: n.version,
    abilities: {
      verify: can(actor, n, 'verify'),
      return: can(actor, n, 'return'),
      publish: can(actor, n, 'publish'),
      cancel: can(actor, n, 'cancel'),
      deliver: canDeliver(actor, n),
    },
  };
}
