import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { workbenchDto } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { SIGNED_IN } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { workbench } from './workbench.service';

export function workbenchRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/workbench',
      {
        config: { policy: SIGNED_IN },
        schema: {
          tags: ['workbench'],
          summary: 'What awaits me now (工作台): counts by kind with due-soon and overdue, recent activity, unread',
          response: { 200: workbenchDto, ...errorResponses },
        },
      },
      async (req) => workbench(ctx, requireActor(req)),
    );
  };
}
