import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { PUBLIC } from '../../http/policy';
import { isReachable } from './health.repository';

const healthDto = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['embedded', 'external']),
  version: z.string(),
});

export function healthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        config: { policy: PUBLIC },
        schema: {
          tags: ['system'],
          summary: 'Liveness and database reachability',
          response: { 200: healthDto, 503: healthDto },
        },
      },
      async (_req, reply) => {
        const reachable = await isReachable(ctx.db);
        const body = {
          status: reachable ? ('ok' as const) : ('degraded' as const),
          database: ctx.databaseKind,
          version: ctx.config.version,
        };
        return reply.status(reachable ? 200 : 503).send(body);
      },
    );
  };
}
