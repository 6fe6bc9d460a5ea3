import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  telemedListDto,
  telemedListQuery,
  telemedRequestBody,
  telemedRequestDto,
  telemedTransitionBody,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { sendDownload } from '../../lib/files/download';
import { readUpload } from '../../lib/files/upload';
import { registerSourceLink } from '../ledger/records.produced';
import * as repo from './telemedicine.repository';
import * as service from './telemedicine.service';
import { transition } from './telemedicine.transitions';
import { requireActor } from '../../http/actor';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const idParams = z.object({ id: z.uuid() });
const tags = ['telemedicine'];

/** Telemedicine (远程医疗) over the hospital pairs: requests, their steps, attachments. */
export function telemedicineRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  // a closed request's ledger record links back to it (the indicators drill down to requests this way)
  registerSourceLink('telemedicine_request', async (db, tenantId, id) => {
    const w = await repo.findWide(db, tenantId, id);
    return w ? { path: `/telemedicine/${id}`, title: `${w.r.number} · ${w.westName} → ${w.eastName}` } : null;
  });
  return async (app) => {
    app.get(
      '/telemedicine/requests',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Consultation and pathology requests in scope, by county, status, kind, pair and year',
          querystring: telemedListQuery,
          response: { 200: telemedListDto, ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req), req.query),
    );
    app.post(
      '/telemedicine/requests',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Open a request to the paired hospital (the summary must name no ID or phone number)',
          body: telemedRequestBody,
          response: { 200: telemedRequestDto, ...errorResponses },
        },
      },
      async (req) => service.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/telemedicine/requests/:id',
      {
        config: READ,
        schema: {
          tags,
          summary: 'A request',
          params: idParams,
          response: { 200: telemedRequestDto, ...errorResponses },
        },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/telemedicine/requests/:id/transitions',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Assign an expert, schedule, answer, close with feedback (produces the ledger record) or cancel',
          params: idParams,
          body: telemedTransitionBody,
          response: { 200: telemedRequestDto, ...errorResponses },
        },
      },
      async (req) => transition(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/telemedicine/requests/:id/files',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Attach a file (multipart "file": PNG, JPEG, PDF or DICOM, ≤ 20 MB)',
          params: idParams,
          response: { 200: telemedRequestDto, ...errorResponses },
        },
      },
      async (req) => service.attachFile(ctx, requireActor(req), req.meta, req.params.id, await readUpload(req)),
    );
    app.get(
      '/telemedicine/requests/:id/files/:fileId',
      {
        config: READ,
        schema: { tags, summary: 'Download an attachment', params: idParams.extend({ fileId: z.uuid() }) },
      },
      async (req, reply) =>
        sendDownload(reply, await service.openFile(ctx, requireActor(req), req.params.id, req.params.fileId)),
    );
  };
}
