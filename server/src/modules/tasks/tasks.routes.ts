import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { taskBody, taskDetailDto, taskListDto, taskListQuery, taskPatchBody, taskReportBody } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { sendDownload } from '../../lib/files/download';
import { readUpload } from '../../lib/files/upload';
import * as reports from './task-reports.service';
import * as service from './tasks.service';
import { requireActor } from '../../http/actor';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const idParams = z.object({ id: z.uuid() });
const reportParams = idParams.extend({ reportId: z.uuid() });
const tags = ['tasks'];

/** Tasks (clauses of documents) with their status, reports and evidence. */
export function taskRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/tasks',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Tasks of a year with their status on a date, filtered by group, unit, status, document',
          querystring: taskListQuery,
          response: { 200: taskListDto, ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req), req.query),
    );
    app.post(
      '/tasks',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Add a task to a document the caller may change',
          body: taskBody,
          response: { 200: taskDetailDto, ...errorResponses },
        },
      },
      async (req) => service.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/tasks/:id',
      {
        config: READ,
        schema: {
          tags,
          summary: 'One task with its reports, linked indicators and evidence',
          params: idParams,
          querystring: z.object({ asOf: z.iso.date().optional() }),
          response: { 200: taskDetailDto, ...errorResponses },
        },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id, req.query.asOf),
    );
    app.patch(
      '/tasks/:id',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Change a task (version checked)',
          params: idParams,
          body: taskPatchBody,
          response: { 200: taskDetailDto, ...errorResponses },
        },
      },
      async (req) => service.patch(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/tasks/:id/reports',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'A monthly progress report by the lead unit or a co-unit',
          params: idParams,
          body: taskReportBody,
          response: { 200: taskDetailDto, ...errorResponses },
        },
      },
      async (req) => reports.report(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/tasks/:id/reports/:reportId/files',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Evidence for a report (multipart "file": PDF, PNG, JPEG, xlsx or docx, ≤ 20 MB)',
          params: reportParams,
          response: { 200: taskDetailDto, ...errorResponses },
        },
      },
      async (req) =>
        reports.attachFile(ctx, requireActor(req), req.meta, req.params.id, req.params.reportId, await readUpload(req)),
    );
    app.get(
      '/tasks/:id/reports/:reportId/files/:fileId',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Download a report’s evidence file',
          params: reportParams.extend({ fileId: z.uuid() }),
        },
      },
      async (req, reply) => {
        const p = req.params;
        return sendDownload(reply, await reports.openFile(ctx, requireActor(req), p.id, p.reportId, p.fileId));
      },
    );
  };
}
