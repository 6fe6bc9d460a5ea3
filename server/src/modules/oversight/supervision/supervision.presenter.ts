import { isOrderOverdue, type SupervisionOrderDetailDto, type SupervisionOrderDto } from '@xiezuo/domain';
import type { Actor } from '../../../http/context';
import { abilitiesOf } from './supervision.policy';
import type * as repo from './supervision.repository';

/** 督办〔2019〕3号 / 决定事项〔2019〕1号. */
export const serialOf = (o: repo.OrderRow) =>
  `${o.kind === 'supervision' ? '督办' : '决定事项'}〔${o.year}〕${o.serialNo}号`;

/** An order as the caller sees it; overdue is judged against the tenant's working date. */
export function presentOrder(o: repo.OrderWide, actor: Actor, today: string): SupervisionOrderDto {
  return {
    id: o.id,
    serial: serialOf(o),
    kind: o.kind,
    subject: o.subject,
    warningId: o.warningId,
    indicatorCodes: o.indicatorCodes,
    recordIds: o.recordIds,
    units: o.units,
    dueDate: o.dueDate,
    requiredResponse: o.requiredResponse,
    status: o.status,
    isOverdue: isOrderOverdue(o, today),
    createdAt: o.createdAt.toISOString(),
    createdBy: o.createdByName,
    respondedAt: o.respondedAt?.toISOString() ?? null,
    closedAt: o.closedAt?.toISOString() ?? null,
    version: o.version,
    abilities: abilitiesOf(actor, { status: o.status, unitIds: o.units.map((u) => u.id) }),
  };
}

type Detail = {
  responses: Awaited<ReturnType<typeof repo.responsesOf>>;
  files: Awaited<ReturnType<typeof repo.filesOf>>;
  events: Awaited<ReturnType<typeof repo.eventsOf>>;
  names: Map<string, { zh: string; en: string }>;
};

export function presentDetail(o: repo.OrderWide, actor: Actor, d: Detail, today: string): SupervisionOrderDetailDto {
  return {
    ...presentOrder(o, actor, today),
    // a code no plan declares any more still shows, as itself
    indicators: o.indicatorCodes.map((code) => ({ code, name: d.names.get(code) ?? { zh: code, en: code } })),
    responses: d.responses.map((r) => ({
      id: r.id,
      unit: { id: r.unitId, name: r.unitName },
      text: r.text,
      by: r.by,
      at: r.at.toISOString(),
    })),
    files: d.files.map((f) => ({
      id: f.id,
      filename: f.filename,
      size: f.size,
      mime: f.mime,
      hash: f.hash,
      unitName: f.unitName,
      createdAt: f.createdAt.toISOString(),
    })),
    history: d.events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      user: e.user,
      note: e.note,
    })),
  };
}
