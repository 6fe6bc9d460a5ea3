import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { revealBody, revealDto } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as service from './persons.service';

const lookupDto = z.object({
  person: z
    .object({
      personId: z.string(),
      name: z.string(),
      idMasked: z.string(),
      isPoor: z.boolean(),
      countyCode: z.string().nullable(),
    })
    .nullable(),
});

export function personRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/persons/lookup',
      {
        config: { policy: requires('business.write') },
        schema: {
          tags: ['persons'],
          summary: 'Is this ID number already known? (masked answer)',
          body: z.object({ idNumber: z.string().min(1).max(40) }),
          response: { 200: lookupDto, ...errorResponses },
        },
      },
      async (req) => ({ person: await service.lookup(ctx, requireActor(req), req.body.idNumber) }),
    );
    app.post(
      '/persons/:id/reveal',
      {
        config: { policy: requires('business.write') },
        schema: {
          tags: ['persons'],
          summary: 'Show the full ID number and phone, with a reason; audited',
          params: z.object({ id: z.uuid() }),
          body: revealBody,
          response: { 200: revealDto, ...errorResponses },
        },
      },
      async (req) => service.reveal(ctx, requireActor(req), req.meta, req.params.id, req.body.reason),
    );
  };
}
