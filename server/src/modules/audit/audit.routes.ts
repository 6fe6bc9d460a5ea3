import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { requires } from '../../http/policy';
import { errorResponses, pageOf, pageQuery } from '../../http/schemas';
import * as repo from './audit.repository';
import { anchorPath } from './audit-anchor';
import { verifyChain } from './audit-verify';

const auditDto = z.object({
  id: z.number().int(),
  at: z.string(),
  username: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  outcome: z.enum(['success', 'failure', 'denied']),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
});

const auditQuery = pageQuery.extend({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  action: z.string().max(64).optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  q: z.string().trim().max(100).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});

function present(r: repo.AuditRow): z.infer<typeof auditDto> {
  return {
    id: r.id,
    at: r.at.toISOString(),
    username: r.username,
    ip: r.ip,
    action: r.action,
    objectType: r.objectType,
    objectId: r.objectId,
    outcome: r.outcome,
    requestId: r.requestId,
    details: r.details ?? null,
    hash: r.hash,
  };
}

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        config: { policy: requires('audit.read') },
        schema: {
          tags: ['audit'],
          summary: 'Search and page the audit log',
          querystring: auditQuery,
          response: { 200: pageOf(auditDto), ...errorResponses },
        },
      },
      async (req) => {
        const q = req.query;
        const filter = {
          tenantId: req.actor!.tenantId,
          from: q.from ? new Date(q.from) : undefined,
          to: q.to ? new Date(q.to) : undefined,
          action: q.action,
          outcome: q.outcome,
          q: q.q || undefined,
        };
        const { rows, total } = await repo.listPage(ctx.db, filter, q.page, q.pageSize, q.order);
        return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
      },
    );
    app.get(
      '/audit/actions',
      {
        config: { policy: requires('audit.read') },
        schema: {
          tags: ['audit'],
          summary: 'Distinct actions in the log',
          response: { 200: z.object({ actions: z.array(z.string()) }), ...errorResponses },
        },
      },
      async (req) => ({ actions: await repo.listActions(ctx.db, req.actor!.tenantId) }),
    );
    app.get(
      '/audit/verify',
      {
        config: { policy: requires('audit.read') },
        schema: {
          tags: ['audit'],
          summary:
            'Verify the keyed (HMAC-SM3) hash chain and the anchor file: every break up to 100, the first as brokenId',
          response: {
            200: z.object({
              ok: z.boolean(),
              rows: z.number().int(),
              breaks: z.array(z.object({ id: z.number().int(), reason: z.string(), detail: z.string().optional() })),
              more: z.number().int(),
              anchors: z.number().int(),
              brokenId: z.number().int().optional(),
              reason: z.string().optional(),
            }),
            ...errorResponses,
          },
        },
      },
      async () => verifyChain(ctx.db, { key: ctx.keys.audit, anchorFile: anchorPath(ctx.config.dataDir) }),
    );
  };
}
