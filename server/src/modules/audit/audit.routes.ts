import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEntryDto, auditQuery, auditVerifyDto, pageOf } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { listActions, searchLog } from './audit-log.service';
import { anchorPath } from './audit-anchor';
import { verifyChain } from './audit-verify';

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
          response: { 200: pageOf(auditEntryDto), ...errorResponses },
        },
      },
      async (req) => searchLog(ctx, requireActor(req), req.query),
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
      async (req) => listActions(ctx, requireActor(req)),
    );
    app.get(
      '/audit/verify',
      {
        config: { policy: requires('audit.read') },
        schema: {
          tags: ['audit'],
          summary:
            'Verify the keyed (HMAC-SM3) hash chain and the anchor file: every break up to 100, the first as brokenId',
          response: { 200: auditVerifyDto, ...errorResponses },
        },
      },
      async () => verifyChain(ctx.db, { key: ctx.keys.audit, anchorFile: anchorPath(ctx.config.dataDir) }),
    );
  };
}
