import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findingActionBody, findingDto, findingInput, findingListQuery, pageOf } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as service from './findings.service';
import { sendDownload } from '../../lib/files/download';
import { readUpload } from '../../lib/files/upload';

const READ = { policy: requires('business.read') };
// the auditor writes findings only; the responsible side (county, east payers) answers them with business.write
const FINDINGS = { policy: requires('findings.write', 'business.write') };
const tags = ['funds'];
const idParams = z.object({ id: z.uuid() });

/** 审计发现 and 整改: findings on projects and payments, rectification with evidence, acceptance or return. */
export function findingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit-findings',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Audit findings in scope',
          querystring: findingListQuery,
          response: { 200: pageOf(findingDto), ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req), req.query),
    );
    app.post(
      '/audit-findings',
      {
        config: FINDINGS,
        schema: {
          tags,
          summary: 'Raise a finding on a project or a payment (auditor, joint audit team)',
          body: findingInput,
          response: { 200: findingDto, ...errorResponses },
        },
      },
      async (req) => service.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/audit-findings/:id',
      {
        config: READ,
        schema: {
          tags,
          summary: 'One finding with its history and files',
          params: idParams,
          response: { 200: findingDto, ...errorResponses },
        },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/audit-findings/:id/actions',
      {
        config: FINDINGS,
        schema: {
          tags,
          summary: 'rectify (responsible side), accept or return (auditor), with a text',
          params: idParams,
          body: findingActionBody,
          response: { 200: findingDto, ...errorResponses },
        },
      },
      async (req) => service.act(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/audit-findings/:id/files',
      {
        config: FINDINGS,
        schema: {
          tags,
          summary: 'Attach rectification evidence (multipart "file": PDF, PNG, JPEG, xlsx ≤ 20 MB)',
          params: idParams,
          response: { 200: findingDto, ...errorResponses },
        },
      },
      async (req) => service.attachFile(ctx, requireActor(req), req.meta, req.params.id, await readUpload(req)),
    );
    app.get(
      '/audit-findings/:id/files/:fileId',
      {
        config: READ,
        schema: { tags, summary: 'Download a finding’s file', params: idParams.extend({ fileId: z.uuid() }) },
      },
      async (req, reply) =>
        sendDownload(reply, await service.openFile(ctx, requireActor(req), req.params.id, req.params.fileId)),
    );
  };
}
