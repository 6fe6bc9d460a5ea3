import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agreementBody, agreementDto, agreementListQuery, pageOf } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { sendDownload } from '../../lib/files/download';
import { readUpload } from '../../lib/files/upload';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as service from './agreements.service';

const READ = { policy: requires('business.read') };
const MANAGE = { policy: requires('org.manage') };
const idParams = z.object({ id: z.uuid() });

export function agreementRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/agreements',
      {
        config: READ,
        schema: {
          tags: ['agreements'],
          summary: 'Agreements in scope (year: covering that year)',
          querystring: agreementListQuery,
          response: { 200: pageOf(agreementDto), ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req), req.query, req.query.page, req.query.pageSize),
    );
    app.get(
      '/agreements/:id',
      {
        config: READ,
        schema: {
          tags: ['agreements'],
          summary: 'One agreement',
          params: idParams,
          response: { 200: agreementDto, ...errorResponses },
        },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/agreements',
      {
        config: MANAGE,
        schema: {
          tags: ['agreements'],
          summary: 'Create an agreement under a pairing',
          body: agreementBody,
          response: { 200: agreementDto, ...errorResponses },
        },
      },
      async (req) => service.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.post(
      '/agreements/:id/files',
      {
        config: MANAGE,
        schema: {
          tags: ['agreements'],
          summary: 'Attach a signed file (multipart field "file": PDF, PNG or JPEG, ≤ 20 MB)',
          params: idParams,
          response: { 200: agreementDto, ...errorResponses },
        },
      },
      async (req) => service.attachFile(ctx, requireActor(req), req.meta, req.params.id, await readUpload(req)),
    );
    app.get(
      '/agreements/:id/files/:fileId',
      {
        config: READ,
        schema: {
          tags: ['agreements'],
          summary: 'Download a signed file',
          params: idParams.extend({ fileId: z.uuid() }),
        },
      },
      async (req, reply) =>
        sendDownload(reply, await service.openFile(ctx, requireActor(req), req.params.id, req.params.fileId)),
    );
  };
}
