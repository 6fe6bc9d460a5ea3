import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { workingDateBody, workingDateDto } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { getWorkingDate, setWorkingDate } from './working-date.service';

export function settingsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/settings/working-date',
      {
        config: { policy: requires('org.read', 'business.read') },
        schema: {
          tags: ['settings'],
          summary: '工作日期 / 数据截至: the date the tenant takes as "now" (today when none is set)',
          response: { 200: workingDateDto, ...errorResponses },
        },
      },
      async (req) => getWorkingDate(ctx, requireActor(req).tenantId),
    );
    app.put(
      '/settings/working-date',
      {
        config: { policy: requires('org.manage') },
        schema: {
          tags: ['settings'],
          summary: 'Set the working date (office; null follows today; version checked; audited)',
          body: workingDateBody,
          response: { 200: workingDateDto, ...errorResponses },
        },
      },
      async (req) => setWorkingDate(ctx, requireActor(req), req.meta, req.body),
    );
  };
}
