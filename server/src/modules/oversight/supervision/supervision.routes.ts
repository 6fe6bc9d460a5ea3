import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptBody,
  respondBody,
  returnBody,
  supervisionListQuery,
  supervisionOrderBody,
  supervisionOrderDetailDto,
  supervisionOrderDto,
  pageOf,
} from '@xiezuo/domain';
import type { AppContext } from '../../../http/context';
import { requireActor } from '../../../http/actor';
import { sendDownload } from '../../../lib/files/download';
import { readUpload } from '../../../lib/files/upload';
import { requires } from '../../../http/policy';
import { errorResponses } from '../../../http/schemas';
import * as service from './supervision.service';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const MANAGE = { policy: requires('org.manage') };
const idParams = z.object({ id: z.uuid() });
const tags = ['supervision'];

export function supervisionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/supervision-orders',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Supervision orders and leadership-group decisions in scope, filtered and paged',
          querystring: supervisionListQuery,
          response: { 200: pageOf(supervisionOrderDto), ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req), req.query),
    );
    app.post(
      '/supervision-orders',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Issue an order to units, optionally from a warning (district office)',
          body: supervisionOrderBody,
          response: { 200: supervisionOrderDetailDto, ...errorResponses },
        },
      },
      async (req) => service.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/supervision-orders/:id',
      {
        config: READ,
        schema: {
          tags,
          summary: 'One order with its answers, files and history',
          params: idParams,
          response: { 200: supervisionOrderDetailDto, ...errorResponses },
        },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/supervision-orders/:id/respond',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Answer an order (reporter of a responsible unit)',
          params: idParams,
          body: respondBody,
          response: { 200: supervisionOrderDetailDto, ...errorResponses },
        },
      },
      async (req) => service.respond(ctx, requireActor(req), req.meta, req.params.id, req.body.text),
    );
    app.post(
      '/supervision-orders/:id/accept',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Accept the answer and close the order (district office)',
          params: idParams,
          body: acceptBody,
          response: { 200: supervisionOrderDetailDto, ...errorResponses },
        },
      },
      async (req) => service.decide(ctx, requireActor(req), req.meta, req.params.id, 'accept', req.body.note ?? null),
    );
    app.post(
      '/supervision-orders/:id/return',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Return the answer for rework, with a note (district office)',
          params: idParams,
          body: returnBody,
          response: { 200: supervisionOrderDetailDto, ...errorResponses },
        },
      },
      async (req) => service.decide(ctx, requireActor(req), req.meta, req.params.id, 'return', req.body.note),
    );
    app.post(
      '/supervision-orders/:id/files',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Attach evidence (multipart field "file": PDF, PNG, JPEG or xlsx, ≤ 20 MB)',
          params: idParams,
          response: { 200: supervisionOrderDetailDto, ...errorResponses },
        },
      },
      async (req) => service.attachFile(ctx, requireActor(req), req.meta, req.params.id, await readUpload(req)),
    );
    app.get(
      '/supervision-orders/:id/files/:fileId',
      {
        config: READ,
        schema: { tags, summary: 'Download an evidence file', params: idParams.extend({ fileId: z.uuid() }) },
      },
      async (req, reply) =>
        sendDownload(reply, await service.openFile(ctx, requireActor(req), req.params.id, req.params.fileId)),
    );
  };
}
