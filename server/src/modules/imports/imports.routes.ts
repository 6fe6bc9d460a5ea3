import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importDto, importListDto, importListQuery } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { sendDownload } from '../../lib/files/download';
import { IMPORT_ROUTE_ABILITIES } from './imports.policy';
import * as service from './imports.service';

const MANAGE = { policy: requires(...IMPORT_ROUTE_ABILITIES) };
const idParams = z.object({ id: z.uuid() });

/** Import batches: status and the rejects report, for whoever may manage the batch's kind. */
export function importRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/imports',
      {
        config: MANAGE,
        schema: {
          tags: ['imports'],
          summary: "The caller's own import batches, newest first; stopped=true: those that failed or were interrupted",
          querystring: importListQuery,
          response: { 200: importListDto, ...errorResponses },
        },
      },
      async (req) => service.listMine(ctx, requireActor(req), req.query),
    );
    app.get(
      '/imports/:id',
      {
        config: MANAGE,
        schema: {
          tags: ['imports'],
          summary: 'One import batch: counts and the rejects link',
          params: idParams,
          response: { 200: importDto, ...errorResponses },
        },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id),
    );
    app.get(
      '/imports/:id/rejects',
      {
        config: MANAGE,
        schema: {
          tags: ['imports'],
          summary: 'The rejects report (xlsx): the rejected rows with their row numbers and reasons',
          params: idParams,
          response: {
            200: z.unknown().describe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
            ...errorResponses,
          },
        },
      },
      async (req, reply) => sendDownload(reply, await service.openRejects(ctx, requireActor(req), req.params.id)),
    );
  };
}
