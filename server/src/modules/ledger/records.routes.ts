import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MEASURES,
  optionalReasonBody,
  reasonBody,
  RECORD_ACTIONS,
  RECORD_CATEGORIES,
  RECORD_TYPES,
  recordDto,
  recordInput,
  recordListQuery,
  recordPatch,
  recordSummaryDto,
  type RecordAction,
  pageOf,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { recordExcelRoutes } from './excel/ledger-excel.routes';
import * as service from './records.service';
import { transition } from './records.workflow';
import { attachRecordFile, openRecordFile } from './records-files.service';
import { sendDownload } from '../../lib/files/download';
import { readUpload } from '../../lib/files/upload';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const idParams = z.object({ id: z.uuid() });

const recordTypesDto = z.object({
  types: z.array(
    z.object({
      code: z.string(),
      label: z.object({ zh: z.string(), en: z.string() }),
      category: z.string(),
      group: z.string(),
      reportedBy: z.enum(['east', 'west']),
      review: z.boolean(),
      roster: z.unknown(),
      fields: z.array(z.unknown()),
      fixed: z.unknown().optional(),
    }),
  ),
  measures: z.record(z.string(), z.unknown()),
  categories: z.record(z.string(), z.unknown()),
});

export function recordRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(recordExcelRoutes(ctx));
    app.get(
      '/record-types',
      {
        config: READ,
        schema: {
          tags: ['records'],
          summary: 'Every record type as declared: fields, measures, sides',
          response: { 200: recordTypesDto, ...errorResponses },
        },
      },
      async () => ({
        types: RECORD_TYPES.map((t) => ({ ...t, fields: [...t.fields] })),
        measures: MEASURES,
        categories: RECORD_CATEGORIES,
      }),
    );
    app.get(
      '/records',
      {
        config: READ,
        schema: {
          tags: ['records'],
          summary: 'Ledger records in scope, filtered, sorted and paged',
          querystring: recordListQuery,
          response: { 200: pageOf(recordSummaryDto), ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req), req.query),
    );
    app.post(
      '/records',
      {
        config: WRITE,
        schema: {
          tags: ['records'],
          summary: 'Create a draft record (accepts Idempotency-Key)',
          body: recordInput,
          response: { 200: recordDto, ...errorResponses },
        },
      },
      async (req) => service.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/records/:id',
      {
        config: READ,
        schema: {
          tags: ['records'],
          summary: 'One record with people (masked), files and history',
          params: idParams,
          response: { 200: recordDto, ...errorResponses },
        },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id),
    );
    app.patch(
      '/records/:id',
      {
        config: WRITE,
        schema: {
          tags: ['records'],
          summary: 'Edit a draft or disputed record (version required; 409 when stale)',
          params: idParams,
          body: recordPatch,
          response: { 200: recordDto, ...errorResponses },
        },
      },
      async (req) => service.update(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/records/:id/files',
      {
        config: WRITE,
        schema: {
          tags: ['records'],
          summary: 'Attach evidence (multipart field "file": PDF, PNG or JPEG, ≤ 20 MB)',
          params: idParams,
          response: { 200: recordDto, ...errorResponses },
        },
      },
      async (req) => attachRecordFile(ctx, requireActor(req), req.meta, req.params.id, await readUpload(req)),
    );
    app.get(
      '/records/:id/files/:fileId',
      {
        config: READ,
        schema: {
          tags: ['records'],
          summary: 'Download an evidence file',
          params: idParams.extend({ fileId: z.uuid() }),
        },
      },
      async (req, reply) =>
        sendDownload(reply, await openRecordFile(ctx, requireActor(req), req.params.id, req.params.fileId)),
    );
    for (const action of RECORD_ACTIONS) {
      const needsReason = action === 'dispute' || action === 'return';
      app.post(
        `/records/:id/${action}`,
        {
          config: WRITE,
          schema: {
            tags: ['records'],
            summary: `Workflow: ${action}${needsReason ? ' (reason required)' : ''}`,
            params: idParams,
            body: needsReason ? reasonBody : optionalReasonBody.optional(),
            response: { 200: recordDto, ...errorResponses },
          },
        },
        async (req) =>
          transition(
            ctx,
            requireActor(req),
            req.meta,
            req.params.id,
            action as RecordAction,
            (req.body as { reason?: string } | undefined)?.reason,
          ),
      );
    }
  };
}
