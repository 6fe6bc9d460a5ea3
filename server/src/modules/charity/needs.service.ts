import {
  ageBand,
  checkIdNumber,
  DEFAULT_CHARITY_SETTINGS,
  idFacts,
  NEED_TRANSITIONS,
  needStatusAfter,
  normaliseIdNumber,
  PERSON_BENEFICIARIES,
  surnameInitial,
  type CharitySettings,
  type NeedDto,
  type NeedInput,
  type NeedListQuery,
  type NeedAction,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../http/app-error';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { appendAudit } from '../../lib/audit-tx';
import { blindIndex, encryptField } from '../../security/pii';
import { workingDate, workingNow } from '../settings/working-date.service';
import { actsForCounty, canActOnNeed, canSeeCounty, needScope } from './charity.policy';
import { presentNeed } from './needs.presenter';
import * as repo from './needs.repository';

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });

/** The tenant's charity settings: its own row, else the defaults. */
export async function charitySettingsOf(db: DbOrTx, tenantId: string): Promise<CharitySettings> {
  const r = await repo.findSettings(db, tenantId);
  return r
    ? { beneficiaryYearCapFen: r.beneficiaryYearCapFen, reservationDays: r.reservationDays }
    : DEFAULT_CHARITY_SETTINGS;
}

/** The needs the caller sees (their counties; all for the district and the Red Cross), newest first. */
export async function listNeeds(ctx: AppContext, actor: Actor, q: NeedListQuery) {
  const now = await workingNow(ctx.db, actor.tenantId);
  const { items, total } = await repo.listNeeds(
    ctx.db,
    actor.tenantId,
    needScope(actor),
    { county: q.county, kind: q.kind, status: q.status },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    now,
  );
  return { items: items.map((n) => presentNeed(n, actor, ctx.keys)), total, page: q.page, pageSize: q.pageSize };
}

/** One need in the caller's scope (404 outside it, so another county's needs are not even confirmed to exist). */
export async function loadNeed(ctx: AppContext, db: DbOrTx, actor: Actor, id: string) {
  const n = await repo.findNeed(db, actor.tenantId, id, await workingNow(db, actor.tenantId));
  if (!n || !canSeeCounty(actor, n.countyCode)) throw new AppError('NOT_FOUND');
  return n;
}

export async function getNeed(ctx: AppContext, actor: Actor, id: string): Promise<NeedDto> {
  return presentNeed(await loadNeed(ctx, ctx.db, actor, id), actor, ctx.keys);
}

/** Refuses text that would put the beneficiary on the public page: their name, or a run of 11+ digits (ID, phone). */
function checkPublicText(input: NeedInput) {
  const text = `${input.title}\n${input.description}\n${input.goods ?? ''}`;
  const name = input.beneficiary?.name.trim();
  if ((name && name.length >= 2 && text.includes(name)) || /\d{11,}/.test(text.replace(/[\s-]/g, '')))
    throw new AppError('CHARITY_PERSONAL_TEXT');
}

type Person = { name: string; id: string; phone: string | null };
function personOf(input: NeedInput): Person | null {
  if (!PERSON_BENEFICIARIES.includes(input.beneficiaryKind)) return null;
  if (!input.beneficiary) throw new AppError('CHARITY_BENEFICIARY_REQUIRED');
  const id = normaliseIdNumber(input.beneficiary.idNumber);
  const problem = checkIdNumber(id);
  if (problem) throw invalid('beneficiary.idNumber', problem);
  return { name: input.beneficiary.name.trim(), id, phone: input.beneficiary.phone };
}

/** Refuses a need that would take one beneficiary over the yearly cap (across all their needs not cancelled). */
async function checkYearCap(tx: DbOrTx, tenantId: string, idIndex: string, year: number, amountFen: number) {
  const { beneficiaryYearCapFen: cap } = await charitySettingsOf(tx, tenantId);
  const used = await repo.beneficiaryYearTotal(tx, tenantId, idIndex, year, null);
  if (used + amountFen > cap) throw new AppError('CHARITY_BENEFICIARY_CAP', { capFen: cap, usedFen: used });
}

/**
 * Raises a need as a draft for a county the caller acts for. The beneficiary's name, ID number and phone are
 * encrypted; the ID number's blind index enforces the yearly cap; only an initial and an age band stay plain.
 */
