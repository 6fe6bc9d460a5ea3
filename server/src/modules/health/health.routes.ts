import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseAvailability } from '../../db/availability';
import type { AppContext } from '../../http/context';
import { PUBLIC } from '../../http/policy';

const healthDto = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['embedded', 'external']),
  version: z.string(),
});

/** GET /health: asks the database with its own short limit, so it answers within 2 s even when the database hangs. */
export function healthRoutes(ctx: AppContext, availability: DatabaseAvailability): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        config: { policy: PUBLIC },
        schema: {
          tags: ['system'],
          summary: 'Liveness and database reachability (answers within 2 s)',
          response: { 200: healthDto, 503: healthDto },
        },
      },
      async (_req, reply) => {
        const reachable = await availability.check();
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
