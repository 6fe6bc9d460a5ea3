import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createReportBody,
  planVsActualQuery,
  previewBody,
  previewDto,
  putSummaryTemplateBody,
  reportDto,
  summaryQuery,
  summaryTemplateDto,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { sendDownload } from '../../lib/files/download';
import { reportsIdle } from './reports.jobs';
import { downloadErrorHandler } from './refused-page';
import * as service from './reports.service';

const READ = { policy: requires('business.read') };
const MANAGE = { policy: requires('org.manage') };
const fileBody = z.unknown().describe('the report file: docx, pdf, html or xlsx');
const idParams = z.object({ id: z.uuid() });

/**
 * Reports written from the data: the year-end summary and the plan-vs-actual table, downloaded directly or written in
 * the background (POST /reports, then poll). Every file is kept under its hash and audited. Scope: the district office,
 * leaders and auditors any scope; a county officer only `county:<own>`, a group lead only `group:<own>`, a unit
 * reporter only `unit:<own id>`; else 403.
 */
export function reportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onClose', reportsIdle);
    // the downloads a browser navigates to: a refusal there is a page a person reads (refused-page), not JSON
    await app.register(async (child) => {
      const downloads = child.withTypeProvider<ZodTypeProvider>();
      downloads.setErrorHandler(downloadErrorHandler);
      downloads.get(
        '/reports/summary',
        {
          config: READ,
          schema: {
            tags: ['reports'],
            summary: 'The year-end work summary (年度工作总结) of a year and scope, written from the data',
            querystring: summaryQuery,
            response: { 200: fileBody, ...errorResponses },
          },
        },
        async (req, reply) => {
          const f = await service.generate(ctx, requireActor(req), req.meta, { kind: 'summary', ...req.query });
          return sendDownload(reply, {
            mime: f.mime,
            filename: f.filename,
            body: f.buffer,
            inline: req.query.format === 'html',
          });
        },
      );
      downloads.get(
        '/reports/plan-vs-actual',
        {
          config: READ,
          schema: {
            tags: ['reports'],
            summary:
              'The plan-vs-actual table of a year: every indicator’s target, value, completion and status, per county',
            querystring: planVsActualQuery,
            response: { 200: fileBody, ...errorResponses },
          },
        },
        async (req, reply) => {
          const f = await service.generate(ctx, requireActor(req), req.meta, { kind: 'plan_vs_actual', ...req.query });
          return sendDownload(reply, { mime: f.mime, filename: f.filename, body: f.buffer });
        },
      );
      downloads.get(
        '/reports/:id/file',
        {
          config: READ,
          schema: {
            tags: ['reports'],
            summary: 'The stored file of a finished report',
            params: idParams,
            response: { 200: fileBody, ...errorResponses },
          },
        },
        async (req, reply) => sendDownload(reply, await service.openFile(ctx, requireActor(req), req.params.id)),
      );
    });
    app.post(
      '/reports',
      {
        config: READ,
        schema: {
          tags: ['reports'],
          summary: 'Write a report in the background; poll GET /reports/:id for its progress',
          body: createReportBody,
          response: { 202: reportDto, ...errorResponses },
        },
      },
      async (req, reply) => reply.status(202).send(await service.start(ctx, requireActor(req), req.meta, req.body)),
    );
    app.get(
      '/reports',
      {
        config: READ,
        schema: {
          tags: ['reports'],
          summary: 'The latest reports written in the caller’s scope',
          response: { 200: z.array(reportDto), ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req)),
    );
    app.get(
      '/reports/templates/summary',
      {
        config: READ,
        schema: {
          tags: ['reports'],
          summary: 'The summary template (headings and sentences with placeholders)',
          response: { 200: summaryTemplateDto, ...errorResponses },
        },
      },
      async (req) => service.getTemplate(ctx, requireActor(req)),
    );
    app.put(
      '/reports/templates/summary',
      {
        config: MANAGE,
        schema: {
          tags: ['reports'],
          summary: 'Replace the summary template (version 0 replaces the built-in one)',
          body: putSummaryTemplateBody,
          response: { 200: summaryTemplateDto, ...errorResponses },
        },
      },
      async (req) => service.putTemplate(ctx, requireActor(req), req.meta, req.body),
    );
    app.post(
      '/reports/templates/summary/preview',
      {
        config: MANAGE,
        schema: {
          tags: ['reports'],
          summary: 'What a template writes for a year and scope, as HTML and text',
          body: previewBody,
          response: { 200: previewDto, ...errorResponses },
        },
      },
      async (req) => service.preview(ctx, requireActor(req), req.body),
    );
    app.get(
      '/reports/:id',
      {
        config: READ,
        schema: {
          tags: ['reports'],
          summary: 'A report’s status, progress and download link',
          params: idParams,
          response: { 200: reportDto, ...errorResponses },
        },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id),
    );
  };
}