export async function createNeed(ctx: AppContext, actor: Actor, meta: RequestMeta, input: NeedInput): Promise<NeedDto> {
  if (!actsForCounty(actor, input.countyCode)) throw new AppError('FORBIDDEN');
  const place = await repo.placeFacts(ctx.db, actor.tenantId, input.countyCode, input.regionCode);
  if (!place.isCounty) throw invalid('countyCode', 'not an assisted county');
  if (!place.regionExists || (input.regionCode && !input.regionCode.startsWith(input.countyCode)))
    throw invalid('regionCode', 'not a place in this county');
  const today = await workingDate(ctx.db, actor.tenantId);
  if (input.deadline < today) throw invalid('deadline', 'before the working date');
  const person = personOf(input);
  checkPublicText(input);
  const year = Number(today.slice(0, 4));
  const id = await ctx.db.transaction(async (tx) => {
    const idIndex = person ? blindIndex(ctx.keys, person.id) : null;
    if (idIndex) await checkYearCap(tx, actor.tenantId, idIndex, year, input.amountFen);
    const row = await repo.insertNeed(tx, {
      tenantId: actor.tenantId,
      countyCode: input.countyCode,
      regionCode: input.regionCode,
      kind: input.kind,
      beneficiaryKind: input.beneficiaryKind,
      title: input.title,
      description: input.description,
      amountFen: input.amountFen,
      goods: input.goods,
      deadline: input.deadline,
      evidenceNote: input.evidenceNote,
      year,
      beneficiaryNameEnc: person ? encryptField(ctx.keys, person.name) : null,
      beneficiaryIdEnc: person ? encryptField(ctx.keys, person.id) : null,
      beneficiaryIdIndex: idIndex,
      beneficiaryPhoneEnc: person?.phone ? encryptField(ctx.keys, person.phone) : null,
      beneficiaryInitial: person ? surnameInitial(person.name) : null,
      beneficiaryAgeBand: person ? ageBand(idFacts(person.id).birthDate, today) : null,
      createdBy: actor.userId,
    });
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      objectType: 'need',
      objectId: row.id,
      action: 'create',
      toStatus: 'draft',
      userId: actor.userId,
    });
    await appendAudit(tx, actor, meta, {
      action: 'charity.need.create',
      outcome: 'success',
      objectType: 'charity_need',
      objectId: row.id,
      details: { county: input.countyCode, kind: input.kind, amountFen: input.amountFen },
    });
    return row.id;
  });
  return getNeed(ctx, actor, id);
}

/** A hand step on a need (verify by someone other than its maker, return, publish, cancel), with its event and audit. */
export async function transitionNeed(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: { action: NeedAction; reason: string | null; version: number },
): Promise<NeedDto> {
  const t = NEED_TRANSITIONS[body.action];
  if (t.needsReason && !body.reason) throw invalid('reason', 'required');
  await ctx.db.transaction(async (tx) => {
    const n = await loadNeed(ctx, tx, actor, id);
    if (!actsForCounty(actor, n.countyCode)) throw new AppError('FORBIDDEN');
    if (!t.from.includes(n.status)) throw new AppError('INVALID_TRANSITION', { status: n.status });
    if (!canActOnNeed(actor, n, body.action)) throw new AppError('CHARITY_MAKER_CHECKER');
    // a cancelled need with money on its way would strand the donors' money: claims must lapse first
    if (body.action === 'cancel' && n.claimedFen > 0) throw new AppError('INVALID_TRANSITION', { status: n.status });
    const today = await workingDate(tx, actor.tenantId);
    const after = await repo.updateNeed(tx, actor.tenantId, id, body.version, {
      status: t.to,
      ...(body.action === 'verify' ? { verifiedBy: actor.userId } : {}),
      ...(body.action === 'return' ? { verifiedBy: null } : {}),
      ...(body.action === 'publish' ? { publishedOn: today } : {}),
    });
    if (!after) throw new AppError('CONFLICT', { currentVersion: n.version });
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      objectType: 'need',
      objectId: id,
      action: body.action,
      fromStatus: n.status,
      toStatus: t.to,
      userId: actor.userId,
      reason: body.reason,
    });
    await appendAudit(tx, actor, meta, {
      action: `charity.need.${body.action}`,
      outcome: 'success',
      objectType: 'charity_need',
      objectId: id,
      details: { from: n.status, to: t.to, reason: body.reason },
    });
  });
  return getNeed(ctx, actor, id);
}

/**
 * Moves needs along the money path after claims, receipts or lapsed reservations (published ↔ claimed → funded),
 * inside the caller's transaction, with an event for each move.
 */
export async function syncNeeds(tx: DbOrTx, tenantId: string, needIds: string[], now: Date, by: EventBy) {
  for (const n of await repo.moneyOf(tx, [...new Set(needIds)], now)) {
    const to = needStatusAfter(n.status, n.amountFen, n.claimedFen, n.receivedFen);
    if (to === n.status) continue;
    await repo.updateNeed(tx, tenantId, n.id, n.version, { status: to });
    await repo.insertEvent(tx, {
      tenantId,
      objectType: 'need',
      objectId: n.id,
      action: 'money',
      fromStatus: n.status,
      toStatus: to,
      userId: by.userId,
      accountId: by.accountId,
    });
  }
}
export type EventBy = { userId: string | null; accountId: string | null };
