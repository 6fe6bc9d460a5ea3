import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { systemConfigDto } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';

export function systemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/system/config',
      {
        config: { policy: requires('config.read') },
        schema: {
          tags: ['system'],
          summary: 'Effective configuration (no secrets)',
          response: { 200: systemConfigDto, ...errorResponses },
        },
      },
      async () => {
        const c = ctx.config;
        return {
          version: c.version,
          database: ctx.databaseKind,
          demo: c.demo,
          session: {
            idleMinutes: Math.round(c.session.idleMs / 60_000),
            absoluteHours: Math.round(c.session.absoluteMs / 3_600_000),
          },
          lockout: {
            threshold: c.lockout.threshold,
            minutes: c.lockout.minutes,
            loginRatePerMinute: c.lockout.ratePerMinute,
          },
          passwordPolicy: c.passwordPolicy,
          cookieSecure: c.cookieSecure,
        };
      },
    );
  };
}
